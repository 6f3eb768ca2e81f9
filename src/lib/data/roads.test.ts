import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeodataDir } from '$lib/server/geodata';
import { deepFreeze } from '$lib/testing/freeze';
import { buildAtlas, roadClass } from './build';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/geodata-valid');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('roadClass', () => {
	it.each([
		['motorway', 'motorway', false],
		['trunk_link', 'trunk', true],
		['tertiary', 'tertiary', false],
		['residential', 'minor', false],
		['living_street', 'minor', false],
		['unclassified', 'minor', false]
	])('%s is drawn as %s (ramp %s)', (highway, cls, ramp) => {
		expect(roadClass(highway)).toEqual({ class: cls, ramp });
	});
});

describe('compileRoads', () => {
	const files = structuredClone(readGeodataDir(FIXTURE).files) as Json;

	it('is absent when geodata/ has no roads', () => {
		const { index, roads } = buildAtlas(deepFreeze(structuredClone(files)));
		expect(roads).toBeNull();
		expect(index.roads).toBeUndefined();
	});

	it('keeps only geometry and drawn class, and finds the parts of the zone with no roads', () => {
		// a road grid over the western half of testland (lon 112–112.1, lat 28–28.1)
		const features = Array.from({ length: 11 }, (_, j) => ({
			type: 'Feature',
			properties: {
				highway: j % 2 ? 'residential' : 'primary_link',
				u: `a${j}`,
				v: `b${j}`,
				length_m: 4900
			},
			geometry: {
				type: 'LineString',
				coordinates: Array.from({ length: 5 }, (_, i) => [112 + i * 0.01, 28 + j * 0.01])
			}
		}));
		files['roads/osm.geojson'] = {
			type: 'FeatureCollection',
			meta: { licence: 'ODbL-1.0', attribution: '© OpenStreetMap contributors' },
			features
		};
		const { index, roads } = buildAtlas(deepFreeze(files));
		expect(index.roads).toMatchObject({
			tiles: 'roads/{z}/{x}/{y}.pbf',
			attribution: '© OpenStreetMap contributors',
			edges: 11,
			bounds: [112, 28, 112.04, 28.1]
		});
		expect(roads!.edges.features[0]!.properties).toEqual({ class: 'primary', ramp: true });
		expect(roads!.edges.features[1]!.properties).toEqual({ class: 'minor', ramp: false });
		const [area, ...labels] = roads!.gaps.features;
		expect(area!.geometry.type).toBe('MultiPolygon');
		expect(area!.properties).toEqual({ name_zh: '无道路数据', name_en: 'No road data' });
		expect(labels.length).toBeGreaterThan(0);
		// every label of the gaps lies in the eastern, uncovered half
		for (const l of labels)
			expect((l.geometry as { coordinates: number[] }).coordinates[0]).toBeGreaterThan(112.05);
	});
});
