/**
 * The benchmark's synthetic facilities (bench/synthetic.ts): the same for the
 * same seed, inside the zone's own boundary, and valid geodata. Run on the
 * mini-zone fixture, not on the real zone, so nothing of one place is assumed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { formatError, validateGeodata } from '$lib/data/validate';
import { pointInArea } from '$lib/geo/point-in-area';
import { readGeodataDir } from '$lib/server/geodata';
import { writeSyntheticGeodata } from '../../bench/dataset';
import { SYNTHETIC_FILE, syntheticFacilities, zoneContext } from '../../bench/synthetic';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/geodata-valid');
const files = readGeodataDir(FIXTURE).files;
const ctx = zoneContext(files);

describe('syntheticFacilities', () => {
	it('gives the same collection for the same seed and another for another seed', () => {
		expect(syntheticFacilities(ctx, 50, 3)).toEqual(syntheticFacilities(ctx, 50, 3));
		expect(syntheticFacilities(ctx, 50, 4)).not.toEqual(syntheticFacilities(ctx, 50, 3));
	});

	it('puts every facility inside the zone boundary, with unique ids and the zone’s chains', () => {
		// a triangle: half of its bbox is outside it
		const boundary: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[0, 1],
					[0, 0]
				]
			]
		};
		const fc = syntheticFacilities({ ...ctx, boundary }, 500, 1);
		expect(fc.features).toHaveLength(500);
		expect(new Set(fc.features.map((f) => f.properties.id)).size).toBe(500);
		for (const f of fc.features) {
			expect(pointInArea(f.geometry.coordinates as [number, number], boundary)).toBe(true);
			expect(ctx.chains).toContain(f.properties.chain);
		}
	});

	it('passes the geodata validator beside the zone’s own files', () => {
		const withSynthetic = { ...files, [SYNTHETIC_FILE]: syntheticFacilities(ctx, 200, 1) };
		expect(validateGeodata(withSynthetic).map(formatError)).toEqual([]);
	});
});

describe('writeSyntheticGeodata', () => {
	const out = mkdtempSync(path.join(tmpdir(), 'bench-geodata-'));
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	it('writes a copy with the synthetic file added and leaves the source folder as it was', () => {
		const before = readGeodataDir(FIXTURE).texts;
		writeSyntheticGeodata(FIXTURE, out, 20, 1);
		const copy = readGeodataDir(out);
		expect(Object.keys(copy.texts).sort()).toEqual([...Object.keys(before), SYNTHETIC_FILE].sort());
		expect(JSON.parse(readFileSync(path.join(out, SYNTHETIC_FILE), 'utf8')).features).toHaveLength(
			20
		);
		expect(readGeodataDir(FIXTURE).texts).toEqual(before);
	});
});
