/**
 * The compiled form of geodata/ that the browser loads from /data/ (written by
 * `npm run geodata:build` into static/data/). The build precomputes everything
 * the browser would otherwise re-derive: area membership, search keys, a point
 * for every entity, flattened render properties.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { LonLat } from '../geo/lonlat';
import type { DetailsSummary } from './details';
import type { EntityParts } from './parts';
import type { EntityKind, FeatureProps, Organisation, Zone } from './schema';

/** Map layers, in drawing order (bottom first). */
export const LAYER_IDS = [
	'boundaries',
	'water',
	'metro',
	'zones',
	'parks',
	'approx',
	'hubs',
	'facilities'
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** One entity with what the build derived for it. */
export type AtlasEntity = Omit<FeatureProps, 'kind'> & {
	kind: EntityKind;
	/** representative point, WGS-84 (the point itself, or a point on the polygon) */
	point: LonLat;
	/**
	 * the map layer(s) that draw it: 'facilities' or 'hubs', plus 'zones'/'parks'
	 * when it has a polygon; 'approx' instead of a pin when its position is too
	 * coarse for one (geo/position-area.ts)
	 */
	layers: LayerId[];
	/** ids of planning-area (kind 'zone') polygons that contain `point` */
	areas: string[];
	/** id of the boundaries feature (district) that contains `point`, or null */
	district: string | null;
	/** the id of the area ('approx' layer) that draws it instead of a pin: its cluster's or its own */
	area?: string;
	/** search keys prepared at build time with pinyin-pro */
	search: { pinyin: string; initials: string };
	/** by road to each hub (by role) and to the nearest metro station (NEAREST_STATION), when geodata/ has roads */
	road?: Record<string, RoadAccess>;
	/** set only on entities the user imported (import/): where they came from */
	user?: UserOrigin;
};

/**
 * Where an imported entity came from: the user layer that holds it, its row in
 * the file (as a spreadsheet numbers it, header = 1; a GeoJSON/KML feature's
 * 1-based index) and the file's own columns, kept as they were.
 */
export type UserOrigin = {
	layer: string;
	row: number;
	props: Record<string, string | number | null>;
};

/** The access role of the metro station nearest by road (beside the zone's hub roles). */
export const NEAREST_STATION = 'metro';

/**
 * Kinds drawn as context ('hubs': airports, terminals, landmarks): the user's
 * filters never hide them, nor the area a coarse one is drawn as.
 */
export const CONTEXT_KINDS: readonly EntityKind[] = ['hub', 'landmark'];

/**
 * The fastest road route from an entity to a hub, computed at build time
 * (routing/reach.ts, speeds.ts): whole seconds and metres, connectors included.
 */
export type RoadAccess = {
	/** seconds */
	s: number;
	/** metres */
	m: number;
	/** metres of the entity's own straight connector to its nearest road */
	c: number;
	/** metres of the hub's straight connector (long: the hub lies beyond the road data) */
	hc: number;
	/** NEAREST_STATION only: the station's id (see AtlasIndex.stations) */
	to?: string;
};

/** A metro station, for the nearest-station access figures. */
export type Station = { id: string; name_zh: string; name_en: string; point: LonLat };

export type AtlasIndex = {
	zone: Zone;
	/** bbox of the zone's own district boundary [west, south, east, north] */
	bbox: [number, number, number, number];
	/** one line per source dataset, shown by the map's attribution control */
	attributions: string[];
	entities: AtlasEntity[];
	/** names of the boundaries features, by id (for the district filter) */
	districts: Record<string, { id: string; name_zh: string; name_en: string }>;
	organisations: Organisation[];
	/** per-layer GeoJSON files, relative to /data/ */
	layers: Record<LayerId, LayerSummary>;
	/**
	 * One name point per district and per lake (inside its largest part), so an
	 * area is named once, not once per part or per tile; a lake that a landmark
	 * already names is left to the landmark.
	 */
	labels?: FeatureCollection<Point, AreaLabelProps>;
	/** the road network as vector tiles, when geodata/ has one (roads/) */
	roads?: RoadsIndex;
	/** metro stations by id (from basemap/), when road access to them was computed */
	stations?: Record<string, Station>;
	/**
	 * Set when the dataset is large: `entities` then leave out what only a
	 * detail panel, a comparison, a report or an export shows (data/details.ts),
	 * and the page loads it from these files on demand.
	 */
	details?: DetailsSummary;
	/**
	 * set when the entities are written in parts beside atlas.json
	 * (data/parts.ts): `entities` is then empty in the file, and the loader
	 * fills it from the parts, in order
	 */
	parts?: EntityParts;
};

/** A compiled layer: its file, how many features it has and, by `type`, what they are. */
export type LayerSummary = {
	file: string;
	count: number;
	/** features by their `type` property (metro: lines and stations), when they have one */
	parts?: Record<string, number>;
	/**
	 * Set when the layer is large (data/layer-tiles.ts): the map draws it from
	 * these vector tiles, never parsing `file` (which stays for downloads and the API).
	 */
	tiles?: LayerTiles;
};

/**
 * A layer cut into vector tiles at build time. The tiles' source layer is
 * named after the layer (LayerId); features keep their RenderProps, the names
 * only from `namesFrom` (below it no label is drawn, see geo/density.ts).
 */
export type LayerTiles = {
	/** tile URL template relative to /data/, e.g. 'facilities/{z}/{x}/{y}.pbf' */
	url: string;
	minzoom: number;
	maxzoom: number;
	/** [west, south, east, north] of the layer's features */
	bounds: [number, number, number, number];
	/** the zoom from which tiles carry the features' names and labels */
	namesFrom: number;
};

/** Road classes as drawn: OSM's `highway` folded into a hierarchy (see build.ts roadClass). */
export const ROAD_DRAW_CLASSES = [
	'motorway',
	'trunk',
	'primary',
	'secondary',
	'tertiary',
	'minor'
] as const;
export type RoadDrawClass = (typeof ROAD_DRAW_CLASSES)[number];

/**
 * The zoom from which each road class is drawn. The tiles leave a class out
 * below it (smaller tiles, a lighter first load) and the style starts it there.
 */
export const ROAD_CLASS_MINZOOM: Record<RoadDrawClass, number> = {
	motorway: 8,
	trunk: 8,
	primary: 9,
	secondary: 11,
	tertiary: 12,
	minor: 13
};

/** Where the compiled road tiles are and what they hold. */
export type RoadsIndex = {
	/** tile URL template relative to /data/, e.g. 'roads/{z}/{x}/{y}.pbf' */
	tiles: string;
	/** the source-layer name inside each tile */
	layer: string;
	minzoom: number;
	maxzoom: number;
	/** [west, south, east, north] of the network */
	bounds: [number, number, number, number];
	attribution: string;
	edges: number;
	/** GeoJSON file (relative to /data/) of the zone's parts with no road data */
	gaps: string;
	/** the routing graph (routing/codec.ts), relative to /data/, for the routing worker */
	graph: string;
};

/** Properties of a road edge in the tiles. */
export type RoadTileProps = { class: RoadDrawClass; ramp: boolean };

/**
 * Properties on features in the per-layer GeoJSON of entity layers (zones,
 * parks, hubs, facilities). Flat scalars only, so MapLibre expressions can
 * filter and style on them. `areas` is '|a|b|' so ['in', '|a|', ['get','areas']] works.
 */
export type RenderProps = {
	id: string;
	name_zh: string;
	name_en: string;
	/** the shorter name a map label shows (data/map-label.ts) */
	label_zh: string;
	label_en: string;
	kind: string;
	/** chain id, or '' when none */
	chain: string;
	status: string;
	/** true unless the position method is 'sourced' */
	approx: boolean;
	accuracy_m: number;
	areas: string;
	district: string;
} & {
	/** seconds by road to each hub role (see AtlasEntity.road), for the reach filter */
	[road: `road_${string}`]: number;
};

/**
 * Properties of the 'approx' layer: the area a coarse position (or a cluster of
 * them) may lie in, as a polygon (role 'area') and a label point ('label').
 */
export type ApproxAreaProps = {
	/** the cluster id, or the entity's own id for a single coarse position */
	id: string;
	role: 'area' | 'label';
	kind: 'cluster' | 'single';
	/** member entity ids as '|a|b|' */
	members: string;
	count: number;
	/** the members' chain when they share one, else '' */
	chain: string;
	chain_zh: string;
	chain_en: string;
	/** the largest accuracy radius of the members, metres */
	accuracy_m: number;
	/** the same as text ('2 km') */
	accuracy: string;
	/** a single position's map label */
	label_zh?: string;
	label_en?: string;
};

/** Properties of an area's name point (AtlasIndex.labels). */
export type AreaLabelProps = {
	id: string;
	name_zh: string;
	name_en: string;
	/** a district ('zone': the atlas's own, 'neighbour') or a lake */
	role: 'zone' | 'neighbour' | 'lake';
};

/** Properties of boundaries.geojson features. */
export type BoundaryProps = {
	id: string;
	name_zh: string;
	name_en: string;
	/** 'zone' for the atlas's own district, 'neighbour' for context */
	role: 'zone' | 'neighbour';
};

/**
 * An entity in a few lines of text, in one language: what a map popup shows.
 * state/describe.ts writes it, map/popup.ts draws it (both may import data/,
 * not each other).
 */
export type EntitySummary = {
	title: string;
	subtitle?: string;
	/** BCP-47 tag of the subtitle (the name in the other language) */
	subtitleLang?: string;
	lines: string[];
	/** a warning line, e.g. "approximate location" */
	note?: string;
	/** CSS colour of the swatch next to the title */
	swatch?: string;
	/** BCP-47 tag of the text */
	lang: string;
};
