import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from './atlas';
import {
	areaLabels,
	buildAtlas,
	distinctAttributions,
	layerSummary,
	layersOf,
	searchKeys
} from './build';
import { readGeodataDir } from '$lib/server/geodata';
import { deepFreeze } from '$lib/testing/freeze';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/geodata-valid');
const FEATURES = 'features/demo.geojson';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const files = deepFreeze(readGeodataDir(FIXTURE).files);
const variant = (mutate: (f: Json) => void) => {
	const copy = structuredClone(files) as Json;
	mutate(copy);
	return deepFreeze(copy);
};

describe('positions too coarse for a pin', () => {
	// alpha-works and a twin in one cluster (±3 km), sky-port alone at ±2 km
	const { index, layers } = buildAtlas(
		variant((f) => {
			const alpha = f[FEATURES].features.find((x: Json) => x.id === 'alpha-works');
			const twin = structuredClone(alpha);
			twin.id = twin.properties.id = 'alpha-twin';
			f[FEATURES].features.push(twin);
			for (const p of [alpha.properties, twin.properties]) {
				p.position.cluster = 'alpha-cluster';
				p.position.accuracy_m = 3000;
			}
			const sky = f[FEATURES].features.find((x: Json) => x.id === 'sky-port');
			sky.properties.position.accuracy_m = 2000;
		})
	);
	const entity = (id: string) => index.entities.find((e) => e.id === id)!;

	it('draws them in their areas, not as pins', () => {
		expect(entity('alpha-works')).toMatchObject({ layers: ['approx'], area: 'alpha-cluster' });
		expect(entity('alpha-twin')).toMatchObject({ layers: ['approx'], area: 'alpha-cluster' });
		expect(entity('sky-port')).toMatchObject({ layers: ['approx'], area: 'sky-port' });
		expect(entity('beta-park').area).toBeUndefined();
		const pins = [...layers.facilities.features, ...layers.hubs.features];
		expect(pins.map((f) => f.properties?.id)).toEqual(['beta-park']);
		expect(index.layers.approx).toEqual({
			file: 'approx.geojson',
			count: 2,
			parts: { area: 2, site: 3 }
		});
	});

	it('gives each area a polygon and a label point at its centre', () => {
		const byRole = (role: string) =>
			layers.approx.features.filter((f) => f.properties?.role === role);
		expect(byRole('label').map((f) => [f.properties?.id, f.geometry])).toEqual([
			['alpha-cluster', { type: 'Point', coordinates: [112.02, 28.02] }],
			['sky-port', { type: 'Point', coordinates: [112.15, 28.05] }]
		]);
		const cluster = byRole('area')[0]!;
		expect(cluster.properties).toMatchObject({
			id: 'alpha-cluster',
			kind: 'cluster',
			members: '|alpha-twin|alpha-works|',
			count: 2,
			accuracy_m: 3000,
			accuracy: '3 km'
		});
		expect(byRole('area')[1]!.properties).toMatchObject({
			id: 'sky-port',
			kind: 'single',
			count: 1,
			accuracy: '2 km'
		});
		expect(cluster.geometry.type).toMatch(/Polygon/);
	});
});

describe('buildAtlas on the valid fixture', () => {
	const { index, layers } = buildAtlas(files);
	const entity = (id: string) => index.entities.find((e) => e.id === id)!;

	it('does not mutate its (deep-frozen) input', () => {
		expect(() => buildAtlas(files)).not.toThrow();
	});

	it('keeps the zone and takes the bbox of its district', () => {
		expect(index.zone.id).toBe('testzone');
		expect(index.bbox).toEqual([112, 28, 112.1, 28.1]);
	});

	it('lists entities sorted by id with defaults filled in', () => {
		expect(index.entities.map((e) => e.id)).toEqual([
			'alpha-works',
			'beta-park',
			'gamma-zone',
			'sky-port'
		]);
		expect(entity('gamma-zone').aliases).toEqual([]);
		expect(entity('gamma-zone').facts).toEqual([]);
		expect(entity('alpha-works').outside_zone).toBe(false);
	});

	it('derives point, layers, areas and district per entity', () => {
		expect(entity('alpha-works')).toMatchObject({
			point: [112.02, 28.02],
			layers: ['facilities'],
			areas: ['gamma-zone'],
			district: 'testland'
		});
		const park = entity('beta-park');
		expect(park.layers).toEqual(['parks', 'facilities']);
		expect(park.areas).toEqual(['gamma-zone']);
		// a point on the polygon, not just anywhere
		expect(park.point[0]).toBeGreaterThanOrEqual(112.04);
		expect(park.point[0]).toBeLessThanOrEqual(112.06);
		expect(park.point[1]).toBeGreaterThanOrEqual(28.04);
		expect(park.point[1]).toBeLessThanOrEqual(28.06);
		// a planning area is not inside itself
		expect(entity('gamma-zone')).toMatchObject({
			layers: ['zones'],
			areas: [],
			district: 'testland'
		});
		expect(entity('sky-port')).toMatchObject({ layers: ['hubs'], areas: [], district: 'eastland' });
	});

	it('prepares pinyin search keys for the Chinese name and Chinese aliases', () => {
		expect(entity('alpha-works').search).toEqual({
			pinyin: 'jing dong fang ce shi chang | jing dong fang',
			initials: 'jdfcsc | jdf'
		});
		expect(entity('sky-port').search).toEqual({ pinyin: 'tian kong ji chang', initials: 'tkjc' });
	});

	it('writes one FeatureCollection per layer with counts in the index', () => {
		expect(Object.keys(layers)).toEqual([...LAYER_IDS]);
		expect(index.layers).toEqual({
			boundaries: { file: 'boundaries.geojson', count: 2 },
			water: { file: 'water.geojson', count: 1, parts: { river: 1 } },
			metro: { file: 'metro.geojson', count: 2, parts: { line: 1, station: 1 } },
			zones: { file: 'zones.geojson', count: 1 },
			parks: { file: 'parks.geojson', count: 1 },
			approx: { file: 'approx.geojson', count: 0, parts: { area: 0, site: 0 } },
			hubs: { file: 'hubs.geojson', count: 1 },
			facilities: { file: 'facilities.geojson', count: 2 }
		});
	});

	it('gives entity layers flat render props and numeric ids', () => {
		expect(layers.facilities.features).toEqual([
			{
				type: 'Feature',
				id: 0,
				properties: {
					id: 'alpha-works',
					name_zh: '京东方测试厂',
					name_en: 'Alpha Works',
					label_zh: '京东方测试厂',
					label_en: 'Alpha Works',
					kind: 'enterprise',
					chain: 'widgets',
					status: 'operating',
					approx: false,
					accuracy_m: 50,
					areas: '|gamma-zone|',
					district: 'testland'
				},
				geometry: { type: 'Point', coordinates: [112.02, 28.02] }
			},
			{
				type: 'Feature',
				id: 1,
				properties: expect.objectContaining({
					id: 'beta-park',
					approx: true,
					areas: '|gamma-zone|'
				}),
				geometry: { type: 'Point', coordinates: entity('beta-park').point }
			}
		]);
		expect(layers.hubs.features[0]).toMatchObject({
			id: 0,
			properties: { id: 'sky-port', chain: '', kind: 'hub', areas: '', district: 'eastland' },
			geometry: { type: 'Point', coordinates: [112.15, 28.05] }
		});
		expect(layers.parks.features[0]?.geometry.type).toBe('Polygon');
		expect(layers.zones.features[0]?.properties?.id).toBe('gamma-zone');
	});

	it('copies boundaries with BoundaryProps, and the basemap', () => {
		expect(layers.boundaries.features.map((f) => [f.id, f.properties])).toEqual([
			[0, { id: 'eastland', name_zh: '东区', name_en: 'Eastland', role: 'neighbour' }],
			[1, { id: 'testland', name_zh: '测试区', name_en: 'Testland', role: 'zone' }]
		]);
		expect(layers.water.features[0]?.properties).toMatchObject({ id: 'test-river', type: 'river' });
		expect(layers.metro.features.map((f) => f.properties?.id)).toEqual([
			'metro-alpha',
			'metro-line-1'
		]);
	});

	it('collects every file attribution once', () => {
		expect(index.attributions).toEqual([
			'Test fixture features',
			'Test fixture organisations',
			'Test fixture boundaries',
			'Test fixture metro',
			'Test fixture water'
		]);
	});

	it('leaves out an attribution another one already says (no sentence twice)', () => {
		const full = 'Compiled by X (CC BY 4.0) from the article “A” and the reference positions.';
		const part = 'Compiled by X (CC BY 4.0) from the article “A”.';
		expect(distinctAttributions([full, part, 'metro © M', 'metro © M'])).toEqual([
			full,
			'metro © M'
		]);
		expect(distinctAttributions([part, full])).toEqual([full]);
		expect(distinctAttributions(['A.', 'A'])).toEqual(['A.']);
	});

	it('counts each layer, and metro lines and stations apart', () => {
		expect(index.layers.metro).toEqual({
			file: 'metro.geojson',
			count: 2,
			parts: { line: 1, station: 1 }
		});
		expect(index.layers.facilities.parts).toBeUndefined();
		const fc = (types: unknown[]) => ({
			type: 'FeatureCollection' as const,
			features: types.map((type) => ({
				type: 'Feature' as const,
				properties: { type },
				geometry: { type: 'Point' as const, coordinates: [0, 0] }
			}))
		});
		expect(layerSummary('metro', fc(['line', 'station', 'station'])).parts).toEqual({
			line: 1,
			station: 2
		});
		// A layer whose features do not all say what they are is only counted.
		expect(layerSummary('water', fc(['river', undefined])).parts).toBeUndefined();
	});

	it('names every district once, at one point inside it', () => {
		const labels = index.labels!.features;
		expect(labels.map((f) => [f.properties.id, f.properties.role])).toEqual(
			layers.boundaries.features.map((f) => [f.properties!.id, f.properties!.role])
		);
		for (const f of labels) expect(f.geometry.type).toBe('Point');
	});

	it('leaves a lake that a landmark already names to the landmark', () => {
		const square = (x: number) => ({
			type: 'Polygon' as const,
			coordinates: [
				[
					[x, 28],
					[x + 0.01, 28],
					[x + 0.01, 28.01],
					[x, 28.01],
					[x, 28]
				]
			]
		});
		const lake = (id: string, name_zh: string, x: number) => ({
			type: 'Feature' as const,
			properties: { id, name_zh, name_en: id, type: 'lake' },
			geometry: square(x)
		});
		const water = {
			type: 'FeatureCollection' as const,
			features: [lake('lake-a', '金银湖', 112), lake('lake-b', '东湖', 112.05)]
		};
		const landmark = { ...index.entities[0]!, name_zh: '金银湖' };
		const named = areaLabels([], water, [landmark]).features.map((f) => f.properties.id);
		expect(named).toEqual(['lake-b']);
	});

	it('includes organisations', () => {
		expect(index.organisations).toEqual([
			expect.objectContaining({
				id: 'delta-partner',
				aliases: [],
				relations: [{ type: 'partner-of', target: 'alpha-works' }]
			})
		]);
	});
});

describe('buildAtlas determinism and rounding', () => {
	it('gives the same output whatever the input order', () => {
		const reordered = variant((f) => {
			f[FEATURES].features.reverse();
			f['boundaries/districts.geojson'].features.reverse();
			f['basemap/metro.geojson'].features.reverse();
		});
		expect(JSON.stringify(buildAtlas(reordered))).toBe(JSON.stringify(buildAtlas(files)));
	});

	it('rounds output coordinates to 6 decimals', () => {
		const precise = variant((f) => {
			f[FEATURES].features[0].geometry.coordinates = [112.0200004, 28.0199996];
			f['basemap/water.geojson'].features[0].geometry.coordinates[0] = [111.9500001, 28.0949999];
		});
		const { index, layers } = buildAtlas(precise);
		expect(index.entities[0]?.point).toEqual([112.02, 28.02]);
		expect(layers.facilities.features[0]?.geometry).toEqual({
			type: 'Point',
			coordinates: [112.02, 28.02]
		});
		expect(
			(layers.water.features[0]?.geometry as { coordinates: number[][] }).coordinates[0]
		).toEqual([111.95, 28.095]);
	});
});

describe('searchKeys', () => {
	it('writes toneless syllables and initials, names joined by " | "', () => {
		expect(searchKeys(['京东方'])).toEqual({ pinyin: 'jing dong fang', initials: 'jdf' });
		expect(searchKeys(['京东方', '武汉京东方'])).toEqual({
			pinyin: 'jing dong fang | wu han jing dong fang',
			initials: 'jdf | whjdf'
		});
	});

	it('keeps Latin and digit runs whole, drops punctuation, writes ü as v', () => {
		expect(searchKeys(['武汉TCL华星'])).toEqual({
			pinyin: 'wu han tcl hua xing',
			initials: 'whtclhx'
		});
		expect(searchKeys(['吴家山（东西湖）'])).toEqual({
			pinyin: 'wu jia shan dong xi hu',
			initials: 'wjsdxh'
		});
		expect(searchKeys(['绿地'])).toEqual({ pinyin: 'lv di', initials: 'ld' });
	});
});

describe('layersOf', () => {
	const point = { type: 'Point' as const, coordinates: [0, 0] };
	const polygon = {
		type: 'Polygon' as const,
		coordinates: [
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			]
		]
	};
	it('assigns layers from kind and geometry', () => {
		expect(layersOf('enterprise', point)).toEqual(['facilities']);
		expect(layersOf('lab', polygon)).toEqual(['parks', 'facilities']);
		expect(layersOf('zone', polygon)).toEqual(['zones']);
		expect(layersOf('hub', point)).toEqual(['hubs']);
		expect(layersOf('landmark', polygon)).toEqual(['hubs']);
	});
});
