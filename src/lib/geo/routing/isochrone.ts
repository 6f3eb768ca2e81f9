/**
 * Isochrones: from one point, the network nodes reachable within each time
 * budget, from one bounded Dijkstra for all budgets (see dijkstra.ts), and an
 * area per budget (see isochrone-area.ts), nested and around the origin.
 */
import type { MultiPolygon } from 'geojson';
import type { LonLat } from '../lonlat';
import { searchByTime, type SearchSeed } from './dijkstra';
import { isochroneAreas } from './isochrone-area';
import type { RoadRouter } from './route';
import type { Snap } from './snap';
import { CONNECTOR_SPEED_KMH, JUNCTION_PENALTY_S, travelSeconds } from './speeds';

/** The budgets the UI offers, in minutes. */
export const ISOCHRONE_MINUTES: readonly number[] = Object.freeze([5, 10, 15, 20, 30]);

export type IsochroneOptions = {
	/** budgets in minutes, ascending (default ISOCHRONE_MINUTES) */
	minutes?: readonly number[];
	/** km/h on the connector from the origin to its nearest road (default CONNECTOR_SPEED_KMH) */
	connectorSpeedKmh?: number;
	/** false: bands of nodes only, no areas (faster) */
	polygons?: boolean;
};

export type IsochroneBand = {
	minutes: number;
	/** the nodes reached within the budget, by arrival time: each band's list starts with the previous band's */
	nodes: Uint32Array;
	/** the band's area, WGS-84 (absent with `polygons: false`) */
	area?: MultiPolygon;
};

export type Isochrone = {
	origin: LonLat;
	/** where the origin joins the network, and the connector's length */
	snap: Snap;
	/** seconds to each node from the origin (Infinity past the largest budget) */
	arrival_s: Float64Array;
	/** km/h on the connectors, the origin's and any point's it is asked about */
	connectorSpeedKmh: number;
	bands: IsochroneBand[];
};

export function isochrone(
	router: RoadRouter,
	origin: LonLat,
	opts: IsochroneOptions = {}
): Isochrone {
	const minutes = [...(opts.minutes ?? ISOCHRONE_MINUTES)].sort((a, b) => a - b);
	const speed = opts.connectorSpeedKmh ?? CONNECTOR_SPEED_KMH;
	const g = router.graph;
	const snap = router.snap(origin);
	const c = travelSeconds(snap.distance_m, speed);
	const [a, b] = [g.edgeFrom[snap.edge]!, g.edgeTo[snap.edge]!];
	const seeds: SearchSeed[] =
		snap.t === 0 || snap.t === 1
			? [{ node: snap.t === 0 ? a : b, time_s: c, startsHere: true }]
			: [
					{ node: a, time_s: c + snap.t * g.edgeTime_s[snap.edge]! },
					{ node: b, time_s: c + (1 - snap.t) * g.edgeTime_s[snap.edge]! }
				];
	const last = minutes[minutes.length - 1] ?? 0;
	const { arrival_s, settled } = searchByTime(g, seeds, { maxTime_s: last * 60 });
	let count = 0;
	const bands = minutes.map((m): IsochroneBand => {
		while (count < settled.length && arrival_s[settled[count]!]! <= m * 60) count++;
		return { minutes: m, nodes: settled.slice(0, count) };
	});
	if (opts.polygons !== false) {
		const budgets = minutes.map((m) => m * 60);
		const walk_ms = speed / 3.6;
		const areas = isochroneAreas(g, origin, arrival_s, settled, budgets, walk_ms);
		bands.forEach((band, k) => (band.area = areas[k]));
	}
	return { origin, snap, arrival_s, connectorSpeedKmh: speed, bands };
}

/**
 * Seconds from an isochrone's origin to any point: its nearest road reached
 * from the nearer end of that edge, plus its own connector; so "which sites
 * are within 15 min" is exact rather than a point-in-polygon test. Infinity
 * when the point's road is not reached within the largest budget.
 */
export function isochroneSecondsTo(router: RoadRouter, iso: Isochrone, point: LonLat): number {
	const g = router.graph;
	const s = router.snap(point);
	const time = g.edgeTime_s[s.edge]!;
	const o = iso.snap;
	// the origin's own node, when it starts on one, is left without a junction penalty
	const start = o.t === 0 ? g.edgeFrom[o.edge] : o.t === 1 ? g.edgeTo[o.edge] : -1;
	const pass = (n: number) => (g.junction[n] && n !== start ? JUNCTION_PENALTY_S : 0);
	const [a, b] = [g.edgeFrom[s.edge]!, g.edgeTo[s.edge]!];
	const viaEnds = Math.min(
		iso.arrival_s[a]! + (s.t > 0 ? pass(a) : 0) + s.t * time,
		iso.arrival_s[b]! + (s.t < 1 ? pass(b) : 0) + (1 - s.t) * time
	);
	const sameEdge =
		o.edge === s.edge
			? travelSeconds(o.distance_m, iso.connectorSpeedKmh) + Math.abs(o.t - s.t) * time
			: Infinity;
	return Math.min(viaEnds, sameEdge) + travelSeconds(s.distance_m, iso.connectorSpeedKmh);
}
