/**
 * The embedded basemap and the data layers as a MapLibre style, built from the
 * layer registry (./layers) and the compiled dataset alone (no tiles, no glyph
 * server, no sprite): the map works offline and makes no request beyond its
 * own origin.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { AtlasIndex, LayerId } from '$lib/data/atlas';
import type { Lang } from '$lib/i18n/messages';
import { chainColor, labelWidth, nameField } from './layers/common';
import type { StyleContext } from './layers/types';
import { GROUPS, atlasLayerOf, buildLayerDefs, groupSource, type BuiltLayer } from './layers';
import { attributionText } from './attribution';
import { zoomForDensity } from '$lib/geo/density';
import { sharePrograms } from './shared-programs';

export {
	CJK_FONT_FAMILY,
	PALETTE,
	TEXT_FONT,
	TEXT_FONT_BOLD,
	chainColor,
	nameField
} from './layers/common';
export {
	ANALYSIS_SOURCE,
	INTERACTIVE_LAYERS,
	LABEL_LAYERS,
	LAYERS_OF,
	SELECTION_SOURCE,
	atlasLayerOf,
	sourceId
} from './layers';

export type StyleOptions = {
	lang: Lang;
	/** base URL of the compiled data, e.g. '/data/' */
	dataUrl: string;
	visible: Record<LayerId, boolean>;
	/** the high-contrast variant of the embedded basemap */
	contrast?: boolean;
	/**
	 * leave every paint value as the layer wrote it, not rebound to share GPU
	 * programs (map/shared-programs.ts): for tests that read colours
	 */
	asWritten?: boolean;
};

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

/**
 * The data URL as an absolute URL: vector tile URLs must be absolute. In the
 * browser that is this page's origin; elsewhere (tests) a placeholder.
 */
function dataBase(dataUrl: string): URL {
	return new URL(dataUrl, globalThis.location?.origin ?? 'http://localhost');
}

/**
 * One source per group: a compiled data file, a source of the group's own
 * (vector tiles), or an empty one the app fills.
 */
export function buildSources(index: AtlasIndex, dataUrl: string) {
	const sources: Record<string, SourceSpecification> = {};
	for (const group of GROUPS) {
		const id = groupSource(group);
		if (!id) continue;
		if (group.source) {
			const own = group.source(index, dataBase(dataUrl));
			if (own) sources[id] = own;
			continue;
		}
		if (!group.data) {
			sources[id] = { type: 'geojson', data: EMPTY as never };
			continue;
		}
		const layer = index.layers[group.data];
		const attribution = group.attribution
			? attributionText(index.attributions.join(' · '))
			: undefined;
		// Entities are addressed by their own id: feature-state works for any
		// entity, loaded or not, visible or not.
		const promoteId = group.entities ? 'id' : undefined;
		sources[id] = layer.tiles
			? {
					// a large layer: the view's tiles, not the whole file (data/layer-tiles.ts)
					type: 'vector',
					tiles: [`${dataBase(dataUrl).href}${layer.tiles.url}`],
					minzoom: layer.tiles.minzoom,
					maxzoom: layer.tiles.maxzoom,
					bounds: layer.tiles.bounds,
					attribution,
					promoteId: promoteId && { [group.data]: promoteId }
				}
			: {
					type: 'geojson',
					data: new URL(layer.file, new URL(dataUrl, 'http://x/')).pathname,
					attribution,
					promoteId
				};
	}
	return sources;
}

/** What layer specs depend on: the language of the labels and the dataset's chains. */
export function styleContext(index: AtlasIndex, lang: Lang): StyleContext {
	return {
		lang,
		name: nameField(lang),
		color: chainColor(index),
		width: (chars) => labelWidth(lang, chars),
		denseFrom: (perTile) => zoomForDensity(index.layers.facilities?.count ?? 0, index.bbox, perTile)
	};
}

/**
 * The layout properties of the labelled layers that depend on the language
 * (text, line width, placement order), to relabel a drawn map in place.
 */
export function labelLayouts(
	index: AtlasIndex,
	lang: Lang
): Array<[string, Record<string, unknown>]> {
	const keys = ['text-field', 'text-max-width', 'symbol-sort-key'] as const;
	return buildLayerDefs(styleContext(index, lang))
		.filter((d) => d.label && d.spec.type === 'symbol')
		.map((d) => {
			const layout = (d.spec.layout ?? {}) as Record<string, unknown>;
			return [
				d.spec.id,
				Object.fromEntries(keys.filter((k) => k in layout).map((k) => [k, layout[k]]))
			];
		});
}

/** The layers, less those whose source the dataset does not have (e.g. no roads). */
function layersFor(index: AtlasIndex, { lang, visible, dataUrl }: StyleOptions) {
	const sources = buildSources(index, dataUrl);
	return buildLayerDefs(styleContext(index, lang))
		.filter((d) => !('source' in d.spec) || (d.spec.source as string) in sources)
		.map((d) => withVisibility(withTiles(d, index), visible));
}

/** A layer of a tiled data layer reads the tiles' source layer (named after the data layer). */
function withTiles(def: BuiltLayer, index: AtlasIndex): BuiltLayer {
	const data = def.group.data;
	if (!data || !index.layers[data]?.tiles || 'source-layer' in def.spec) return def;
	return { ...def, spec: { ...def.spec, 'source-layer': data } as LayerSpecification };
}

function withVisibility(def: BuiltLayer, visible: Record<LayerId, boolean>): BuiltLayer {
	const group = atlasLayerOf(def.spec.id);
	if (!group) return def;
	const spec = {
		...def.spec,
		layout: { ...def.spec.layout, visibility: visible[group] ? 'visible' : 'none' }
	} as LayerSpecification;
	return { ...def, spec };
}

/** The whole offline style. No `glyphs`, no `sprite`: nothing is fetched but our own data. */
export function buildEmbeddedStyle(index: AtlasIndex, opts: StyleOptions): StyleSpecification {
	const plain: StyleSpecification = {
		version: 8,
		name: `${index.zone.short_en} atlas`,
		sources: buildSources(index, opts.dataUrl),
		layers: layersFor(index, opts).map((d) => d.spec)
	};
	const style = opts.contrast && contrastStyle ? contrastStyle(plain) : plain;
	return opts.asWritten ? style : { ...style, layers: sharePrograms(style.layers) };
}

/** the high-contrast restyling, once loaded (it brings culori, for colour in OKLCH) */
let contrastStyle: ((style: StyleSpecification) => StyleSpecification) | null = null;

/** Loads what a basemap needs before it can be drawn: the high-contrast restyling on first use. */
export async function prepareBasemap(kind: string): Promise<void> {
	if (kind === 'contrast' && !contrastStyle)
		contrastStyle = (await import('./contrast')).highContrast;
}

/**
 * An online basemap below the atlas's own layers (those marked `overlay`). The
 * online style keeps its own sources, glyphs and sprite; our symbol layers then
 * use its first font.
 */
export function overlayOnOnlineStyle(
	online: StyleSpecification,
	index: AtlasIndex,
	opts: StyleOptions
): StyleSpecification {
	const ours = buildSources(index, opts.dataUrl);
	const font = firstFont(online);
	const data = layersFor(index, opts)
		.filter((d) => d.overlay)
		.map((d) =>
			d.spec.type === 'symbol' && font
				? { ...d.spec, layout: { ...d.spec.layout, 'text-font': [font] } }
				: d.spec
		) as LayerSpecification[];
	return {
		...online,
		sources: { ...online.sources, ...ours },
		// Our ids win where the online style happens to use the same layer id.
		layers: [
			...online.layers.filter((l) => !data.some((d) => d.id === l.id)),
			...sharePrograms(data)
		]
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
