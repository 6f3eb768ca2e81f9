import { describe, expect, it } from 'vitest';
import type { AtlasEntity } from '$lib/data/atlas';
import { entity } from '$lib/testing/entities';
import { applyFilter, emptyFilter, facetCounts, isEmptyFilter, toggleValue } from './query';

const E = Object.freeze([
	entity('a', { chain: 'electronics', kind: 'enterprise', areas: ['north'] }),
	entity('b', { chain: 'electronics', kind: 'park', status: 'planned', areas: ['north', 'core'] }),
	entity('c', { chain: 'logistics', kind: 'park', areas: ['south'] }),
	entity('d', { chain: null, kind: 'hub', status: 'existing', district: 'd' })
]);

const ids = (list: AtlasEntity[]) => list.map((e) => e.id);

describe('filters', () => {
	it('an empty filter keeps everything', () => {
		expect(isEmptyFilter(emptyFilter())).toBe(true);
		expect(ids(applyFilter(E, emptyFilter()))).toEqual(['a', 'b', 'c', 'd']);
	});

	it('ORs values within a facet and ANDs facets', () => {
		let f = toggleValue(emptyFilter(), 'chains', 'electronics');
		f = toggleValue(f, 'chains', 'logistics');
		expect(ids(applyFilter(E, f))).toEqual(['a', 'b', 'c']);
		f = toggleValue(f, 'kinds', 'park');
		expect(ids(applyFilter(E, f))).toEqual(['b', 'c']);
	});

	it('filters by area membership (an entity may be in several)', () => {
		const f = toggleValue(emptyFilter(), 'areas', 'core');
		expect(ids(applyFilter(E, f))).toEqual(['b']);
	});

	it('"no chain" is the empty string', () => {
		expect(ids(applyFilter(E, toggleValue(emptyFilter(), 'chains', '')))).toEqual(['d']);
	});

	it('intersects with free-text ids', () => {
		const f = { ...toggleValue(emptyFilter(), 'kinds', 'park'), textIds: new Set(['a', 'c']) };
		expect(ids(applyFilter(E, f))).toEqual(['c']);
	});

	it('toggling twice restores the filter', () => {
		const f = toggleValue(toggleValue(emptyFilter(), 'kinds', 'park'), 'kinds', 'park');
		expect(f.kinds).toEqual([]);
	});

	it('counts each option as if chosen with the other facets', () => {
		const f = toggleValue(emptyFilter(), 'chains', 'electronics');
		const counts = facetCounts(E, f);
		// chain counts ignore the chain choice itself
		expect(counts.chains.get('electronics')).toBe(2);
		expect(counts.chains.get('logistics')).toBe(1);
		// kind counts respect it
		expect(counts.kinds.get('park')).toBe(1);
		expect(counts.kinds.get('hub')).toBeUndefined();
		expect(counts.areas.get('north')).toBe(2);
	});
});
