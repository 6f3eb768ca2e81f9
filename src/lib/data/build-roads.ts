/**
 * The road part of the build (see build.ts): the network folded into drawn
 * classes for the tiles, the zone's parts it does not cover, the routing
 * graph the browser's routing worker loads, and every entity's time by road
 * to each hub and to the nearest metro station, from one search per hub
 * (reach.ts), so the access card, the compare rows and the "within N min"
 * filter need no routing in the browser at all.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { bboxOf } from '../geo/bbox';
import { coverageGaps } from '../geo/coverage';
import { round6, type LonLat } from '../geo/lonlat';
import { pointInArea } from '../geo/point-in-area';
import { encodeRoadGraph } from '../geo/routing/codec';
import { compileRoadGraph, type RoadEdges, type RoadGraph } from '../geo/routing/graph';
import { reachAt, reachFrom, type Snapper } from '../geo/routing/reach';
import { RoadSnapIndex } from '../geo/routing/snap';
import {
	NEAREST_STATION,
	ROAD_DRAW_CLASSES,
	type AtlasEntity,
	type RoadAccess,
	type RoadDrawClass,
	type RoadsIndex,
	type RoadTileProps,
	type Station
} from './atlas';
import { pathsOf } from './layout';
import type { Licence, RoadProps } from './schema';

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
	/** the routing graph as bytes (codec.ts), written to `index.graph` */
	graph: Uint8Array;
	/** the graph itself, for the access figures (see roadAccess) */
	router: Snapper;
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
	const graph = compileRoadGraph({ type: 'FeatureCollection', features: edges } as RoadEdges);
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
		graph: encodeRoadGraph(graph),
		router: snapperOf(graph),
		index: {
			tiles: 'roads/{z}/{x}/{y}.pbf',
			layer: 'roads',
			minzoom: ROAD_TILE_ZOOMS.min,
			maxzoom: ROAD_TILE_ZOOMS.max,
			bounds,
			attribution: [...new Set(collections.map((fc) => fc.meta.attribution))].join(' · '),
			edges: edges.length,
			gaps: 'road-gaps.geojson',
			graph: 'roads/graph.bin'
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

function snapperOf(graph: RoadGraph): Snapper {
	const index = new RoadSnapIndex(graph);
	return { graph, snap: (p) => index.nearest(p) };
}

/**
 * Each entity's road access (by hub role, plus NEAREST_STATION for the metro
 * station nearest by road), set on the entities in place. A hub is 0 s from
 * itself; an entity no road reaches gets no figure.
 */
export function attachRoadAccess(
	router: Snapper,
	entities: AtlasEntity[],
	hubs: Record<string, string>,
	stations: readonly Station[]
) {
	const byId = new Map(entities.map((e) => [e.id, e]));
	const targets: { role: string; points: LonLat[]; ids: (string | undefined)[] }[] = [];
	for (const [role, id] of Object.entries(hubs)) {
		const hub = byId.get(id);
		if (hub) targets.push({ role, points: [hub.point], ids: [undefined] });
	}
	if (stations.length) {
		targets.push({
			role: NEAREST_STATION,
			points: stations.map((s) => s.point),
			ids: stations.map((s) => s.id)
		});
	}
	for (const { role, points, ids } of targets) {
		const reach = reachFrom(router, points);
		for (const e of entities) {
			if (hubs[role] === e.id) {
				(e.road ??= {})[role] = { s: 0, m: 0, c: 0, hc: 0 }; // a hub is within any time of itself
				continue;
			}
			const at = reachAt(router, reach, e.point);
			if (!at) continue;
			// whole seconds and metres: the figures' own precision is far coarser
			const access: RoadAccess = {
				s: Math.round(at.time_s),
				m: Math.round(at.length_m),
				c: Math.round(at.connector_m),
				hc: Math.round(reach.snaps[at.from]!.distance_m)
			};
			const to = ids[at.from];
			(e.road ??= {})[role] = to ? { ...access, to } : access;
		}
	}
}
