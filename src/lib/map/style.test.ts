import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { AtlasIndex } from '$lib/data/atlas';
import { LAYER_IDS, type LayerId } from '$lib/data/atlas';
import {
	INTERACTIVE_LAYERS,
	LAYERS_OF,
	atlasLayerOf,
	buildEmbeddedStyle,
	chainColor,
	labelLayouts,
	overlayOnOnlineStyle
} from './style';

/** Every layer shown. */
const allVisible = () =>
	Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>;

const index = Object.freeze({
	zone: {
		id: 'z',
		name_zh: '测试区',
		name_en: 'Test zone',
		short_zh: '测试',
		short_en: 'Test',
		district_id: 'd',
		hubs: {},
		chains: [{ id: 'a', name_zh: '甲', name_en: 'A', color: '#112233' }],
		sources: []
	},
	bbox: [0, 0, 1, 1],
	attributions: ['© somebody'],
	entities: [],
	organisations: [],
	layers: Object.fromEntries(LAYER_IDS.map((id) => [id, { file: `${id}.geojson`, count: 0 }])),
	labels: { type: 'FeatureCollection', features: [] }
}) as unknown as AtlasIndex;

describe('a dense facilities layer', () => {
	const minzoom = (count: number) => {
		const dense = {
			...index,
			bbox: [114.0, 30.55, 114.4, 30.85],
			layers: { ...index.layers, facilities: { file: 'facilities.geojson', count } }
		} as unknown as AtlasIndex;
		const style = buildEmbeddedStyle(dense, {
			lang: 'zh',
			dataUrl: '/data/',
			visible: allVisible()
		});
		const of = (id: string) => style.layers.find((l) => l.id === id)?.minzoom ?? 0;
		return [of('facilities-circle'), of('facilities-symbol'), of('facilities-label')];
	};

	it('draws its circles at every zoom, its shapes and names only where a tile holds few', () => {
		expect(minzoom(51)).toEqual([0, 0, 11.5]);
		// 100,000 points: one low-zoom tile would hold them all and overflow MapLibre's buckets
		expect(minzoom(100_000)).toEqual([0, 13, 14]);
	});
});

describe('a tiled facilities layer (data/layer-tiles.ts)', () => {
	const tiles = {
		url: 'facilities/{z}/{x}/{y}.pbf',
		minzoom: 0,
		maxzoom: 14,
		bounds: [0.1, 0.1, 0.9, 0.9],
		namesFrom: 14
	};
	const tiled = {
		...index,
		layers: { ...index.layers, facilities: { file: 'facilities.geojson', count: 9, tiles } }
	} as unknown as AtlasIndex;
	const opts = { lang: 'zh' as const, dataUrl: '/data/', visible: allVisible() };

	it('is a vector source of absolute tile URLs, addressed by entity id in its source layer', () => {
		const style = buildEmbeddedStyle(tiled, opts);
		expect(validateStyleMin(style)).toEqual([]);
		const src = style.sources['atlas-facilities'] as Record<string, unknown>;
		expect(src).toMatchObject({ type: 'vector', minzoom: 0, maxzoom: 14, bounds: tiles.bounds });
		expect((src.tiles as string[])[0]).toMatch(
			/^https?:\/\/[^/]+\/data\/facilities\/\{z\}\/\{x\}\/\{y\}\.pbf$/
		);
		expect(src.promoteId).toEqual({ facilities: 'id' });
		const own = style.layers.filter((l) => 'source' in l && l.source === 'atlas-facilities');
		expect(own.map((l) => l.id)).toEqual(
			expect.arrayContaining(['facilities-circle', 'facilities-symbol', 'facilities-label'])
		);
		for (const l of own)
			expect((l as { 'source-layer'?: string })['source-layer']).toBe('facilities');
		// the other entity layers stay GeoJSON
		expect(style.sources['atlas-hubs']).toMatchObject({ type: 'geojson', promoteId: 'id' });
	});

	it('is drawn the same over an online basemap', () => {
		const online = { version: 8 as const, sources: {}, layers: [] };
		const merged = overlayOnOnlineStyle(online, tiled, opts);
		const circle = merged.layers.find((l) => l.id === 'facilities-circle')!;
		expect(circle).toMatchObject({ source: 'atlas-facilities', 'source-layer': 'facilities' });
	});
});

describe('buildEmbeddedStyle', () => {
	const style = buildEmbeddedStyle(index, { lang: 'zh', dataUrl: '/data/', visible: allVisible() });

	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('fetches nothing but its own data: no glyphs, no sprite, same-origin sources', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const src of Object.values(style.sources)) {
			if (src.type === 'geojson' && typeof src.data === 'string') {
				expect(src.data.startsWith('/data/')).toBe(true);
			}
		}
	});

	it('draws every atlas layer with the layers the legend toggles', () => {
		const ids = style.layers.map((l) => l.id);
		for (const id of LAYER_IDS) for (const l of LAYERS_OF[id]) expect(ids).toContain(l);
		for (const l of INTERACTIVE_LAYERS) expect(ids).toContain(l);
		expect(atlasLayerOf('facilities-circle')).toBe('facilities');
		expect(atlasLayerOf('background')).toBeNull();
	});

	it('hides the layers that are switched off', () => {
		const hidden = buildEmbeddedStyle(index, {
			lang: 'zh',
			dataUrl: '/data/',
			visible: { ...allVisible(), metro: false }
		});
		for (const l of hidden.layers) {
			const v = (l.layout as { visibility?: string } | undefined)?.visibility;
			if (LAYERS_OF.metro.includes(l.id)) expect(v).toBe('none');
			else if (atlasLayerOf(l.id)) expect(v).toBe('visible');
		}
	});

	it('labels in the chosen language, falling back to the other', () => {
		const field = (lang: 'zh' | 'en') =>
			buildEmbeddedStyle(index, { lang, dataUrl: '/data/', visible: allVisible() }).layers.find(
				(l) => l.id === 'facilities-label'
			)!.layout?.['text-field' as never];
		// The short map label in the chosen language comes first, then its name; the
		// other language only where both are missing.
		expect(field('en')).toEqual([
			'coalesce',
			['get', 'label_en'],
			['get', 'name_en'],
			['get', 'label_zh'],
			['get', 'name_zh']
		]);
		expect(field('zh')).toEqual([
			'coalesce',
			['get', 'label_zh'],
			['get', 'name_zh'],
			['get', 'label_en'],
			['get', 'name_en']
		]);
	});

	it('gives English labels twice the ems of Chinese ones, and relabels both text and width', () => {
		const zh = new Map(labelLayouts(index, 'zh'));
		const en = new Map(labelLayouts(index, 'en'));
		expect(zh.get('facilities-label')!['text-max-width']).toBe(8);
		expect(en.get('facilities-label')!['text-max-width']).toBe(16);
		expect(en.get('facilities-label')!['text-field']).toEqual(
			expect.arrayContaining([['get', 'label_en']])
		);
		// Every labelled layer is relabelled, the area names from their single points included.
		expect([...en.keys()]).toEqual(expect.arrayContaining(['boundaries-label', 'hubs-label']));
	});

	it('lets point labels move round their markers rather than vanish', () => {
		const layout = style.layers.find((l) => l.id === 'facilities-label')!.layout as Record<
			string,
			unknown
		>;
		expect((layout['text-variable-anchor'] as string[]).length).toBeGreaterThan(1);
		expect(layout['text-optional']).toBe(true);
	});

	it('names districts and lakes from one point each, switched with their legend toggles', () => {
		expect(style.sources['area-labels']).toMatchObject({ type: 'geojson' });
		expect(LAYERS_OF.boundaries).toContain('boundaries-label');
		expect(LAYERS_OF.water).toContain('water-label-area');
		expect(atlasLayerOf('boundaries-label')).toBe('boundaries');
	});

	it('colours by chain from the dataset, grey for none', () => {
		expect(chainColor(index)).toEqual(['match', ['get', 'chain'], 'a', '#112233', '#607d8b']);
	});
});

describe('overlayOnOnlineStyle', () => {
	it('keeps the online basemap below and our layers on top, with its font', () => {
		const online = {
			version: 8 as const,
			glyphs: 'https://tiles.example/fonts/{fontstack}/{range}.pbf',
			sources: { osm: { type: 'vector' as const, url: 'https://tiles.example/osm.json' } },
			layers: [
				{ id: 'bg', type: 'background' as const },
				{
					id: 'place',
					type: 'symbol' as const,
					source: 'osm',
					'source-layer': 'place',
					layout: { 'text-font': ['Noto Sans Regular'], 'text-field': '{name}' }
				}
			]
		};
		const merged = overlayOnOnlineStyle(online, index, {
			lang: 'zh',
			dataUrl: '/data/',
			visible: allVisible()
		});
		expect(validateStyleMin(merged)).toEqual([]);
		expect(merged.layers[0]!.id).toBe('bg');
		expect(merged.layers.at(-1)!.id).toBe('facilities-label');
		const label = merged.layers.find((l) => l.id === 'hubs-label')!;
		expect(label.layout?.['text-font' as never]).toEqual(['Noto Sans Regular']);
		expect(merged.sources.osm).toBeDefined();
	});
});

describe('roads in the embedded style', () => {
	const roads = {
		tiles: 'roads/{z}/{x}/{y}.pbf',
		layer: 'roads',
		minzoom: 8,
		maxzoom: 14,
		bounds: [0, 0, 1, 1],
		attribution: '© OpenStreetMap contributors',
		edges: 10,
		gaps: 'road-gaps.geojson'
	};
	const opts = { lang: 'zh' as const, dataUrl: '/data/', visible: allVisible() };

	it('are left out when the dataset has none', () => {
		const style = buildEmbeddedStyle(index, opts);
		expect(style.sources.roads).toBeUndefined();
		expect(style.layers.some((l) => l.id.startsWith('roads'))).toBe(false);
	});

	it('come from absolute vector tile URLs, with the OpenStreetMap attribution', () => {
		const style = buildEmbeddedStyle({ ...index, roads } as never, opts);
		expect(validateStyleMin(style)).toEqual([]);
		const src = style.sources.roads as { type: string; tiles: string[]; attribution: string };
		expect(src.type).toBe('vector');
		expect(src.tiles[0]).toMatch(/^https?:\/\/[^/]+\/data\/roads\/\{z\}\/\{x\}\/\{y\}\.pbf$/);
		expect(src.attribution).toBe('© OpenStreetMap contributors');
		const ids = style.layers.map((l) => l.id);
		// above land and water, below the data; casings under fills; minor roads from street zooms
		expect(ids.indexOf('water-fill')).toBeLessThan(ids.indexOf('roads-motorway-casing'));
		expect(ids.indexOf('roads-motorway-casing')).toBeLessThan(ids.indexOf('roads-minor'));
		expect(ids.indexOf('roads-motorway')).toBeLessThan(ids.indexOf('zones-fill'));
		const minor = style.layers.find((l) => l.id === 'roads-minor')!;
		expect(minor.minzoom).toBeGreaterThanOrEqual(13);
		expect(style.layers.some((l) => l.id === 'road-gaps-fill')).toBe(true);
	});

	it('are not drawn over an online basemap (it has roads of its own)', () => {
		const online = { version: 8 as const, sources: {}, layers: [] };
		const merged = overlayOnOnlineStyle(online, { ...index, roads } as never, opts);
		expect(merged.layers.some((l) => l.id.startsWith('roads'))).toBe(false);
	});
});

describe('attribution from data', () => {
	it('reaches the attribution control as text, never as markup', () => {
		const hostile = { ...index, attributions: ['<img src="http://evil.example/x.png">'] };
		const style = buildEmbeddedStyle(hostile as AtlasIndex, {
			lang: 'zh',
			dataUrl: '/data/',
			visible: allVisible()
		});
		const credits = Object.values(style.sources)
			.map((s) => (s as { attribution?: string }).attribution)
			.filter(Boolean);
		expect(credits).toEqual(['&lt;img src=&quot;http://evil.example/x.png&quot;&gt;']);
	});
});
