import { describe, expect, it } from 'vitest';
import { formatError, validateGeodata } from './index';
import { edgeProblems } from './roads';
import { broken, lines, valid, type Json } from './testing';

const ROADS = 'roads/osm.geojson';

/** A road file for the fixture zone (testland: lon 112–112.1, lat 28–28.1). */
function withRoads(files: Json, features: unknown[]) {
	files[ROADS] = {
		type: 'FeatureCollection',
		meta: { licence: 'ODbL-1.0', attribution: '© OpenStreetMap contributors' },
		features
	};
}

const edge = (over: Json = {}) => ({
	type: 'Feature',
	properties: { highway: 'primary', u: '1', v: '2', length_m: 100, ...over.properties },
	geometry: over.geometry ?? {
		type: 'LineString',
		coordinates: [
			[112.01, 28.01],
			[112.02, 28.01]
		]
	}
});

describe('roads/', () => {
	it('is optional: the fixture without roads is valid', () => {
		expect(validateGeodata(valid)).toEqual([]);
	});

	it('accepts a valid road file, ramps included', () => {
		const files = broken((f) =>
			withRoads(f, [edge(), edge({ properties: { highway: 'trunk_link' } })])
		);
		expect(lines(validateGeodata(files))).toEqual([]);
	});

	it('reports each broken edge by its index and field, and the licence', () => {
		const files = broken((f) => {
			withRoads(f, [
				edge(),
				edge({ properties: { highway: 'runway' } }),
				edge({ geometry: { type: 'Point', coordinates: [112.01, 28.01] } }),
				edge({ properties: { length_m: -3 } })
			]);
			delete f[ROADS].meta;
		});
		const got = lines(validateGeodata(files));
		expect(got[0]).toMatch(/^roads\/osm\.geojson: meta: missing/);
		expect(
			got.some((l) => /features\.1: properties\.highway: .*OpenStreetMap highway class/.test(l))
		).toBe(true);
		expect(got).toContain('roads/osm.geojson: features.2: geometry: must be a LineString');
		expect(
			got.some((l) => l.startsWith('roads/osm.geojson: features.3: properties.length_m'))
		).toBe(true);
		expect(got.some((l) => l.includes('features.0'))).toBe(false);
	});

	it('says how many more edges are broken instead of listing thousands', () => {
		const many = Array.from({ length: 30 }, () => edge({ properties: { highway: 'runway' } }));
		const got = lines(validateGeodata(broken((f) => withRoads(f, many))));
		expect(got.filter((l) => l.includes('highway'))).toHaveLength(20);
		expect(got).toContain('roads/osm.geojson: and 10 more edges with problems');
	});

	it('checks positions with the same rules as every other geometry', () => {
		const swapped = edge({
			geometry: {
				type: 'LineString',
				coordinates: [
					[28.01, 112.01],
					[28.02, 112.01]
				]
			}
		});
		expect(
			edgeProblems(swapped, [112, 28, 112.1, 28.1])
				.map((p) => p.message)
				.join(' ')
		).toMatch(/lat|swap|range/i);
		expect(formatError).toBeTypeOf('function');
	});
});
