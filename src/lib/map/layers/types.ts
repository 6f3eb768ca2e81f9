/**
 * How a layer group is declared. A group is one kind of thing on the map (the
 * facilities, the water, the analysis overlay): its source, its MapLibre
 * layers and what each of them takes part in. Everything else (the style, the
 * legend, which layers are labelled, picked or filtered) is derived from the
 * registry in ./index.ts, so a new kind of layer is one file plus its strings.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { AtlasIndex, LayerId } from '$lib/data/atlas';
import type { Lang } from '$lib/i18n/messages';

/**
 * Where a layer is drawn, bottom first. Groups interleave (every area fill
 * lies below every point), so order is by slot, then by group order.
 */
export const SLOTS = [
	'background',
	'land',
	'water',
	'road-casing',
	'road',
	'road-gap',
	'base-line',
	'transit',
	'zone-outline',
	'base-label',
	'district-label',
	'approx-area',
	'planning-area',
	'park-area',
	'selection',
	'analysis',
	'point',
	'area-label',
	'hub-label',
	'analysis-label',
	'point-label',
	'zone-label'
] as const;
export type Slot = (typeof SLOTS)[number];

/** What a layer's spec may depend on. */
export type StyleContext = {
	/** the UI language (texts from the message tables) */
	lang: Lang;
	/** the feature name in the UI language (nameField) */
	name: ExpressionSpecification;
	/** the colour of a feature's industry chain (chainColor) */
	color: ExpressionSpecification;
	/** a label line's width in ems for about this many Chinese characters (labelWidth) */
	width: (chars: number) => number;
	/**
	 * The zoom from which the facilities' symbols may draw with at most
	 * `perTile` points in a tile (0 for a sparse dataset; see map/density.ts).
	 */
	denseFrom: (perTile: number) => number;
};

/** A layer spec without its source, per layer type (a plain Omit would keep only the props all types share). */
type WithoutSource<T> = T extends unknown ? Omit<T, 'source'> & { source?: never } : never;

export type MapLayerDef = {
	slot: Slot;
	/** the layer; its `source` is filled in from the group */
	spec: WithoutSource<LayerSpecification>;
	/** its text is the feature name in the UI language: relabelled on a language switch */
	label?: boolean;
	/** hover and click pick its features (topmost slot first) */
	interactive?: boolean;
	/**
	 * follows the user's filter: 'match' shows only what matches; 'context'
	 * also keeps the planning areas the user chose (their outlines and names)
	 */
	filter?: 'match' | 'context';
	/** also drawn above an online basemap (the data and the zone's outline) */
	overlay?: boolean;
	/** the legend toggle that shows and hides it, when not its group's (names of another group's areas) */
	toggle?: LayerId;
};

/** A legend swatch, drawn from these few properties. */
export type Swatch = {
	shape: 'dot' | 'area' | 'line';
	fill?: string;
	stroke?: string;
	dashed?: boolean;
};

export type LayerGroup = {
	id: string;
	/**
	 * The compiled data file it draws (`index.layers[data]`), which is also
	 * the unit the legend toggles. Without it the group has an empty source
	 * (id = group id) that the app fills (selection ring, analysis results).
	 */
	data?: LayerId;
	/**
	 * features stand for entities: their `id` becomes the MapLibre feature id
	 * (feature-state by entity id; for 'approx', by the id of the area that
	 * draws a coarse entity, see EntityStates)
	 */
	entities?: boolean;
	/** the boundaries source carries the dataset's attributions */
	attribution?: boolean;
	/**
	 * A source of its own (vector tiles, an extra file) from the compiled index,
	 * with URLs resolved against `base` (the data URL); null when the dataset has
	 * none, and then the group's layers are left out of the style.
	 */
	source?: (index: AtlasIndex, base: URL) => SourceSpecification | null;
	/** listed in the legend, in this order, with this swatch; `chains` lists the chain colours under it */
	legend?: { order: number; swatch: Swatch; chains?: boolean };
	layers: (ctx: StyleContext) => MapLayerDef[];
};
