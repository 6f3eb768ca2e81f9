/**
 * Golden tests, Turf style: every fixture in test/zone-distance/in/ holds two
 * areas (a, b) and the hand-computed `expected` values; the result is written
 * to out/ when REGEN=1 (open it as a picture: a, b, the connecting segment and
 * the centroids) and otherwise compared with it.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { round6 } from './lonlat';
import { zoneDistance, zoneDistanceMatrix, type AreaGeometry } from './zone-distance';
import { deepFreeze } from '$lib/testing/freeze';

const dir = new URL('./test/zone-distance/', import.meta.url);
const names = readdirSync(new URL('in/', dir)).filter((f) => f.endsWith('.geojson'));

type Expected = {
	distance_m: number;
	boundary_distance_m?: number;
	relation: string;
	centroid_distance_m: number;
};

const roundDeep = (v: unknown): unknown =>
	typeof v === 'number' ? round6(v) : Array.isArray(v) ? v.map(roundDeep) : v;

function load(name: string) {
	const fc = JSON.parse(readFileSync(new URL(`in/${name}`, dir), 'utf8')) as FeatureCollection & {
		expected: Expected;
	};
	return deepFreeze(fc);
}

describe('zoneDistance golden fixtures', () => {
	for (const name of names) {
		it(name.replace('.geojson', ''), () => {
			const fc = load(name);
			const [a, b] = fc.features as [Feature<AreaGeometry>, Feature<AreaGeometry>];
			const r = zoneDistance(a, b); // frozen inputs: a mutation would throw
			const exp = fc.expected;
			// Hand-computed: within 0.5 m (fixtures are rounded to 6 decimals, ~0.1 m).
			expect(r.relation).toBe(exp.relation);
			expect(r.distance_m).toBeCloseTo(exp.distance_m, 0);
			expect(Math.abs(r.distance_m - exp.distance_m)).toBeLessThan(0.5);
			expect(Math.abs(r.centroid_distance_m - exp.centroid_distance_m)).toBeLessThan(0.5);
			if (exp.boundary_distance_m !== undefined) {
				expect(Math.abs(r.boundary_distance_m - exp.boundary_distance_m)).toBeLessThan(0.5);
			}

			const out: FeatureCollection = {
				type: 'FeatureCollection',
				features: [
					a,
					b,
					{
						type: 'Feature',
						properties: {
							role: 'segment',
							stroke: '#000000',
							'stroke-width': 3,
							distance_m: round6(r.distance_m),
							boundary_distance_m: round6(r.boundary_distance_m),
							relation: r.relation
						},
						geometry: { type: 'LineString', coordinates: roundDeep(r.segment) as number[][] }
					},
					{
						type: 'Feature',
						properties: { role: 'centroids', 'marker-color': '#009e73' },
						geometry: { type: 'MultiPoint', coordinates: roundDeep(r.centroids) as number[][] }
					}
				]
			};
			const outUrl = new URL(`out/${name}`, dir);
			if (process.env.REGEN) writeFileSync(outUrl, JSON.stringify(out, null, 1) + '\n');
			expect(existsSync(outUrl), `missing ${name} in out/: run with REGEN=1`).toBe(true);
			expect(out).toEqual(JSON.parse(readFileSync(outUrl, 'utf8')));
		});
	}

	it('is symmetric in distance', () => {
		const [a, b] = load('disjoint-diagonal.geojson').features as Feature<AreaGeometry>[];
		const ab = zoneDistance(a!, b!);
		const ba = zoneDistance(b!, a!);
		expect(ba.distance_m).toBeCloseTo(ab.distance_m, 6);
		expect(ba.segment[0]).toEqual(ab.segment[1]);
	});
});

describe('zoneDistanceMatrix', () => {
	it('is symmetric with zeros on the diagonal', () => {
		const areas = [
			...(load('disjoint-east.geojson').features as Feature<AreaGeometry>[]),
			(load('multipolygon.geojson').features as Feature<AreaGeometry>[])[1]!
		];
		const m = zoneDistanceMatrix(areas);
		expect(m).toHaveLength(3);
		for (let i = 0; i < 3; i++) {
			expect(m[i]![i]).toBe(0);
			for (let j = 0; j < 3; j++) expect(m[i]![j]).toBe(m[j]![i]);
		}
		expect(m[0]![1]).toBeCloseTo(500, 0);
	});
});
