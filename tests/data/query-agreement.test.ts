/**
 * The list (applyFilter) and the map (the MapLibre filter expression on the
 * compiled render properties) agree on every entity of the real dataset, for
 * every single facet value and for pairs of facets.
 */
import { fileURLToPath } from 'node:url';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildAtlas, renderProps } from '../../src/lib/data/build';
import {
	FACETS,
	applyFilter,
	emptyFilter,
	REACH_MINUTES,
	facetValues,
	type Filter
} from '../../src/lib/data/query';
import { filterExpression } from '../../src/lib/map/filter';
import { readGeodataDir } from '../../src/lib/server/geodata';

const folder = readGeodataDir(fileURLToPath(new URL('../../geodata/', import.meta.url)));
const { index } = buildAtlas(folder.files);
const entities = index.entities;

function drawn(f: Filter): string[] {
	const expr = filterExpression(f);
	if (!expr) return entities.map((e) => e.id);
	const compiled = expression.createExpression(
		expr as FilterSpecification,
		{
			type: 'boolean',
			'property-type': 'data-driven',
			expression: { interpolated: false, parameters: ['zoom', 'feature'] }
		} as never
	);
	if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
	return entities
		.filter((e) =>
			compiled.value.evaluate({ zoom: 12 }, { type: 'Point', properties: renderProps(e) } as never)
		)
		.map((e) => e.id);
}

const singles: Filter[] = FACETS.flatMap((facet) =>
	[...new Set(entities.flatMap((e) => facetValues(e, facet)))].map((v) => ({
		...emptyFilter(),
		[facet]: [v]
	}))
);

describe('list and map agree on the real dataset', () => {
	it('has entities and facet values to test', () => {
		expect(entities.length).toBeGreaterThan(40);
		expect(singles.length).toBeGreaterThan(20);
	});

	it.each(singles.map((f) => [JSON.stringify({ ...f, textIds: undefined }), f] as const))(
		'%s',
		(_name, f) => {
			expect(drawn(f)).toEqual(applyFilter(entities, f).map((e) => e.id));
		}
	);

	it('agrees on "within N min by road" for every hub and limit, alone and with each facet value', () => {
		const roles = Object.keys(entities.find((e) => e.road)?.road ?? {});
		expect(roles).toEqual(expect.arrayContaining(['airport', 'rail', 'seat', 'bonded', 'metro']));
		let kept = 0;
		for (const role of roles) {
			for (const minutes of REACH_MINUTES) {
				const reach = { role, minutes };
				const alone = { ...emptyFilter(), reach };
				const listed = applyFilter(entities, alone).map((e) => e.id);
				expect(drawn(alone), JSON.stringify(reach)).toEqual(listed);
				kept += listed.length;
				for (const single of singles) {
					const f = { ...single, reach };
					expect(drawn(f), JSON.stringify(f)).toEqual(applyFilter(entities, f).map((e) => e.id));
				}
			}
		}
		// neither everything nor nothing: the limits cut the dataset
		expect(kept).toBeGreaterThan(0);
		expect(kept).toBeLessThan(roles.length * REACH_MINUTES.length * entities.length);
	});

	it('agrees on every pair of values from two facets', () => {
		for (const a of singles) {
			for (const b of singles) {
				const f = {
					...a,
					...Object.fromEntries(FACETS.filter((k) => b[k].length).map((k) => [k, b[k]]))
				};
				expect(drawn(f), JSON.stringify(f)).toEqual(applyFilter(entities, f).map((e) => e.id));
			}
		}
	});
});
