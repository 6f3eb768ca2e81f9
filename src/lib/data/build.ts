/**
 * Compiles geodata/ into what the browser loads (see atlas.ts): one index with
 * every entity and what can be derived for it ahead of time, and one GeoJSON
 * file per map layer. Pure and deterministic (everything sorted by id), so the
 * output only changes when the data does. Expects files that passed
 * validateGeodata; it throws on what it cannot compile rather than guessing.
 *
 * Coordinates are WGS-84 [lon, lat], rounded to 6 decimals (≈ 0.1 m).
 */
import type {
	Feature,
	FeatureCollection,
	Geometry,
	LineString,
	MultiPolygon,
	Polygon
} from 'geojson';
import { pinyin } from 'pinyin-pro';
import { bboxOf } from '../geo/bbox';
import { coverageGaps } from '../geo/coverage';
import { round6, type LonLat } from '../geo/lonlat';
import { pointInArea } from '../geo/point-in-area';
import { representativePoint } from '../geo/representative-point';
import {
	LAYER_IDS,
	ROAD_DRAW_CLASSES,
	type RoadDrawClass,
	type RoadTileProps,
	type RoadsIndex,
	type AtlasEntity,
	type AtlasIndex,
	type BoundaryProps,
	type LayerId,
	type RenderProps
} from './atlas';
import { pathsOf } from './layout';
import { areaLabels } from './area-labels';
import { mapLabel } from './map-label';
import { distinctAttributions, layerSummary } from './summary';
import { FeatureProps, Licence, Organisation, Zone, type Kind, type RoadProps } from './schema';

export type CompiledAtlas = {
	index: AtlasIndex;
	layers: Record<LayerId, FeatureCollection>;
	/** the road network to tile, when geodata/ has one */
	roads: CompiledRoads | null;
};

/** Kinds drawn as a marker in 'facilities'; 'hub'/'landmark' go to 'hubs', 'zone' only as an area. */
const FACILITY_KINDS: readonly Kind[] = ['park', 'enterprise', 'project', 'institution', 'lab'];
const HUB_KINDS: readonly Kind[] = ['hub', 'landmark'];

type Area = Polygon | MultiPolygon;
type SourceFeature = { id: string; props: FeatureProps; geometry: Geometry };
type Boundary = { props: BoundaryProps; geometry: Area };

export function buildAtlas(files: Record<string, unknown>): CompiledAtlas {
	const zone = Zone.parse(files['zone.json']);
	const sources = readEntities(files);
	const boundaries = readBoundaries(files);
	const district = boundaries.find((b) => b.props.id === zone.district_id);
	if (!district)
		throw new Error(`zone.json district_id "${zone.district_id}" is not in boundaries/`);

	const zoneAreas = sources.filter((s) => s.props.kind === 'zone' && isArea(s.geometry));
	const entities = sources.map((s) => deriveEntity(s, zoneAreas, boundaries));
	const geometryOf = new Map(sources.map((s) => [s.id, s.geometry]));

	const layers: Record<LayerId, FeatureCollection> = {
		boundaries: collection(boundaries.map((b) => ({ props: b.props, geometry: b.geometry }))),
		water: collection(basemapOf(files, (p) => p.type === 'river' || p.type === 'lake')),
		metro: collection(basemapOf(files, (p) => p.type === 'line' || p.type === 'station')),
		zones: entityLayer(entities, 'zones', (e) => geometryOf.get(e.id)!),
		parks: entityLayer(entities, 'parks', (e) => geometryOf.get(e.id)!),
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
	index.labels = areaLabels(boundaries, layers.water, entities);
	const roads = compileRoads(files, district.geometry);
	if (roads) index.roads = roads.index;
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
		layers: layersOf(props.kind, geometry),
		areas,
		district,
		search: searchKeys([props.name_zh, ...props.aliases.filter(hasHan)])
	};
}

/** Layers from kind and geometry (never from id), in drawing order. */
export function layersOf(kind: Kind, geometry: Geometry): LayerId[] {
	const layers = new Set<LayerId>();
	const area = isArea(geometry);
	if (kind === 'zone') {
		if (area) layers.add('zones');
	} else if (HUB_KINDS.includes(kind)) {
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
		district: e.district ?? ''
	};
}

/* ------------------------------------------------------------------ output */

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

/* ------------------------------------------------------------------- roads */

/** Zoom range of the road tiles: the whole zone at 8, streets at 14 (overzoomed beyond). */
export const ROAD_TILE_ZOOMS = { min: 8, max: 14 } as const;

/** The drawn class of an OSM `highway` value and whether it is a ramp (`_link`). */
export function roadClass(highway: string): RoadTileProps {
	const ramp = highway.endsWith('_link');
	const base = highway.replace(/_link$/, '');
	const major = (ROAD_DRAW_CLASSES as readonly string[]).includes(base) && base !== 'minor';
	return { class: major ? (base as RoadDrawClass) : 'minor', ramp };
}

/** The label of the "no road data" areas, in every language the data has names in. */
const NO_ROAD_DATA = { name_zh: '无道路数据', name_en: 'No road data' };

export type CompiledRoads = {
	/** what the road tiles are cut from: geometry and drawn class only */
	edges: FeatureCollection<LineString, RoadTileProps>;
	/** the zone's parts the network does not cover */
	gaps: FeatureCollection;
	index: RoadsIndex;
};

/** The road network of geodata/roads/, ready for tiling, or null when there is none. */
export function compileRoads(
	files: Record<string, unknown>,
	district: Polygon | MultiPolygon
): CompiledRoads | null {
	const paths = pathsOf(files, 'roads');
	if (!paths.length) return null;
	const collections = paths.map((p) => files[p] as FeatureCollection & { meta: Licence });
	const edges = collections.flatMap((fc) => fc.features) as Feature<LineString, RoadProps>[];
	const lines = edges.map((f) => f.geometry.coordinates);
	const gaps = coverageGaps(lines, district);
	const bounds = bboxOf({ type: 'MultiLineString', coordinates: lines }).map(
		round6
	) as RoadsIndex['bounds'];
	return {
		edges: {
			type: 'FeatureCollection',
			features: edges.map((f) => ({
				type: 'Feature',
				properties: roadClass(f.properties.highway),
				geometry: f.geometry
			}))
		},
		gaps: gapLayer(gaps),
		index: {
			tiles: 'roads/{z}/{x}/{y}.pbf',
			layer: 'roads',
			minzoom: ROAD_TILE_ZOOMS.min,
			maxzoom: ROAD_TILE_ZOOMS.max,
			bounds,
			attribution: [...new Set(collections.map((fc) => fc.meta.attribution))].join(' · '),
			edges: edges.length,
			gaps: 'road-gaps.geojson'
		}
	};
}

/**
 * The gaps as one MultiPolygon (drawn as one seamless tint) and a few label
 * points, at the centres of the largest gaps and at least ~5 km apart, so the
 * note is said once per region, not once per grid row.
 */
function gapLayer(gaps: Feature<Polygon | MultiPolygon>[]): FeatureCollection {
	const polygons = gaps.flatMap((g) =>
		g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates
	);
	if (!polygons.length) return { type: 'FeatureCollection', features: [] };
	const sized = gaps
		.map((g) => {
			const [w, s, e, n] = bboxOf(g.geometry);
			return { centre: [(w + e) / 2, (s + n) / 2] as LonLat, size: (e - w) * (n - s), g };
		})
		.sort((a, b) => b.size - a.size);
	const labels: LonLat[] = [];
	for (const { centre, g } of sized) {
		if (labels.length >= 6) break;
		if (!pointInArea(centre, g.geometry)) continue;
		if (labels.some((l) => Math.hypot(l[0] - centre[0], l[1] - centre[1]) < 0.05)) continue;
		labels.push(centre.map(round6) as LonLat);
	}
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { ...NO_ROAD_DATA },
				geometry: { type: 'MultiPolygon', coordinates: polygons }
			},
			...labels.map((p): Feature => ({
				type: 'Feature',
				properties: { ...NO_ROAD_DATA },
				geometry: { type: 'Point', coordinates: p }
			}))
		]
	};
}
