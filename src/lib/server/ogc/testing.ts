/**
 * Test-only: a compiled data directory made from the valid geodata fixture
 * (tests/fixtures/geodata-valid) by the real build, plus a synthetic road
 * network of 25 edges in a row (enough for three pages of 10), written to a
 * fresh temporary folder. One entity's name is markup, so that every HTML page
 * can be checked for escaping. No network, no clock.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AtlasIndex } from '../../data/atlas';
import { buildAtlas } from '../../data/build';
import { LICENCES_FILE, licenceManifest, ROADS_FILE, roadsCollection } from '../../data/downloads';
import { readGeodataDir } from '../geodata';

export const FIXTURE = path.resolve(
	import.meta.dirname,
	'../../../../tests/fixtures/geodata-valid'
);
export const MARKUP_NAME = '<img src=x onerror="alert(1)">&';
export const ROAD_COUNT = 25;

/** `road-n` runs from lon 0.001·(n−1) to 0.001·n along the fixture's first facility's latitude. */
export function roadsFile(lat: number, lon0: number) {
	return {
		type: 'FeatureCollection',
		meta: { licence: 'ODbL-1.0', attribution: '© Test Road Mappers' },
		features: Array.from({ length: ROAD_COUNT }, (_, i) => ({
			type: 'Feature',
			properties: { highway: 'primary', u: String(i), v: String(i + 1), length_m: 100 },
			geometry: {
				type: 'LineString',
				coordinates: [
					[lon0 + 0.001 * i, lat],
					[lon0 + 0.001 * (i + 1), lat]
				]
			}
		}))
	};
}

/** Writes the compiled fixture to a new temporary folder and returns its path. */
export function writeCompiledFixture(): string {
	const files: Record<string, unknown> = { ...readGeodataDir(FIXTURE).files };
	const { index, layers } = buildAtlas(files);
	const first = index.entities.find((e) => e.kind === 'enterprise')!;
	files['roads/test.geojson'] = roadsFile(first.point[1], first.point[0]);
	const marked: AtlasIndex = {
		...index,
		entities: index.entities.map((e) => (e.id === first.id ? { ...e, name_zh: MARKUP_NAME } : e))
	};
	const dir = mkdtempSync(path.join(tmpdir(), 'ogc-data-'));
	const write = (name: string, value: unknown) =>
		writeFileSync(path.join(dir, name), JSON.stringify(value));
	write('atlas.json', marked);
	for (const [id, fc] of Object.entries(layers)) write(`${id}.geojson`, fc);
	write(ROADS_FILE, roadsCollection(files));
	write(LICENCES_FILE, licenceManifest(files));
	return dir;
}
