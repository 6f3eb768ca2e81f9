/**
 * The zone as the import sees it, read from geodata/ for the tests (the app
 * passes the compiled layers instead), and the fixture files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { bboxOf } from '../geo/bbox';
import type { ImportContext } from './build-layer';

const ROOT = new URL('../../../', import.meta.url).pathname;

type Fc = {
	features: { properties: { id: string; kind?: string }; geometry: Polygon | MultiPolygon }[];
};

export function zoneContext(): ImportContext {
	const read = (p: string) => JSON.parse(readFileSync(join(ROOT, 'geodata', p), 'utf8')) as Fc;
	const districts = read('boundaries/districts.geojson').features;
	const zones = read('features/zones.geojson').features.filter((f) => f.properties.kind === 'zone');
	const own = districts.find((f) => f.properties.id === 'dongxihu')!;
	return {
		bbox: bboxOf(own.geometry),
		district: 'dongxihu',
		zones: zones.map((f) => ({ id: f.properties.id, geometry: f.geometry })),
		boundaries: districts.map((f) => ({ id: f.properties.id, geometry: f.geometry }))
	};
}

export function fixture(name: string): Uint8Array {
	return new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/import', name)));
}
