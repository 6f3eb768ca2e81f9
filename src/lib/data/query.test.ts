import { describe, expect, it } from 'vitest';
import type { AtlasEntity } from '$lib/data/atlas';
import { entity } from '$lib/testing/entities';
import {
	applyFilter,
	emptyFilter,
	facetCounts,
	isEmptyFilter,
	propCounts,
	toggleValue
} from './query';

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

describe("imported files' own columns (props)", () => {
	const plot = (id: string, use: string | number | null): AtlasEntity => ({
		...entity(id, { kind: 'site' }),
		user: { layer: 'l', row: 2, props: { use } }
	});
	const sites = [plot('u-l-2', '工业'), plot('u-l-3', '仓储'), plot('u-l-4', null)];
	const park = entity('park');

	it('keeps only imported sites with a chosen value', () => {
		const f = { ...emptyFilter(), props: { use: ['工业'] } };
		expect(applyFilter([...sites, park], f).map((e) => e.id)).toEqual(['u-l-2']);
		expect(isEmptyFilter(f)).toBe(false);
		expect(isEmptyFilter({ ...emptyFilter(), props: { use: [] } })).toBe(true);
	});

	it('counts each value beside the other choices', () => {
		const f = { ...emptyFilter(), props: { use: ['工业'] } };
		expect([...propCounts([...sites, park], f, 'use')]).toEqual([
			['工业', 1],
			['仓储', 1],
			['', 1]
		]);
	});
});
