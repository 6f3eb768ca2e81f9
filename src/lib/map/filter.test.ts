import { describe, expect, it } from 'vitest';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import { emptyFilter, type Filter } from '$lib/state/filters';
import { filterExpression } from './filter';

/** Evaluates a filter against properties the way MapLibre does. */
function passes(f: Filter, properties: Record<string, unknown>): boolean {
	const expr = filterExpression(f);
	if (!expr) return true;
	const compiled = expression.createExpression(expr, {
		type: 'boolean',
		'property-type': 'data-driven',
		expression: { interpolated: false, parameters: ['zoom', 'feature'] }
	} as never);
	if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
	return compiled.value.evaluate({ zoom: 12 }, {
		type: 'Point',
		properties
	} as never) as boolean;
}

const boe = {
	id: 'boe',
	chain: 'electronics',
	status: 'operating',
	kind: 'enterprise',
	areas: '|emz|north|'
};
const hub = { id: 'airport', chain: '', status: 'existing', kind: 'hub', areas: '' };

describe('filterExpression', () => {
	it('is null when nothing filters', () => {
		expect(filterExpression(emptyFilter())).toBeNull();
	});

	it('matches a chain, status and kind like the list does', () => {
		const f = { ...emptyFilter(), chains: ['electronics', 'logistics'], kinds: ['enterprise'] };
		expect(passes(f, boe)).toBe(true);
		expect(passes(f, hub)).toBe(false);
		expect(passes({ ...emptyFilter(), statuses: ['planned'] }, boe)).toBe(false);
	});

	it('matches area membership exactly, not by prefix', () => {
		expect(passes({ ...emptyFilter(), areas: ['north'] }, boe)).toBe(true);
		expect(passes({ ...emptyFilter(), areas: ['nor'] }, boe)).toBe(false);
		expect(passes({ ...emptyFilter(), areas: ['south', 'emz'] }, boe)).toBe(true);
	});

	it('matches the district an entity lies in', () => {
		expect(
			passes({ ...emptyFilter(), districts: ['dongxihu'] }, { ...boe, district: 'dongxihu' })
		).toBe(true);
		expect(
			passes({ ...emptyFilter(), districts: ['dongxihu'] }, { ...hub, district: 'huangpi' })
		).toBe(false);
	});

	it('limits to the ids of a text search', () => {
		expect(passes({ ...emptyFilter(), textIds: new Set(['boe']) }, boe)).toBe(true);
		expect(passes({ ...emptyFilter(), textIds: new Set([]) }, boe)).toBe(false);
	});
});
