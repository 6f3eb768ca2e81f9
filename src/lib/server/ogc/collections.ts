/**
 * The OGC API collections, built from the compiled data (static/data/, or
 * build/client/data/ in production): one collection per map layer, plus the
 * road network. Pure: it takes the parsed files and returns plain values.
 *
 * Entity collections (facilities, hubs, parks, zones) are built from the
 * atlas index, so that every entity is in them, also the ones the map draws as
 * an area because their position is coarse (their point is then the area's
 * centre; `accuracy_m` says how far off it may be). Context collections are the
 * layer files as they are. Coordinates are WGS-84 [lon, lat] (CRS84).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AtlasEntity, AtlasIndex } from '../../data/atlas';
import type { LayerSource, LicenceManifest } from '../../data/downloads';
import { KINDS, STATUSES } from '../../data/schema';
import { bboxOf, type BBox } from '../../geo/bbox';

/** The atlas's own filters, as query parameters of /items. */
export const FILTERS = ['chain', 'status', 'kind', 'area'] as const;
export type FilterName = (typeof FILTERS)[number];

export type OgcProperties = Record<string, string | number | boolean | null>;
export type OgcFeature = Feature<Geometry, OgcProperties> & { id: string };

/** A feature with what selection needs: its envelope and its values of each filter. */
export type OgcItem = {
	feature: OgcFeature;
	box: BBox;
	keys: Partial<Record<FilterName, string[]>>;
};

export type OgcCollection = {
	id: string;
	title: string;
	description: string;
	items: OgcItem[];
	/** [west, south, east, north] of all items, or null when there are none */
	extent: BBox | null;
	/** the filters this collection can be queried by */
	filters: readonly FilterName[];
	/** where the data comes from and under which licence (licences.json) */
	sources: LayerSource[];
	/** the compiled file a plain download serves (relative to /data/) */
	file: string;
};

type Definition = {
	id: string;
	title: string;
	description: string;
	/** the compiled file behind it (for entity collections: the map layer's own file) */
	file: string;
} & (
	| { from: 'entities'; keep: (e: AtlasEntity) => boolean; polygons: boolean }
	| { from: 'file'; keep?: (props: Record<string, unknown>) => boolean }
);

const FACILITY_KINDS = ['park', 'enterprise', 'project', 'institution', 'lab'];
const HUB_KINDS = ['hub', 'landmark'];

/** The collections, in the order the API lists them. Titles name kinds of things, never a place. */
export const DEFINITIONS: readonly Definition[] = [
	{
		id: 'facilities',
		title: 'Facilities / 设施',
		description:
			'Parks, enterprises, projects, institutions and labs, one point each. Where no source gives a position the point is its area’s centre: see accuracy_m and drawn_as_area.',
		file: 'facilities.geojson',
		from: 'entities',
		keep: (e) => FACILITY_KINDS.includes(e.kind),
		polygons: false
	},
	{
		id: 'parks',
		title: 'Parks / 园区',
		description: 'Industrial parks with an outline (schematic where accuracy_m is large).',
		file: 'parks.geojson',
		from: 'entities',
		keep: (e) => e.layers.includes('parks'),
		polygons: true
	},
	{
		id: 'zones',
		title: 'Planning areas / 规划片区',
		description: 'Planning areas; their outlines are schematic drawings (see accuracy_m).',
		file: 'zones.geojson',
		from: 'entities',
		keep: (e) => e.kind === 'zone' && e.layers.includes('zones'),
		polygons: true
	},
	{
		id: 'hubs',
		title: 'Hubs and landmarks / 枢纽与地标',
		description: 'Transport hubs, the district seat and landmarks, one point each.',
		file: 'hubs.geojson',
		from: 'entities',
		keep: (e) => HUB_KINDS.includes(e.kind),
		polygons: false
	},
	{
		id: 'approx',
		title: 'Areas of unpublished positions / 位置未公开的范围',
		description:
			'The area each group of sites without a published position may lie in; members lists their ids as |a|b|.',
		file: 'approx.geojson',
		from: 'file',
		keep: (p) => p.role === 'area'
	},
	{
		id: 'boundaries',
		title: 'Districts / 行政区',
		description: 'District boundaries (generalised).',
		file: 'boundaries.geojson',
		from: 'file'
	},
	{
		id: 'water',
		title: 'Rivers and lakes / 水系',
		description: 'Rivers and lakes drawn as context.',
		file: 'water.geojson',
		from: 'file'
	},
	{
		id: 'metro',
		title: 'Metro lines and stations / 地铁线路与车站',
		description: 'Metro lines (schematic, station to station) and stations.',
		file: 'metro.geojson',
		from: 'file'
	},
	{
		id: 'roads',
		title: 'Roads / 道路',
		description:
			'The road network as edges between junctions: highway (OpenStreetMap class), u and v (node ids), length_m.',
		file: 'roads.geojson',
		from: 'file'
	}
];

/** The files a collection is built from (relative to /data/): the index, and a layer file. */
export function filesOf(def: Definition): string[] {
	if (def.from === 'file') return [def.file];
	return def.polygons ? ['atlas.json', def.file] : ['atlas.json'];
}

/** The values each filter accepts, from the data: chains of the zone, schema enums, planning areas. */
export function filterDomains(atlas: AtlasIndex): Record<FilterName, string[]> {
	return {
		chain: atlas.zone.chains.map((c) => c.id),
		status: [...STATUSES],
		kind: [...KINDS],
		area: atlas.entities.filter((e) => e.kind === 'zone').map((e) => e.id)
	};
}

/** Flat properties of an entity: scalars only, so that a GIS can use them as attribute columns. */
export function entityProperties(e: AtlasEntity): OgcProperties {
	const props: OgcProperties = {
		id: e.id,
		name_zh: e.name_zh,
		name_en: e.name_en,
		kind: e.kind,
		chain: e.chain ?? null,
		status: e.status,
		status_year: e.status_year ?? null,
		position_method: e.position.method,
		accuracy_m: e.position.accuracy_m,
		areas: e.areas.join(','),
		district: e.district ?? null,
		drawn_as_area: e.area ?? null,
		summary_zh: e.summary_zh ?? null,
		summary_en: e.summary_en ?? null
	};
	for (const [role, access] of Object.entries(e.road ?? {})) {
		props[`road_${role}_s`] = access.s;
		props[`road_${role}_m`] = access.m;
	}
	return props;
}

const itemOf = (feature: OgcFeature, keys: OgcItem['keys'] = {}): OgcItem | null =>
	feature.geometry ? { feature, box: bboxOf(feature.geometry), keys } : null;

function entityItems(
	def: Extract<Definition, { from: 'entities' }>,
	atlas: AtlasIndex,
	layer: FeatureCollection | undefined
): OgcItem[] {
	const outline = new Map(
		(layer?.features ?? []).map((f) => [String(f.properties?.id), f.geometry])
	);
	return atlas.entities.filter(def.keep).flatMap((e) => {
		const geometry: Geometry | undefined = def.polygons
			? outline.get(e.id)
			: { type: 'Point', coordinates: e.point };
		if (!geometry) return [];
		const item = itemOf(
			{ type: 'Feature', id: e.id, geometry, properties: entityProperties(e) },
			{
				chain: e.chain ? [e.chain] : [],
				status: [e.status],
				kind: [e.kind],
				area: e.areas
			}
		);
		return item ? [item] : [];
	});
}

function fileItems(def: Definition & { from: 'file' }, fc: FeatureCollection): OgcItem[] {
	return fc.features
		.filter((f) => !def.keep || def.keep(f.properties ?? {}))
		.flatMap((f, i) => {
			const properties = { ...(f.properties ?? {}) } as OgcProperties;
			for (const [k, v] of Object.entries(properties)) {
				// arrays (a station's lines) become text: attribute columns hold scalars
				if (v !== null && typeof v === 'object')
					properties[k] = (v as unknown[]).join?.(',') ?? JSON.stringify(v);
			}
			const id = String(properties.id ?? f.id ?? i + 1);
			const item = itemOf({ type: 'Feature', id, geometry: f.geometry, properties });
			return item ? [item] : [];
		});
}

/** Builds one collection from its files (path relative to /data/ → parsed JSON). */
export function buildCollection(
	def: Definition,
	files: Record<string, unknown>,
	licences: LicenceManifest | null
): OgcCollection {
	const items =
		def.from === 'entities'
			? entityItems(def, files['atlas.json'] as AtlasIndex, files[def.file] as FeatureCollection)
			: fileItems(def, files[def.file] as FeatureCollection);
	const extent = items.length
		? items.reduce<BBox>(
				(acc, { box }) => [
					Math.min(acc[0], box[0]),
					Math.min(acc[1], box[1]),
					Math.max(acc[2], box[2]),
					Math.max(acc[3], box[3])
				],
				[Infinity, Infinity, -Infinity, -Infinity]
			)
		: null;
	return {
		id: def.id,
		title: def.title,
		description: def.description,
		items,
		extent,
		filters: def.from === 'entities' ? FILTERS : [],
		sources: licences?.files[def.file] ?? [],
		file: def.file
	};
}
