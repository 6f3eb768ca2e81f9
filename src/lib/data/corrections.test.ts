import { readFileSync } from 'node:fs';
import path from 'node:path';
import distance from '@turf/distance';
import gcoord from 'gcoord';
import type { FeatureCollection, LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { convert } from '../geo/datum';
import type { LonLat } from '../geo/lonlat';
import {
	checkCorrection,
	parseCoordinatePaste,
	parseCorrections,
	stringifyCorrections,
	type Correction
} from './corrections';
import { previewCorrection } from './move';
import { toWgs84 } from './move';

const boe: Correction = {
	id: 'boe-wuhan',
	datum: 'GCJ-02',
	coordinates: [114.13821, 30.65819],
	accuracy_m: 150,
	source: { url: 'https://lbs.amap.com/tools/picker', note: 'main gate' },
	created: '2026-12-01T10:00:00.000Z'
};
const jiangfeng: Correction = {
	id: 'jiangfeng-wuhan-phase-1',
	datum: 'BD-09',
	coordinates: [114.1447, 30.6643],
	accuracy_m: 300,
	source: { note: 'Baidu 拾取坐标系统' }
};

/** A corrections file whose entries are `entries`, as text. */
const file = (entries: unknown[], extra: object = {}) =>
	JSON.stringify({ version: 1, corrections: entries, ...extra });
const errorsOf = (text: string) => {
	const r = parseCorrections(text);
	return r.ok ? [] : r.errors;
};

describe('parseCorrections', () => {
	it('reads a valid file, and what stringifyCorrections writes', () => {
		const text = stringifyCorrections([boe, jiangfeng]);
		expect(text.endsWith('}\n')).toBe(true);
		expect(parseCorrections(text)).toEqual({
			ok: true,
			file: { version: 1, corrections: [boe, jiangfeng] }
		});
	});

	it.each([
		['a bad id', { id: 'BOE Wuhan' }, 'entry 1 (BOE Wuhan): id: must be a lowercase ASCII slug'],
		['an unknown datum', { datum: 'CGCS2000' }, 'entry 1 (boe-wuhan): datum: must be one of'],
		[
			'lat, lon order',
			{ coordinates: [30.65, 114.13] },
			'coordinates.1: must be ≤ 90 (got 114.13)'
		],
		['one number', { coordinates: [114.13] }, 'entry 1 (boe-wuhan): coordinates'],
		['a text number', { coordinates: ['114.13', 30.65] }, 'coordinates.0: must be a number'],
		['zero accuracy', { accuracy_m: 0 }, 'accuracy_m: must be a positive number (got 0)'],
		['no accuracy', { accuracy_m: undefined }, 'entry 1 (boe-wuhan): accuracy_m: is required'],
		['an empty source', { source: {} }, 'source: give a url or a note'],
		['a bad url', { source: { url: 'lbs.amap.com' } }, 'source.url: must be an http(s) URL'],
		['an unknown key', { wgs84: [1, 2] }, 'entry 1 (boe-wuhan): unknown key "wgs84"'],
		['a bad date', { created: 'yesterday' }, 'entry 1 (boe-wuhan): created:']
	])('rejects %s with file, entry and field', (_name, change, message) => {
		const errors = errorsOf(file([{ ...boe, ...change }]));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(
			`corrections.json: ${message.startsWith('entry') ? '' : 'entry 1'}`
		);
		expect(errors[0]).toContain(message);
	});

	it('lists every bad entry, counting from 1, and says nothing of the good ones', () => {
		const errors = errorsOf(file([boe, { ...jiangfeng, accuracy_m: -5 }, { ...boe, datum: 'x' }]));
		expect(errors).toEqual([
			'corrections.json: entry 2 (jiangfeng-wuhan-phase-1): accuracy_m: must be a positive number (got -5)',
			'corrections.json: entry 3 (boe-wuhan): datum: must be one of "WGS-84", "GCJ-02", "BD-09" (got "x")',
			'corrections.json: entry 3 (boe-wuhan): id: "boe-wuhan" is already corrected by entry 1; keep one'
		]);
	});

	it('names the file it was given and rejects a bad file as a whole', () => {
		expect(errorsOf('{"version": 1, "corrections": [,]}')[0]).toMatch(
			/^corrections\.json: invalid JSON at line 1, column 32/
		);
		expect(parseCorrections('[]', 'fix.json')).toEqual({
			ok: false,
			errors: ['fix.json: must be an object {"version": 1, "corrections": [...]}']
		});
		expect(errorsOf(JSON.stringify({ version: 2, corrections: {} }))).toEqual([
			'corrections.json: version: must be 1 (got 2)',
			'corrections.json: corrections: must be an array of corrections'
		]);
		expect(errorsOf(file([], { by: 'me' }))).toEqual([
			'corrections.json: by: unknown key',
			'corrections.json: corrections: is empty: nothing to apply'
		]);
	});
});

describe('datum round trips', () => {
	// a grid over the district and its neighbours, 0.05° apart
	const grid: LonLat[] = [];
	for (let lon = 113.95; lon <= 114.35; lon += 0.05)
		for (let lat = 30.5; lat <= 30.85; lat += 0.05) grid.push([lon, lat]);

	it.each(['GCJ-02', 'BD-09'] as const)(
		'WGS-84 → %s → WGS-84 (rounded as geodata/ stores it) stays within 1 m',
		(datum) => {
			for (const p of grid) {
				const shown = convert(p, 'WGS-84', datum);
				const back = toWgs84(shown, datum);
				expect(distance(p, back, { units: 'meters' })).toBeLessThan(1);
			}
		}
	);

	it('previews the WGS-84 point gcoord gives and the distance moved', () => {
		const expected = gcoord.transform([114.13821, 30.65819], gcoord.GCJ02, gcoord.WGS84);
		const { wgs84, moved_m } = previewCorrection([114.1352, 30.6565], boe);
		expect(wgs84[0]).toBeCloseTo(expected[0] as number, 6);
		expect(wgs84[1]).toBeCloseTo(expected[1] as number, 6);
		expect(moved_m).toBe(Math.round(distance([114.1352, 30.6565], wgs84, { units: 'meters' })));
		expect(previewCorrection([114, 30], { datum: 'WGS-84', coordinates: [114, 30] })).toEqual({
			wgs84: [114, 30],
			moved_m: 0
		});
	});
});

describe('parseCoordinatePaste', () => {
	it.each([
		['114.13821,30.65819', [114.13821, 30.65819], false],
		['  114.13821, 30.65819 ', [114.13821, 30.65819], false],
		['114.13821，30.65819', [114.13821, 30.65819], false],
		['114.13821 30.65819', [114.13821, 30.65819], false],
		['30.65819, 114.13821', [114.13821, 30.65819], true],
		['https://uri.amap.com/marker?position=114.13821,30.65819&name=x', [114.13821, 30.65819], false]
	])('reads %j', (text, coordinates, swapped) => {
		expect(parseCoordinatePaste(text)).toMatchObject({ ok: true, coordinates, swapped });
	});

	it('suggests the datum from the words around the value, else GCJ-02', () => {
		const datum = (text: string) => {
			const r = parseCoordinatePaste(text);
			return r.ok ? [r.datum, r.reason] : r.error;
		};
		expect(datum('114.1447,30.6643')).toEqual(['GCJ-02', 'default']);
		expect(datum('百度 114.1447,30.6643')).toEqual(['BD-09', 'baidu']);
		expect(datum('bd09: 114.1447,30.6643')).toEqual(['BD-09', 'baidu']);
		expect(datum('高德 114.1447,30.6643')).toEqual(['GCJ-02', 'amap']);
		expect(datum('GPS 30.6605 114.1325')).toEqual(['WGS-84', 'gps']);
		expect(datum('WGS-84: 114.1325, 30.6605')).toEqual(['WGS-84', 'gps']);
		// Baidu's marker link writes lat,lon
		const baidu = parseCoordinatePaste(
			'https://api.map.baidu.com/marker?location=30.6643,114.1447&coord_type=bd09ll'
		);
		expect(baidu).toMatchObject({ ok: true, coordinates: [114.1447, 30.6643], datum: 'BD-09' });
	});

	it('says what is wrong with a paste it cannot read', () => {
		expect(parseCoordinatePaste('  ')).toEqual({ ok: false, error: 'empty' });
		expect(parseCoordinatePaste('114.13')).toEqual({ ok: false, error: 'count' });
		expect(parseCoordinatePaste('1, 2, 3')).toEqual({ ok: false, error: 'count' });
		expect(parseCoordinatePaste('200, 30')).toEqual({ ok: false, error: 'range' });
	});
});

describe('checkCorrection', () => {
	const root = path.resolve(import.meta.dirname, '../../..');
	const read = (p: string) =>
		JSON.parse(readFileSync(path.join(root, 'geodata', p), 'utf8')) as FeatureCollection;
	const district = read('boundaries/districts.geojson').features.find(
		(f) => f.properties?.role === 'zone'
	)!.geometry as Polygon;
	const rivers = read('basemap/water.geojson')
		.features.filter((f) => String(f.properties?.name_en).startsWith('Han River'))
		.map((f) => ({
			name_zh: String(f.properties?.name_zh),
			name_en: String(f.properties?.name_en),
			geometry: f.geometry as LineString
		}));
	const context = { district, rivers };
	const boeNow: LonLat = [114.1352, 30.6565];

	it('has nothing to say about a move inside the district', () => {
		const { wgs84 } = previewCorrection(boeNow, boe);
		expect(checkCorrection(boeNow, wgs84, context)).toEqual([]);
	});

	it('warns of a point more than 1 km off the district (not of a site already outside)', () => {
		const hankou: LonLat = [114.3, 30.6]; // central Hankou, across the district's east edge
		const [warning] = checkCorrection(boeNow, hankou, { district });
		expect(warning).toMatchObject({ kind: 'offDistrict' });
		expect((warning as { metres: number }).metres).toBeGreaterThan(1000);
		const airport: LonLat = [114.2081, 30.7838]; // Tianhe, in Huangpi
		expect(checkCorrection(airport, [114.209, 30.784], { district })).toEqual([]);
	});

	it('warns of a move across the Han', () => {
		const hanyang: LonLat = [114.2, 30.56]; // south of the lower Han
		const warnings = checkCorrection([114.2, 30.62], hanyang, { rivers });
		expect(warnings).toEqual([{ kind: 'acrossRiver', name_zh: '汉江', name_en: 'Han River' }]);
	});
});
