import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { entity } from '$lib/testing/entities';
import {
	entityRecord,
	featuresCsv,
	featuresGeoJson,
	featuresKml,
	type ExportContext
} from './features';

const ctx: ExportContext = {
	hubs: [{ role: 'airport', point: [114.2, 30.6] }],
	roadRoles: ['airport', 'metro'],
	geometries: new Map([
		[
			'park',
			{
				type: 'Polygon',
				coordinates: [
					[
						[114, 30],
						[114.01, 30],
						[114.01, 30.01],
						[114, 30]
					]
				]
			}
		]
	]),
	layerNames: new Map([['l1', 'my sites.xlsx']]),
	lang: 'en'
};

const site = entity('u-l1-1', {
	kind: 'site',
	name_zh: '=地块一',
	name_en: 'Plot 1',
	point: [114.1234567, 30.6],
	road: { airport: { s: 725, m: 9876, c: 20, hc: 0 } },
	user: { layer: 'l1', row: 2, props: { 面积: 12.5, owner: '@x', lon: 999 } }
});

describe('entityRecord', () => {
	it('gives the position with its accuracy and provenance, distances in whole metres and minutes', async () => {
		const r = entityRecord(site, ctx);
		expect(r).toMatchObject({
			id: 'u-l1-1',
			lon: 114.123457,
			lat: 30.6,
			accuracy_m: 100,
			position_method: 'sourced',
			source: 'my sites.xlsx row 2',
			airport_straight_m: 7326,
			airport_road_m: 9876,
			airport_road_min: 12,
			metro_road_m: null,
			面积: 12.5,
			owner: '@x'
		});
		// the file's own column never overwrites the atlas's
		expect(r.lon).toBe(114.123457);
	});
});

describe('featuresCsv', () => {
	it('writes numbers as numbers, Chinese intact and formulas neutralised', async () => {
		const text = await featuresCsv([site, entity('b', { point: [114.2, 30.7] })], ctx);
		const rows = Papa.parse<string[]>(text).data;
		const head = rows[0]!;
		expect(head.slice(0, 4)).toEqual(['id', 'name_zh', 'name_en', 'kind']);
		expect(rows[1]![head.indexOf('name_zh')]).toBe("'=地块一");
		expect(rows[1]![head.indexOf('owner')]).toBe("'@x");
		expect(rows[1]![head.indexOf('airport_straight_m')]).toBe('7326');
		// a column only the imported site has is empty for the other
		expect(rows[2]![head.indexOf('面积')]).toBe('');
	});
});

describe('featuresGeoJson and KML', () => {
	it('writes polygons where known and points otherwise, with the record as properties', async () => {
		const fc = featuresGeoJson([entity('park'), site], ctx);
		expect(fc.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'Point']);
		expect(fc.features[1]!.properties).toMatchObject({ id: 'u-l1-1', accuracy_m: 100 });
		expect(fc.features[1]!.properties).not.toHaveProperty('lat');
	});

	it('names KML placemarks in the chosen language', async () => {
		const kml = featuresKml([site], ctx);
		expect(kml).toContain('<name>Plot 1</name>');
		expect(kml).toContain('114.1234567,30.6');
	});
});
