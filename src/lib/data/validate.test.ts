import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decimalsOf, formatError, validateGeodata, type GeodataError } from './validate';
import { readGeodataDir } from '$lib/server/geodata';
import { deepFreeze } from '$lib/testing/freeze';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/geodata-valid');
const FEATURES = 'features/demo.geojson';

type Files = Record<string, unknown>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const valid: Files = deepFreeze(readGeodataDir(FIXTURE).files);

/** A broken copy of the valid fixture: `mutate` edits a clone, the result is frozen. */
function broken(mutate: (files: Json) => void): Files {
	const files = structuredClone(valid) as Json;
	mutate(files);
	return deepFreeze(files);
}

const featureOf = (files: Json, id: string): Json =>
	(files[FEATURES].features as Json[]).find((f) => f.id === id)!;
const propsOf = (files: Json, id: string): Json => featureOf(files, id).properties;

/** Gives a feature a new id both at top level and in properties. */
function renameFeature(files: Json, from: string, to: string) {
	const f = featureOf(files, from);
	f.id = to;
	f.properties.id = to;
}

const lines = (errors: GeodataError[]) => errors.map(formatError);

describe('validateGeodata on the valid fixture', () => {
	it('finds nothing wrong', () => {
		expect(lines(validateGeodata(valid))).toEqual([]);
	});

	it('formats an error as one line', () => {
		expect(
			formatError({
				file: 'features/electronics.geojson',
				id: 'boe-wuhan',
				field: 'position.accuracy_m',
				message: 'must be a positive number'
			})
		).toBe(
			'features/electronics.geojson: boe-wuhan: position.accuracy_m: must be a positive number'
		);
		expect(formatError({ file: 'zone.json', message: 'missing' })).toBe('zone.json: missing');
	});
});

type Case = {
	name: string;
	mutate: (files: Json) => void;
	/** the error lines the fault must produce */
	expected: string[];
	/** false when the fault legitimately cascades into further errors */
	only?: boolean;
};

const F = `${FEATURES}: `;
const CASES: Case[] = [
	{
		name: 'missing name_zh',
		mutate: (f) => delete propsOf(f, 'alpha-works').name_zh,
		expected: [`${F}alpha-works: name_zh: is required`]
	},
	{
		name: 'empty name_en',
		mutate: (f) => (propsOf(f, 'alpha-works').name_en = ''),
		expected: [`${F}alpha-works: name_en: must not be empty`]
	},
	{
		name: 'bad id slug',
		mutate: (f) => {
			renameFeature(f, 'beta-park', 'Beta_Park');
			propsOf(f, 'alpha-works').relations = [];
		},
		expected: [
			`${F}Beta_Park: id: must be a lowercase ASCII slug like "boe-wuhan" (got "Beta_Park")`
		]
	},
	{
		name: 'feature id differs from properties.id',
		mutate: (f) => (featureOf(f, 'gamma-zone').id = 'gamma-area'),
		expected: [`${F}gamma-area: id: "gamma-area" differs from properties.id "gamma-zone"`]
	},
	{
		name: 'duplicate id across files',
		mutate: (f) => {
			const orgs = f['organisations.json'].organisations as Json[];
			orgs.push({ ...orgs[0], id: 'beta-park' });
		},
		expected: [
			'organisations.json: beta-park: id: duplicate id: also used in features/demo.geojson'
		]
	},
	{
		name: 'unknown kind',
		mutate: (f) => (propsOf(f, 'alpha-works').kind = 'factory'),
		expected: [
			`${F}alpha-works: kind: must be one of "park", "enterprise", "project", "institution", "lab", "zone", "hub", "landmark" (got "factory")`
		]
	},
	{
		name: 'unknown status',
		mutate: (f) => (propsOf(f, 'alpha-works').status = 'dreaming'),
		expected: [
			`${F}alpha-works: status: must be one of "operating", "in-production", "completed", "under-construction", "planned", "signed", "upgrading", "existing" (got "dreaming")`
		]
	},
	{
		name: 'unknown property key',
		mutate: (f) => (propsOf(f, 'alpha-works').colour = 'red'),
		expected: [`${F}alpha-works: unknown key "colour"`]
	},
	{
		name: 'unknown chain',
		mutate: (f) => (propsOf(f, 'alpha-works').chain = 'sprockets'),
		expected: [
			`${F}alpha-works: chain: unknown chain "sprockets"; zone.json chains are: widgets, gadgets`
		]
	},
	{
		name: 'unresolved relation',
		mutate: (f) =>
			propsOf(f, 'alpha-works').relations.push({ type: 'links-to', target: 'nowhere' }),
		expected: [`${F}alpha-works: relations.1.target: "nowhere" is not a feature or organisation id`]
	},
	{
		name: 'unresolved organisation relation',
		mutate: (f) => (f['organisations.json'].organisations[0].relations[0].target = 'omega-works'),
		expected: [
			'organisations.json: delta-partner: relations.0.target: "omega-works" is not a feature or organisation id'
		]
	},
	{
		name: 'swapped lon/lat',
		mutate: (f) => (featureOf(f, 'alpha-works').geometry.coordinates = [28.02, 112.02]),
		expected: [
			`${F}alpha-works: geometry.coordinates: latitude 112.02 is out of range [-90, 90]; the position looks like [lat, lon]: write [lon, lat]`
		]
	},
	{
		name: 'latitude out of range',
		mutate: (f) => (featureOf(f, 'alpha-works').geometry.coordinates = [112.02, 95]),
		expected: [`${F}alpha-works: geometry.coordinates: latitude 95 is out of range [-90, 90]`]
	},
	{
		name: 'swapped inside the valid range (zone at mid latitudes)',
		mutate: (f) => {
			// a zone at 40° E, 50° N, where [lat, lon] is still a valid position
			const shift = (c: unknown): unknown =>
				Array.isArray(c) && typeof c[0] === 'number'
					? [round(c[0] - 72), round(c[1] + 22)]
					: Array.isArray(c)
						? c.map(shift)
						: c;
			const round = (n: number) => Math.round(n * 1e6) / 1e6;
			for (const path of Object.keys(f).filter((p) => p.endsWith('.geojson'))) {
				for (const feat of f[path].features)
					feat.geometry.coordinates = shift(feat.geometry.coordinates);
			}
			propsOf(f, 'alpha-works').position.original = undefined;
			delete propsOf(f, 'alpha-works').position.original;
			featureOf(f, 'alpha-works').geometry.coordinates = [50.02, 40.02];
		},
		expected: [
			`${F}alpha-works: geometry.coordinates: position [50.02, 40.02] looks swapped: [40.02, 50.02] lies in the zone; write [lon, lat]`
		]
	},
	{
		name: 'clockwise exterior ring',
		mutate: (f) => featureOf(f, 'beta-park').geometry.coordinates[0].reverse(),
		expected: [
			`${F}beta-park: geometry.coordinates.0: exterior ring is clockwise; RFC 7946 wants exterior rings counterclockwise (right-hand rule)`
		]
	},
	{
		name: 'counterclockwise hole',
		mutate: (f) =>
			featureOf(f, 'beta-park').geometry.coordinates.push([
				[112.045, 28.045],
				[112.055, 28.045],
				[112.055, 28.055],
				[112.045, 28.045]
			]),
		expected: [
			`${F}beta-park: geometry.coordinates.1: hole is counterclockwise; RFC 7946 wants holes clockwise (right-hand rule)`
		]
	},
	{
		name: 'unclosed ring',
		mutate: (f) => featureOf(f, 'beta-park').geometry.coordinates[0].pop(),
		expected: [
			`${F}beta-park: geometry.coordinates.0: ring is not closed: the last position [112.04, 28.06] must repeat the first [112.04, 28.04]`
		]
	},
	{
		name: 'ring with fewer than 4 positions',
		mutate: (f) =>
			(featureOf(f, 'beta-park').geometry.coordinates = [
				[
					[112.04, 28.04],
					[112.06, 28.04],
					[112.04, 28.04]
				]
			]),
		expected: [
			`${F}beta-park: geometry.coordinates.0: ring has 3 positions; a closed ring needs at least 4`
		]
	},
	{
		name: 'self-intersecting polygon',
		mutate: (f) =>
			(featureOf(f, 'beta-park').geometry.coordinates = [
				[
					[112.04, 28.04],
					[112.06, 28.06],
					[112.06, 28.04],
					[112.04, 28.06],
					[112.04, 28.04]
				]
			]),
		expected: [`${F}beta-park: geometry: polygon self-intersects at [112.05, 28.05]`]
	},
	{
		name: 'geometry type not allowed for entities',
		mutate: (f) =>
			(featureOf(f, 'alpha-works').geometry = {
				type: 'LineString',
				coordinates: [
					[112.02, 28.02],
					[112.03, 28.03]
				]
			}),
		expected: [
			`${F}alpha-works: geometry.type: must be one of Point, Polygon, MultiPolygon in features/ (got "LineString")`
		]
	},
	{
		name: 'invalid GeoJSON structure (check-geojson)',
		mutate: (f) =>
			(featureOf(f, 'alpha-works').geometry = { type: 'Circle', coordinates: [112.02, 28.02] }),
		expected: [
			`${F}alpha-works: GeoJSON: This type of GeoJSON object is not allowed here.`,
			`${F}alpha-works: geometry.type: must be one of Point, Polygon, MultiPolygon in features/ (got "Circle")`
		]
	},
	{
		name: 'kind zone drawn as a point',
		mutate: (f) => (propsOf(f, 'alpha-works').kind = 'zone'),
		expected: [
			`${F}alpha-works: geometry.type: a kind "zone" feature needs a Polygon or MultiPolygon (it is drawn as an area)`
		]
	},
	{
		name: 'point outside the district',
		mutate: (f) => {
			featureOf(f, 'alpha-works').geometry.coordinates = [112.12, 28.02];
			delete propsOf(f, 'alpha-works').position.original;
		},
		expected: [
			`${F}alpha-works: geometry: point [112.12, 28.02] is outside the zone's district "testland"; move it, or set outside_zone: true if it lies outside on purpose`
		]
	},
	{
		name: 'outside_zone feature that is inside',
		mutate: (f) => (propsOf(f, 'alpha-works').outside_zone = true),
		expected: [
			`${F}alpha-works: outside_zone: is true but the point [112.02, 28.02] lies inside the zone's district "testland"`
		]
	},
	{
		name: 'missing meta',
		mutate: (f) => delete f[FEATURES].meta,
		expected: [
			`${FEATURES}: meta: missing: every file needs a top-level "meta" with its licence and attribution`
		]
	},
	{
		name: 'meta without licence',
		mutate: (f) => delete f['basemap/water.geojson'].meta.licence,
		expected: ['basemap/water.geojson: meta.licence: is required']
	},
	{
		name: 'fact without unit',
		mutate: (f) => delete propsOf(f, 'beta-park').facts[0].unit,
		expected: [`${F}beta-park: facts.0.unit: is required`]
	},
	{
		name: 'fact with a non-numeric value',
		mutate: (f) => (propsOf(f, 'beta-park').facts[0].value = '2 km²'),
		expected: [`${F}beta-park: facts.0.value: must be a number (got "2 km²")`]
	},
	{
		name: 'negative accuracy',
		mutate: (f) => (propsOf(f, 'alpha-works').position.accuracy_m = -5),
		expected: [`${F}alpha-works: position.accuracy_m: must be a positive number (got -5)`]
	},
	{
		name: 'unknown datum',
		mutate: (f) => (propsOf(f, 'alpha-works').position.original.datum = 'WGS84'),
		expected: [
			`${F}alpha-works: position.original.datum: must be one of "WGS-84", "GCJ-02", "BD-09" (got "WGS84")`
		]
	},
	{
		name: 'source sentence not in the article',
		mutate: (f) => (propsOf(f, 'alpha-works').source.sentence_zh = '京东方测试厂位于月球'),
		expected: [`${F}alpha-works: source.sentence_zh: not found verbatim in sources/article.txt`]
	},
	{
		name: 'unknown source doc',
		mutate: (f) => (propsOf(f, 'alpha-works').source.doc = 'rumour'),
		expected: [
			`${F}alpha-works: source.doc: unknown source document "rumour"; zone.json sources are: test-article`
		]
	},
	{
		name: 'source file missing',
		mutate: (f) => delete f['sources/article.txt'],
		expected: [
			'zone.json: sources.0.file: "sources/article.txt" not found in geodata/ (paths are relative to geodata/)'
		]
	},
	{
		name: 'stacked points',
		mutate: (f) => {
			const twin = structuredClone(featureOf(f, 'alpha-works'));
			twin.id = 'alpha-twin';
			twin.properties.id = 'alpha-twin';
			f[FEATURES].features.push(twin);
		},
		expected: [
			`${F}alpha-twin: geometry.coordinates: stacked on "alpha-works" (features/demo.geojson): two points with identical coordinates hide each other; offset one`
		]
	},
	{
		name: 'more than 6 decimals',
		mutate: (f) => (featureOf(f, 'alpha-works').geometry.coordinates = [112.0200001, 28.02]),
		expected: [
			`${F}alpha-works: geometry.coordinates: 112.0200001 has 7 decimals; round coordinates to 6 (≈0.1 m)`
		]
	},
	{
		name: 'original datum with identical coordinates',
		mutate: (f) => (propsOf(f, 'alpha-works').position.original.coordinates = [112.02, 28.02]),
		expected: [
			`${F}alpha-works: position.original: coordinates equal the feature's position although the datum is GCJ-02: convert them to WGS-84 (npm run geodata move alpha-works --gcj02 112.02,28.02)`
		]
	},
	{
		name: 'empty FeatureCollection',
		mutate: (f) => (f['basemap/water.geojson'].features = []),
		expected: [
			'basemap/water.geojson: features: empty FeatureCollection: a file must hold at least one feature'
		]
	},
	{
		name: 'not a FeatureCollection',
		mutate: (f) =>
			(f['basemap/water.geojson'] = { type: 'Feature', properties: {}, geometry: null }),
		expected: ['basemap/water.geojson: must be a GeoJSON FeatureCollection']
	},
	{
		name: 'unknown hub id',
		mutate: (f) => (f['zone.json'].hubs.airport = 'nowhere'),
		expected: ['zone.json: hubs.airport: "nowhere" is not a feature id']
	},
	{
		name: 'district_id that resolves to nothing',
		mutate: (f) => (f['zone.json'].district_id = 'atlantis'),
		expected: [
			'zone.json: district_id: "atlantis" is not a feature of boundaries/',
			'boundaries/districts.geojson: testland: role: must be "neighbour": zone.json district_id is "atlantis"'
		]
	},
	{
		name: 'duplicate chain id',
		mutate: (f) => (f['zone.json'].chains[1].id = 'widgets'),
		expected: [
			'zone.json: chains.1.id: duplicate chain id "widgets"',
			`${F}gamma-zone: chain: unknown chain "gadgets"; zone.json chains are: widgets`
		]
	},
	{
		name: 'chain colour not #rrggbb',
		mutate: (f) => (f['zone.json'].chains[0].color = 'blue'),
		expected: ['zone.json: chains.0.color: must match /^#[0-9a-f]{6}$/i (got "blue")']
	},
	{
		name: 'boundary with a bad role',
		mutate: (f) => (f['boundaries/districts.geojson'].features[0].properties.role = 'friend'),
		expected: [
			'boundaries/districts.geojson: eastland: role: must be one of "zone", "neighbour" (got "friend")'
		]
	},
	{
		name: 'metro station on an unknown line',
		mutate: (f) => f['basemap/metro.geojson'].features[1].properties.lines.push('metro-line-9'),
		expected: [
			'basemap/metro.geojson: metro-alpha: lines.1: "metro-line-9" is not a metro line id in basemap/'
		]
	},
	{
		name: 'basemap feature of unknown type',
		mutate: (f) => (f['basemap/water.geojson'].features[0].properties.type = 'canal'),
		expected: [
			'basemap/water.geojson: test-river: type: must be one of "river", "lake", "line", "station" (got "canal")'
		]
	},
	{
		name: 'missing zone.json',
		mutate: (f) => delete f['zone.json'],
		expected: ['zone.json: missing: the zone (chains, hubs, district, sources) is defined there'],
		only: false
	},
	{
		name: 'file outside the layout',
		mutate: (f) => (f['features/notes.json'] = {}),
		expected: [
			'features/notes.json: not part of the geodata layout (zone.json, organisations.json, features/*.geojson, boundaries/*.geojson, basemap/*.geojson, sources/*.txt)'
		]
	}
];

describe('validateGeodata on broken fixtures', () => {
	it('has at least 20 kinds of fault', () => {
		expect(new Set(CASES.map((c) => c.name)).size).toBeGreaterThanOrEqual(20);
	});

	it.each(CASES)('$name', ({ mutate, expected, only }) => {
		const got = lines(validateGeodata(broken(mutate)));
		if (only === false) expect(got).toEqual(expect.arrayContaining(expected));
		else expect(got).toEqual(expected);
	});

	it('reports every fault at once, with file, id and field', () => {
		const files = broken((f) => {
			delete propsOf(f, 'alpha-works').name_zh;
			propsOf(f, 'beta-park').position.accuracy_m = 0;
			f['zone.json'].hubs.airport = 'nowhere';
		});
		const errors = validateGeodata(files);
		expect(errors).toHaveLength(3);
		expect(errors).toEqual(
			expect.arrayContaining([
				{ file: 'zone.json', field: 'hubs.airport', message: '"nowhere" is not a feature id' },
				{ file: FEATURES, id: 'alpha-works', field: 'name_zh', message: 'is required' },
				{
					file: FEATURES,
					id: 'beta-park',
					field: 'position.accuracy_m',
					message: 'must be a positive number (got 0)'
				}
			])
		);
	});

	it('does not mutate its input (frozen fixtures would throw)', () => {
		expect(() => validateGeodata(valid)).not.toThrow();
	});
});

describe('helpers', () => {
	it('counts decimals as JSON writes them', () => {
		expect(decimalsOf(114.123456)).toBe(6);
		expect(decimalsOf(114.1234567)).toBe(7);
		expect(decimalsOf(114)).toBe(0);
		expect(decimalsOf(1e-7)).toBe(7);
	});
});
