import { describe, expect, it } from 'vitest';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { renderProps } from '$lib/data/build';
import { OUTSIDE_AREAS, applyFilter, emptyFilter, type Filter } from '$lib/data/query';
import { ZONE_ENTITIES } from '$lib/testing/entities';
import { filterExpression, idsExpression, layerFilters } from './filter';

/** Evaluates a filter against properties the way MapLibre does. */
function passes(
	f: Filter,
	properties: Record<string, unknown>,
	universe?: readonly string[]
): boolean {
	const expr = filterExpression(f, universe);
	return expr ? evaluate(expr, properties) : true;
}

function evaluate(expr: FilterSpecification, properties: Record<string, unknown>): boolean {
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

describe('area filter', () => {
	const zoneA = { id: 'emz', chain: 'electronics', status: 'planned', kind: 'zone', areas: '' };
	const outside = { id: 'x', chain: 'logistics', status: 'operating', kind: 'park', areas: '' };

	it('keeps the chosen planning area itself', () => {
		expect(passes({ ...emptyFilter(), areas: ['emz'] }, zoneA)).toBe(true);
		expect(passes({ ...emptyFilter(), areas: ['north'] }, zoneA)).toBe(false);
	});

	it('matches "outside every area" for features in none, never for the areas', () => {
		expect(passes({ ...emptyFilter(), areas: [OUTSIDE_AREAS] }, outside)).toBe(true);
		expect(passes({ ...emptyFilter(), areas: [OUTSIDE_AREAS] }, boe)).toBe(false);
		expect(passes({ ...emptyFilter(), areas: [OUTSIDE_AREAS] }, zoneA)).toBe(false);
	});
});

describe('layerFilters', () => {
	it('keeps the outline of a chosen area even when the area does not match', () => {
		const f = { ...emptyFilter(), chains: ['cybersecurity'], areas: ['emz'] };
		const { match, context } = layerFilters(f);
		const zoneA = { id: 'emz', chain: 'electronics', status: 'planned', kind: 'zone', areas: '' };
		expect(evaluate(context!, zoneA)).toBe(true);
		expect(evaluate(match!, zoneA)).toBe(false);
	});

	it('is the plain filter when no area is chosen', () => {
		const f = { ...emptyFilter(), chains: ['cybersecurity'] };
		expect(layerFilters(f).context).toEqual(layerFilters(f).match);
		expect(layerFilters(emptyFilter())).toEqual({ match: null, context: null });
	});
});

describe('the list and the map agree', () => {
	// Every combination a user can make from these choices, run through the
	// list's applyFilter and through the MapLibre expression on each entity's
	// render properties (what the GPU filters on).
	const choices: Array<Partial<Filter>> = [
		{},
		{ chains: ['electronics'] },
		{ chains: ['logistics', 'food'] },
		{ statuses: ['planned'] },
		{ kinds: ['park', 'zone'] },
		{ areas: ['north'] },
		{ areas: ['core', OUTSIDE_AREAS] },
		{ areas: [OUTSIDE_AREAS] },
		{ districts: ['d2'] },
		{ textIds: new Set(['a', 'c', 'hub']) },
		{ textIds: new Set(ZONE_ENTITIES.map((e) => e.id).filter((id) => id !== 'b')) },
		{ textIds: new Set(ZONE_ENTITIES.map((e) => e.id)) },
		{ textIds: new Set<string>() }
	];
	const universe = ZONE_ENTITIES.map((e) => e.id);
	const combos = choices.flatMap((x) => choices.map((y) => ({ ...emptyFilter(), ...x, ...y })));

	it.each(combos.map((f, i) => [i, f] as const))('combination %i', (_i, f) => {
		const listed = applyFilter(ZONE_ENTITIES, f).map((e) => e.id);
		const drawn = ZONE_ENTITIES.filter((e) => passes(f, renderProps(e))).map((e) => e.id);
		expect(drawn).toEqual(listed);
		// and when a broad text match is written as the ids it leaves out
		const short = ZONE_ENTITIES.filter((e) => passes(f, renderProps(e), universe));
		expect(short.map((e) => e.id)).toEqual(listed);
	});
});

describe('idsExpression', () => {
	const universe = Array.from({ length: 1000 }, (_, i) => `f-${i}`);

	it('looks ids up with a match, never an in over a literal list', () => {
		const expr = idsExpression(new Set(['f-1', 'f-2']), universe);
		expect(expr).toEqual(['match', ['get', 'id'], ['f-1', 'f-2'], true, false]);
		expect(evaluate(expr, { id: 'f-2' })).toBe(true);
		expect(evaluate(expr, { id: 'f-3' })).toBe(false);
	});

	it('holds at most half the universe however broad the match', () => {
		const most = new Set(universe.filter((id) => id !== 'f-7'));
		const expr = idsExpression(most, universe);
		expect(expr).toEqual(['match', ['get', 'id'], ['f-7'], false, true]);
		expect(evaluate(expr, { id: 'f-7' })).toBe(false);
		expect(evaluate(expr, { id: 'f-8' })).toBe(true);
		for (const n of [0, 1, 499, 500, 501, 999, 1000]) {
			const ids = new Set(universe.slice(0, n));
			const e = idsExpression(ids, universe);
			expect(JSON.stringify(e).length).toBeLessThan(500 * 9 + 100);
			expect(universe.filter((id) => evaluate(e, { id })).length).toBe(n);
		}
	});
});
