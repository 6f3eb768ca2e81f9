import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readGeodataDir } from '../server/geodata';
import { licenceManifest, roadsCollection } from './downloads';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/geodata-valid');
const valid = readGeodataDir(FIXTURE).files;

const roadFile = {
	type: 'FeatureCollection',
	meta: { licence: 'ODbL-1.0', attribution: '© Road Mappers', source_url: 'https://example.org' },
	features: [
		{
			type: 'Feature',
			properties: { highway: 'primary', u: '1', v: '2', length_m: 10 },
			geometry: {
				type: 'LineString',
				coordinates: [
					[0, 0],
					[0.0001, 0]
				]
			}
		},
		{
			type: 'Feature',
			properties: { highway: 'service', u: '2', v: '3', length_m: 12 },
			geometry: {
				type: 'LineString',
				coordinates: [
					[0.0001, 0],
					[0.0002, 0]
				]
			}
		}
	]
};
const withRoads = Object.freeze({ ...valid, 'roads/net.geojson': roadFile });

describe('roadsCollection', () => {
	it('is null without roads/', () => {
		expect(roadsCollection(valid)).toBeNull();
	});

	it('gives every edge a stable string id and keeps its properties', () => {
		const fc = roadsCollection(withRoads)!;
		expect(fc.features.map((f) => f.id)).toEqual(['road-1', 'road-2']);
		expect(fc.features[1]!.properties).toEqual({
			id: 'road-2',
			highway: 'service',
			u: '2',
			v: '3',
			length_m: 12
		});
	});
});

describe('licenceManifest', () => {
	it('lists each layer with the licence of the files it comes from', () => {
		const { files } = licenceManifest(valid);
		const meta = (p: string) => (valid[p] as { meta: { licence: string } }).meta;
		expect(files['boundaries.geojson']).toEqual([
			expect.objectContaining({
				file: 'boundaries/districts.geojson',
				licence: meta('boundaries/districts.geojson').licence,
				use: 'data'
			})
		]);
		expect(files['facilities.geojson']!.map((s) => s.file)).toEqual(['features/demo.geojson']);
		expect(files['roads.geojson']).toBeUndefined();
	});

	it('tells water and metro apart by their feature types', () => {
		const { files } = licenceManifest(valid);
		const water = (valid['basemap/water.geojson'] as FeatureCollection).features.length;
		expect(water).toBeGreaterThan(0);
		expect(files['water.geojson']!.map((s) => s.file)).toEqual(['basemap/water.geojson']);
		expect(files['metro.geojson']!.map((s) => s.file)).toEqual(['basemap/metro.geojson']);
	});

	it('credits the road network for the roads and, as derived, for the road times', () => {
		const { files } = licenceManifest(withRoads);
		expect(files['roads.geojson']).toEqual([
			{
				licence: 'ODbL-1.0',
				attribution: '© Road Mappers',
				source_url: 'https://example.org',
				file: 'roads/net.geojson',
				use: 'data'
			}
		]);
		expect(files['facilities.geojson']!.at(-1)).toMatchObject({
			licence: 'ODbL-1.0',
			use: 'derived'
		});
	});

	it('lists a source without a valid meta as unknown rather than leaving it out', () => {
		const bare = { ...withRoads, 'roads/net.geojson': { ...roadFile, meta: undefined } };
		expect(licenceManifest(bare).files['roads.geojson']).toEqual([
			{
				licence: 'unknown',
				attribution: 'roads/net.geojson',
				file: 'roads/net.geojson',
				use: 'data'
			}
		]);
	});
});
