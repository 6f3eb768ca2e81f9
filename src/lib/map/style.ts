/**
 * The embedded basemap and the data layers as a MapLibre style, built from the
 * compiled dataset alone (no tiles, no glyph server, no sprite): the map works
 * offline and makes no request beyond its own origin.
 */
import type {
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { AtlasIndex, LayerId } from '$lib/data/atlas';
import { LAYER_IDS } from '$lib/data/atlas';
import type { Lang } from '$lib/i18n/messages';

/** Latin labels from local fonts; CJK comes from the map's localIdeographFontFamily. */
export const TEXT_FONT = ['Noto Sans Regular', 'DejaVu Sans', 'Arial', 'sans-serif'];
export const TEXT_FONT_BOLD = ['Noto Sans Bold', 'DejaVu Sans Bold', 'Arial Bold', 'sans-serif'];
export const CJK_FONT_FAMILY =
	'"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", sans-serif';

export const PALETTE = {
	paper: '#f3f1ec',
	neighbour: '#e7e5df',
	neighbourLine: '#bdb8ad',
	zone: '#fdfcf9',
	zoneLine: '#5b4f3f',
	water: '#b5d3e7',
	waterLine: '#7fb0d3',
	ink: '#2b2b2b',
	halo: '#ffffff',
	muted: '#6b665d',
	planning: '#6d5bd0',
	hub: '#263238',
	noChain: '#607d8b'
} as const;

const ANALYSIS_INK = '#c2410c';

/** The MapLibre layers that draw each atlas layer (the unit the legend toggles). */
export const MAP_LAYERS: Record<LayerId, string[]> = {
	boundaries: ['boundaries-fill', 'boundaries-line', 'boundaries-zone-line', 'boundaries-label'],
	water: ['water-fill', 'water-line', 'water-label', 'water-label-area'],
	metro: ['metro-line', 'metro-station', 'metro-label'],
	zones: ['zones-fill', 'zones-line', 'zones-label'],
	parks: ['parks-fill', 'parks-line'],
	hubs: ['hubs-circle', 'hubs-label'],
	facilities: ['facilities-circle', 'facilities-label']
};

/** Layers the pointer interacts with (hover, click), topmost first. */
export const INTERACTIVE_LAYERS = ['facilities-circle', 'hubs-circle', 'parks-fill', 'zones-fill'];

export const SELECTION_SOURCE = 'selection';
/** Results of the analysis tools: radius circles, picked areas, connecting segments. */
export const ANALYSIS_SOURCE = 'analysis';

export function sourceId(layer: LayerId): string {
	return `atlas-${layer}`;
}

/** The atlas layer a MapLibre layer id belongs to. */
export function atlasLayerOf(mapLayerId: string): LayerId | null {
	for (const id of LAYER_IDS) if (MAP_LAYERS[id].includes(mapLayerId)) return id;
	return null;
}

export function chainColor(index: AtlasIndex): ExpressionSpecification {
	// A match needs at least one label/output pair; with no chains every feature is grey.
	if (index.zone.chains.length === 0) return ['literal', PALETTE.noChain];
	const pairs = index.zone.chains.flatMap((c) => [c.id, c.color]);
	return [
		'match',
		['get', 'chain'],
		...pairs,
		PALETTE.noChain
	] as unknown as ExpressionSpecification;
}

/** Symbol layers whose text is a feature name in the current language. */
export const LABEL_LAYERS = [
	'boundaries-label',
	'water-label',
	'water-label-area',
	'metro-label',
	'zones-label',
	'hubs-label',
	'facilities-label'
];

export function nameField(lang: Lang): ExpressionSpecification {
	return lang === 'en'
		? ['coalesce', ['get', 'name_en'], ['get', 'name_zh']]
		: ['coalesce', ['get', 'name_zh'], ['get', 'name_en']];
}

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export type StyleOptions = {
	lang: Lang;
	/** base URL of the compiled data, e.g. '/data/' */
	dataUrl: string;
	visible: Record<LayerId, boolean>;
};

export function buildSources(index: AtlasIndex, dataUrl: string) {
	const sources: Record<string, SourceSpecification> = {};
	for (const id of LAYER_IDS) {
		sources[sourceId(id)] = {
			type: 'geojson',
			data: new URL(index.layers[id].file, new URL(dataUrl, 'http://x/')).pathname,
			attribution: id === 'boundaries' ? index.attributions.join(' · ') : undefined
		};
	}
	for (const id of [SELECTION_SOURCE, ANALYSIS_SOURCE]) {
		sources[id] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
	}
	return sources;
}

/** The data layers, drawn above whatever basemap is active. */
export function buildDataLayers(
	index: AtlasIndex,
	{ lang, visible }: Omit<StyleOptions, 'dataUrl'>
): LayerSpecification[] {
	const color = chainColor(index);
	const name = nameField(lang);
	const layers: LayerSpecification[] = [
		{
			id: 'zones-fill',
			type: 'fill',
			source: sourceId('zones'),
			paint: {
				'fill-color': PALETTE.planning,
				'fill-opacity': ['case', selected, 0.22, hovered, 0.16, 0.08]
			}
		},
		{
			id: 'zones-line',
			type: 'line',
			source: sourceId('zones'),
			paint: {
				'line-color': PALETTE.planning,
				'line-width': ['case', selected, 2.5, 1.5],
				'line-dasharray': [3, 2]
			}
		},
		{
			id: 'parks-fill',
			type: 'fill',
			source: sourceId('parks'),
			paint: {
				'fill-color': color,
				'fill-opacity': ['case', selected, 0.35, hovered, 0.28, 0.16]
			}
		},
		{
			id: 'parks-line',
			type: 'line',
			source: sourceId('parks'),
			paint: { 'line-color': color, 'line-width': 1.5 }
		},
		{
			id: 'selection-ring-fill',
			type: 'fill',
			source: SELECTION_SOURCE,
			filter: ['==', ['get', 'role'], 'accuracy'],
			paint: { 'fill-color': PALETTE.ink, 'fill-opacity': 0.06 }
		},
		{
			id: 'selection-ring-line',
			type: 'line',
			source: SELECTION_SOURCE,
			filter: ['==', ['get', 'role'], 'accuracy'],
			paint: { 'line-color': PALETTE.ink, 'line-width': 1.5, 'line-dasharray': [2, 2] }
		},
		{
			id: 'analysis-fill',
			type: 'fill',
			source: ANALYSIS_SOURCE,
			filter: ['==', ['geometry-type'], 'Polygon'],
			paint: { 'fill-color': ANALYSIS_INK, 'fill-opacity': 0.08 }
		},
		{
			id: 'analysis-line',
			type: 'line',
			source: ANALYSIS_SOURCE,
			paint: {
				'line-color': ANALYSIS_INK,
				'line-width': ['case', ['==', ['get', 'role'], 'segment'], 3, 2],
				'line-dasharray': [2, 1.5]
			}
		},
		{
			id: 'analysis-point',
			type: 'circle',
			source: ANALYSIS_SOURCE,
			filter: ['==', ['geometry-type'], 'Point'],
			paint: {
				'circle-radius': 6,
				'circle-color': ANALYSIS_INK,
				'circle-stroke-color': PALETTE.halo,
				'circle-stroke-width': 2
			}
		},
		{
			id: 'hubs-circle',
			type: 'circle',
			source: sourceId('hubs'),
			paint: {
				'circle-radius': ['case', hovered, 9, selected, 9, 7],
				'circle-color': ['case', ['get', 'approx'], PALETTE.halo, PALETTE.hub],
				'circle-stroke-color': ['case', ['get', 'approx'], PALETTE.hub, PALETTE.halo],
				'circle-stroke-width': ['case', selected, 3.5, 2.5]
			}
		},
		{
			id: 'facilities-circle',
			type: 'circle',
			source: sourceId('facilities'),
			paint: {
				'circle-radius': [
					'interpolate',
					['linear'],
					['zoom'],
					9,
					['case', hovered, 7, selected, 7, 4.5],
					14,
					['case', hovered, 11, selected, 11, 8]
				],
				// Approximate positions are hollow: white fill, chain-coloured ring.
				'circle-color': ['case', ['get', 'approx'], PALETTE.halo, color],
				'circle-stroke-color': ['case', ['get', 'approx'], color, PALETTE.halo],
				'circle-stroke-width': ['case', selected, 3.5, ['get', 'approx'], 2.5, 1.5]
			}
		},
		{
			id: 'zones-label',
			type: 'symbol',
			source: sourceId('zones'),
			minzoom: 10.5,
			layout: {
				'text-field': name,
				'text-font': TEXT_FONT,
				'text-size': 12,
				'text-max-width': 8
			},
			paint: {
				'text-color': PALETTE.planning,
				'text-halo-color': PALETTE.halo,
				'text-halo-width': 1.5
			}
		},
		{
			id: 'hubs-label',
			type: 'symbol',
			source: sourceId('hubs'),
			layout: {
				'text-field': name,
				'text-font': TEXT_FONT_BOLD,
				'text-size': 13,
				'text-offset': [0, 1.1],
				'text-anchor': 'top',
				'text-max-width': 9
			},
			paint: { 'text-color': PALETTE.hub, 'text-halo-color': PALETTE.halo, 'text-halo-width': 2 }
		},
		{
			id: 'analysis-label',
			type: 'symbol',
			source: ANALYSIS_SOURCE,
			filter: ['has', 'label'],
			layout: {
				'text-field': ['get', 'label'],
				'text-font': TEXT_FONT_BOLD,
				'text-size': 13,
				'symbol-placement': 'point',
				'text-allow-overlap': true
			},
			paint: { 'text-color': ANALYSIS_INK, 'text-halo-color': PALETTE.halo, 'text-halo-width': 2 }
		},
		{
			id: 'facilities-label',
			type: 'symbol',
			source: sourceId('facilities'),
			minzoom: 11.5,
			layout: {
				'text-field': name,
				'text-font': TEXT_FONT,
				'text-size': 12,
				'text-offset': [0, 0.9],
				'text-anchor': 'top',
				'text-max-width': 9,
				'text-optional': true
			},
			paint: { 'text-color': PALETTE.ink, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.5 }
		}
	];
	return layers.map((l) => withVisibility(l, visible));
}

/** The embedded basemap: the zone, its neighbours, water and metro from geodata/. */
export function buildBasemapLayers(
	index: AtlasIndex,
	{ lang, visible }: Omit<StyleOptions, 'dataUrl'>
): LayerSpecification[] {
	const name = nameField(lang);
	const isZone: ExpressionSpecification = ['==', ['get', 'role'], 'zone'];
	const layers: LayerSpecification[] = [
		{ id: 'background', type: 'background', paint: { 'background-color': PALETTE.paper } },
		{
			id: 'boundaries-fill',
			type: 'fill',
			source: sourceId('boundaries'),
			paint: { 'fill-color': ['case', isZone, PALETTE.zone, PALETTE.neighbour] }
		},
		{
			id: 'water-fill',
			type: 'fill',
			source: sourceId('water'),
			filter: ['==', ['geometry-type'], 'Polygon'],
			paint: { 'fill-color': PALETTE.water, 'fill-outline-color': PALETTE.waterLine }
		},
		{
			id: 'water-line',
			type: 'line',
			source: sourceId('water'),
			filter: ['==', ['geometry-type'], 'LineString'],
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': PALETTE.water,
				'line-width': ['interpolate', ['linear'], ['zoom'], 8, 2, 13, 10]
			}
		},
		{
			id: 'boundaries-line',
			type: 'line',
			source: sourceId('boundaries'),
			filter: ['!', isZone],
			paint: { 'line-color': PALETTE.neighbourLine, 'line-width': 1 }
		},
		{
			id: 'metro-line',
			type: 'line',
			source: sourceId('metro'),
			filter: ['==', ['get', 'type'], 'line'],
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': ['coalesce', ['get', 'color'], '#888888'],
				'line-width': 2,
				'line-opacity': 0.55
			}
		},
		{
			id: 'metro-station',
			type: 'circle',
			source: sourceId('metro'),
			minzoom: 11,
			filter: ['==', ['get', 'type'], 'station'],
			paint: {
				'circle-radius': 3,
				'circle-color': PALETTE.halo,
				'circle-stroke-color': PALETTE.muted,
				'circle-stroke-width': 1
			}
		},
		{
			id: 'boundaries-zone-line',
			type: 'line',
			source: sourceId('boundaries'),
			filter: isZone,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': PALETTE.zoneLine, 'line-width': 2.5 }
		},
		{
			id: 'water-label',
			type: 'symbol',
			source: sourceId('water'),
			minzoom: 10,
			filter: ['==', ['geometry-type'], 'LineString'],
			layout: {
				'text-field': name,
				'text-font': TEXT_FONT,
				'text-size': 12,
				'symbol-placement': 'line'
			},
			paint: { 'text-color': '#3f6f91', 'text-halo-color': PALETTE.halo, 'text-halo-width': 1 }
		},
		{
			id: 'water-label-area',
			type: 'symbol',
			source: sourceId('water'),
			minzoom: 11,
			filter: ['==', ['geometry-type'], 'Polygon'],
			layout: { 'text-field': name, 'text-font': TEXT_FONT, 'text-size': 12 },
			paint: { 'text-color': '#3f6f91', 'text-halo-color': PALETTE.halo, 'text-halo-width': 1 }
		},
		{
			id: 'metro-label',
			type: 'symbol',
			source: sourceId('metro'),
			minzoom: 12.5,
			filter: ['==', ['get', 'type'], 'station'],
			layout: {
				'text-field': name,
				'text-font': TEXT_FONT,
				'text-size': 11,
				'text-offset': [0, 0.8],
				'text-anchor': 'top',
				'text-optional': true
			},
			paint: { 'text-color': PALETTE.muted, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1 }
		},
		{
			id: 'boundaries-label',
			type: 'symbol',
			source: sourceId('boundaries'),
			// Polygon labels repeat per tile when zoomed in; district names matter when zoomed out.
			maxzoom: 12,
			layout: {
				'text-field': name,
				'text-font': TEXT_FONT_BOLD,
				'text-size': ['case', isZone, 16, 13],
				'text-letter-spacing': 0.1
			},
			paint: {
				'text-color': ['case', isZone, PALETTE.zoneLine, PALETTE.muted],
				'text-halo-color': PALETTE.halo,
				'text-halo-width': 1.5,
				'text-opacity': 0.85
			}
		}
	];
	return layers.map((l) => withVisibility(l, visible));
}

function withVisibility(layer: LayerSpecification, visible: Record<LayerId, boolean>) {
	const group = atlasLayerOf(layer.id);
	if (!group || layer.type === 'background') return layer;
	return {
		...layer,
		layout: { ...layer.layout, visibility: visible[group] ? 'visible' : 'none' }
	} as LayerSpecification;
}

/** The whole offline style. No `glyphs`, no `sprite`: nothing is fetched but our own data. */
export function buildEmbeddedStyle(index: AtlasIndex, opts: StyleOptions): StyleSpecification {
	return {
		version: 8,
		name: `${index.zone.short_en} atlas`,
		sources: buildSources(index, opts.dataUrl),
		layers: [...buildBasemapLayers(index, opts), ...buildDataLayers(index, opts)]
	};
}

/**
 * An online basemap below the atlas's own layers. The online style keeps its
 * own sources, glyphs and sprite; our symbol layers then use its first font.
 */
export function overlayOnOnlineStyle(
	online: StyleSpecification,
	index: AtlasIndex,
	opts: StyleOptions
): StyleSpecification {
	const ours = buildSources(index, opts.dataUrl);
	const boundaryLayers = buildBasemapLayers(index, opts).filter(
		(l) => l.id === 'boundaries-zone-line'
	);
	const font = firstFont(online);
	const data = [...boundaryLayers, ...buildDataLayers(index, opts)].map((l) =>
		l.type === 'symbol' && font ? { ...l, layout: { ...l.layout, 'text-font': [font] } } : l
	) as LayerSpecification[];
	return {
		...online,
		sources: { ...online.sources, ...ours },
		// Our ids win where the online style happens to use the same layer id.
		layers: [...online.layers.filter((l) => !data.some((d) => d.id === l.id)), ...data]
	};
}

function firstFont(style: StyleSpecification): string | null {
	for (const layer of style.layers) {
		if (layer.type !== 'symbol') continue;
		const font = layer.layout?.['text-font'];
		if (Array.isArray(font) && typeof font[0] === 'string') return font[0];
	}
	return null;
}
