/**
 * Compiles geodata/ into what the browser loads (see atlas.ts): one index with
 * every entity and what can be derived for it ahead of time, and one GeoJSON
 * file per map layer. Pure and deterministic (everything sorted by id), so the
 * output only changes when the data does. Expects files that passed
 * validateGeodata; it throws on what it cannot compile rather than guessing.
 *
 * Coordinates are WGS-84 [lon, lat], rounded to 6 decimals (≈ 0.1 m).
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { pinyin } from 'pinyin-pro';
import { bboxOf } from '../geo/bbox';
import { round6, type LonLat } from '../geo/lonlat';
import { pointInArea } from '../geo/point-in-area';
import { isPinned } from '../geo/position-area';
import { representativePoint } from '../geo/representative-point';
import { approxAreas, areaIdOf, drawnAsArea } from './approx-areas';
import {
	CONTEXT_KINDS,
	LAYER_IDS,
	type Station,
	type AtlasEntity,
	type AtlasIndex,
	type BoundaryProps,
	type LayerId,
	type LayerSummary,
	type RenderProps
} from './atlas';
import { roadTimeProperty } from './query';
import { attachRoadAccess, compileRoads, type CompiledRoads } from './build-roads';
import { pathsOf } from './layout';
import { layerTiles, TILE_FROM, TILED_LAYERS } from './layer-tiles';
import { areaLabels } from './area-labels';
import { mapLabel } from './map-label';
import { distinctAttributions, layerSummary } from './summary';
import { FeatureProps, Licence, Organisation, Zone, type Kind } from './schema';

export { roadClass, type CompiledRoads } from './build-roads';

export type CompiledAtlas = {
	index: AtlasIndex;
	layers: Record<LayerId, FeatureCollection>;
	/** the road network to tile, when geodata/ has one */
	roads: CompiledRoads | null;
};

/** Kinds drawn as a marker in 'facilities'; 'hub'/'landmark' go to 'hubs', 'zone' only as an area. */
const FACILITY_KINDS: readonly Kind[] = ['park', 'enterprise', 'project', 'institution', 'lab'];

type Area = Polygon | MultiPolygon;
type SourceFeature = { id: string; props: FeatureProps; geometry: Geometry };
type Boundary = { props: BoundaryProps; geometry: Area };

/** Build options: from how many features a layer is served as vector tiles (data/entity-tiles.ts). */
export type BuildOptions = { tileFrom?: number };

export function buildAtlas(
	files: Record<string, unknown>,
	{ tileFrom = TILE_FROM }: BuildOptions = {}
): CompiledAtlas {
	const zone = Zone.parse(files['zone.json']);
	const sources = readEntities(files);
	const boundaries = readBoundaries(files);
	const district = boundaries.find((b) => b.props.id === zone.district_id);
	if (!district)
		throw new Error(`zone.json district_id "${zone.district_id}" is not in boundaries/`);

	const zoneAreas = sources.filter((s) => s.props.kind === 'zone' && isArea(s.geometry));
	const entities = sources.map((s) => deriveEntity(s, zoneAreas, boundaries));
	const geometryOf = new Map(sources.map((s) => [s.id, s.geometry]));
	const metro = collection(basemapOf(files, (p) => p.type === 'line' || p.type === 'station'));
	// road access first: the entity layers carry each entity's road times
	const roads = compileRoads(files, district.geometry);
	const stations = stationsOf(metro);
	if (roads) attachRoadAccess(roads.router, entities, zone.hubs, stations);

	const layers: Record<LayerId, FeatureCollection> = {
		boundaries: collection(boundaries.map((b) => ({ props: b.props, geometry: b.geometry }))),
		water: collection(basemapOf(files, (p) => p.type === 'river' || p.type === 'lake')),
		metro,
		zones: entityLayer(entities, 'zones', (e) => geometryOf.get(e.id)!),
		parks: entityLayer(entities, 'parks', (e) => geometryOf.get(e.id)!),
		approx: approxAreas(
			entities.filter((e) => e.layers.includes('approx')),
			zone,
			district.geometry
		) as FeatureCollection,
		hubs: entityLayer(entities, 'hubs', (e) => ({ type: 'Point', coordinates: e.point })),
		facilities: entityLayer(entities, 'facilities', (e) => ({
			type: 'Point',
			coordinates: e.point
		}))
	};

	const index: AtlasIndex = {
		zone,
		bbox: bboxOf(district.geometry).map(round6) as AtlasIndex['bbox'],
		attributions: attributionsOf(files),
		entities,
		districts: Object.fromEntries(
			boundaries.map((b) => [
				b.props.id,
				{ id: b.props.id, name_zh: b.props.name_zh, name_en: b.props.name_en }
			])
		),
		organisations: readOrganisations(files),
		layers: Object.fromEntries(
			LAYER_IDS.map((id) => [id, layerSummary(id, layers[id])])
		) as AtlasIndex['layers']
	};
	index.layers.approx = approxSummary(layers.approx);
	for (const id of TILED_LAYERS) {
		if (layers[id].features.length >= tileFrom)
			index.layers[id].tiles = layerTiles(id, layers[id], index.bbox);
	}
	index.labels = areaLabels(boundaries, layers.water, entities);
	if (roads) {
		index.roads = roads.index;
		if (stations.length) index.stations = Object.fromEntries(stations.map((s) => [s.id, s]));
	}
	return { index, layers, roads };
}

export { areaLabels } from './area-labels';
export { distinctAttributions, layerSummary } from './summary';

/* ------------------------------------------------------------------ inputs */

const byId =
	<T>(id: (t: T) => string) =>
	(a: T, b: T) =>
		id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0;

function featuresOf(
	files: Record<string, unknown>,
	role: 'features' | 'boundaries' | 'basemap'
): Feature[] {
	return pathsOf(files, role).flatMap((path) => (files[path] as FeatureCollection).features);
}

/** Entity features with the schema's defaults filled in (aliases, facts, outside_zone…). */
function readEntities(files: Record<string, unknown>): SourceFeature[] {
	return featuresOf(files, 'features')
		.map((f) => {
			const props = FeatureProps.parse(f.properties);
			if (!f.geometry) throw new Error(`${props.id}: feature without geometry`);
			return { id: props.id, props, geometry: f.geometry };
		})
		.sort(byId((s) => s.id));
}

function readBoundaries(files: Record<string, unknown>): Boundary[] {
	return featuresOf(files, 'boundaries')
		.map((f) => {
			const { id, name_zh, name_en, role } = f.properties as BoundaryProps;
			return { props: { id, name_zh, name_en, role }, geometry: f.geometry as Area };
		})
		.sort(byId((b) => b.props.id));
}

function readOrganisations(files: Record<string, unknown>) {
	const raw = files['organisations.json'] as { organisations?: unknown[] } | undefined;
	return (raw?.organisations ?? []).map((o) => Organisation.parse(o)).sort(byId((o) => o.id));
}

/** Basemap features of a type, properties copied as they are. */
function basemapOf(
	files: Record<string, unknown>,
	keep: (props: Record<string, unknown>) => boolean
) {
	return featuresOf(files, 'basemap')
		.filter((f) => keep(f.properties ?? {}))
		.map((f) => ({ props: { ...(f.properties ?? {}) } as { id: string }, geometry: f.geometry }))
		.sort(byId((f) => f.props.id));
}

/** Each file's attribution once, in file order (the licences require them on the map). */
function attributionsOf(files: Record<string, unknown>): string[] {
	const paths = [
		...pathsOf(files, 'features'),
		...pathsOf(files, 'organisations'),
		...pathsOf(files, 'boundaries'),
		...pathsOf(files, 'basemap')
	];
	const lines = paths.flatMap((path) => {
		const meta = Licence.safeParse((files[path] as { meta?: unknown }).meta);
		return meta.success ? [meta.data.attribution] : [];
	});
	return distinctAttributions(lines);
}

/* ------------------------------------------------------------- derivations */

const isArea = (g: Geometry): g is Area => g.type === 'Polygon' || g.type === 'MultiPolygon';

function deriveEntity(
	source: SourceFeature,
	zoneAreas: SourceFeature[],
	boundaries: Boundary[]
): AtlasEntity {
	const { props, geometry } = source;
	const point = representativePoint(geometry).map(round6) as LonLat;
	const areas = zoneAreas
		.filter((z) => z.id !== props.id && pointInArea(point, z.geometry as Area))
		.map((z) => z.id);
	const district = boundaries.find((b) => pointInArea(point, b.geometry))?.props.id ?? null;
	return {
		...props,
		point,
		layers: layersOf(props.kind, geometry, props.position.accuracy_m),
		...(drawnAsArea(props, geometry.type === 'Point') && { area: areaIdOf(props) }),
		areas,
		district,
		search: searchKeys([props.name_zh, ...props.aliases.filter(hasHan)])
	};
}

/**
 * Layers from kind, geometry and accuracy (never from id), in drawing order: a
 * point too coarse for a pin is drawn in 'approx', as the area it may lie in.
 */
export function layersOf(kind: Kind, geometry: Geometry, accuracyMetres = 0): LayerId[] {
	const layers = new Set<LayerId>();
	const area = isArea(geometry);
	if (kind !== 'zone' && !area && !isPinned(accuracyMetres)) {
		layers.add('approx');
	} else if (kind === 'zone') {
		if (area) layers.add('zones');
	} else if (CONTEXT_KINDS.includes(kind)) {
		layers.add('hubs');
	} else if (FACILITY_KINDS.includes(kind)) {
		if (area) layers.add('parks');
		layers.add('facilities');
	}
	return LAYER_IDS.filter((id) => layers.has(id));
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const hasHan = (s: string) => HAN.test(s);

/**
 * Search keys with pinyin-pro: per name, toneless syllables separated by
 * spaces ('jing dong fang') and their first letters ('jdf'); names joined by
 * ' | '. Runs of Latin letters or digits ('TCL', '199') stay one token, whole,
 * in both keys; punctuation is dropped. ü is written 'v', as typed.
 */
export function searchKeys(names: readonly string[]): AtlasEntity['search'] {
	const perName = names.map((name) => {
		const tokens = pinyin(name, {
			type: 'all',
			toneType: 'none',
			v: true,
			nonZh: 'consecutive'
		}).flatMap((t) => {
			const syllable = (t.isZh ? t.pinyin : t.origin)
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, ' ')
				.trim();
			if (!syllable) return [];
			return syllable.split(' ').map((s) => ({ syllable: s, initial: t.isZh ? s[0]! : s }));
		});
		return {
			pinyin: tokens.map((t) => t.syllable).join(' '),
			initials: tokens.map((t) => t.initial).join('')
		};
	});
	return {
		pinyin: perName.map((n) => n.pinyin).join(' | '),
		initials: perName.map((n) => n.initials).join(' | ')
	};
}

/** Flat scalar properties for MapLibre expressions (atlas.ts RenderProps). */
export function renderProps(e: AtlasEntity): RenderProps {
	return {
		id: e.id,
		name_zh: e.name_zh,
		name_en: e.name_en,
		label_zh: mapLabel(e.name_zh),
		label_en: mapLabel(e.name_en),
		kind: e.kind,
		chain: e.chain ?? '',
		status: e.status,
		approx: e.position.method !== 'sourced',
		accuracy_m: e.position.accuracy_m,
		areas: e.areas.length ? `|${e.areas.join('|')}|` : '',
		district: e.district ?? '',
		...Object.fromEntries(
			Object.entries(e.road ?? {}).map(([role, a]) => [roadTimeProperty(role), a.s])
		)
	};
}

/* ------------------------------------------------------------------ output */

/** The approx layer in areas and the sites drawn in them (for the legend). */
function approxSummary(fc: FeatureCollection): LayerSummary {
	const areas = fc.features.filter((f) => f.properties?.role === 'area');
	const sites = areas.reduce((n, f) => n + (f.properties?.count as number), 0);
	return {
		file: 'approx.geojson',
		count: areas.length,
		parts: { area: areas.length, site: sites }
	};
}

function entityLayer(
	entities: AtlasEntity[],
	layer: LayerId,
	geometryOf: (e: AtlasEntity) => Geometry
) {
	return collection(
		entities
			.filter((e) => e.layers.includes(layer))
			.map((e) => ({ props: renderProps(e), geometry: geometryOf(e) }))
	);
}

/**
 * A FeatureCollection whose features carry a numeric top-level id (their
 * index: MapLibre's feature-state needs numbers) and the string id in
 * properties.id; coordinates rounded to 6 decimals.
 */
function collection(items: { props: object; geometry: Geometry | null }[]): FeatureCollection {
	// a null geometry (allowed by RFC 7946 for basemap rows) is dropped: nothing to draw
	return {
		type: 'FeatureCollection',
		features: items
			.flatMap((item) => (item.geometry ? [{ ...item, geometry: item.geometry }] : []))
			.map(({ props, geometry }, i) => ({
				type: 'Feature',
				id: i,
				properties: { ...props },
				geometry: roundGeometry(geometry)
			}))
	};
}

function roundGeometry(g: Geometry): Geometry {
	const round = (c: unknown): unknown =>
		Array.isArray(c) ? c.map(round) : typeof c === 'number' ? round6(c) : c;
	if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(roundGeometry) };
	return { ...g, coordinates: round(g.coordinates) } as Geometry;
}

/** The metro stations of the basemap, sorted by id. */
function stationsOf(metro: FeatureCollection): Station[] {
	return metro.features
		.filter((f) => f.properties?.type === 'station' && f.geometry.type === 'Point')
		.map((f) => {
			const p = f.properties as { id: string; name_zh: string; name_en: string };
			const [lon, lat] = (f.geometry as Point).coordinates as LonLat;
			return { id: p.id, name_zh: p.name_zh, name_en: p.name_en, point: [lon, lat] as LonLat };
		})
		.sort((a, b) => a.id.localeCompare(b.id));
}
