/**
 * Isochrones: from one point, the network nodes reachable within each time
 * budget, from one bounded Dijkstra for all budgets (see dijkstra.ts), and an
 * area per budget (see isochrone-area.ts), nested and around the origin.
 */
import type { MultiPolygon } from 'geojson';
import type { LonLat } from '../lonlat';
import { isochroneAreas } from './isochrone-area';
import { reachAt, reachFrom, type Reach } from './reach';
import type { RoadRouter } from './route';
import type { Snap } from './snap';
import { CONNECTOR_SPEED_KMH } from './speeds';

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
	/** the search behind the bands, for times to any point (isochroneSecondsTo) */
	reach: Reach;
};

export function isochrone(
	router: RoadRouter,
	origin: LonLat,
	opts: IsochroneOptions = {}
): Isochrone {
	const minutes = [...(opts.minutes ?? ISOCHRONE_MINUTES)].sort((a, b) => a - b);
	const speed = opts.connectorSpeedKmh ?? CONNECTOR_SPEED_KMH;
	const last = minutes[minutes.length - 1] ?? 0;
	const reach = reachFrom(router, [origin], { connectorSpeedKmh: speed, maxTime_s: last * 60 });
	const { arrival_s, settled } = reach;
	let count = 0;
	const bands = minutes.map((m): IsochroneBand => {
		while (count < settled.length && arrival_s[settled[count]!]! <= m * 60) count++;
		return { minutes: m, nodes: settled.slice(0, count) };
	});
	if (opts.polygons !== false) {
		const budgets = minutes.map((m) => m * 60);
		const walk_ms = speed / 3.6;
		const areas = isochroneAreas(router.graph, origin, arrival_s, settled, budgets, walk_ms);
		bands.forEach((band, k) => (band.area = areas[k]));
	}
	return { origin, snap: reach.snaps[0]!, arrival_s, connectorSpeedKmh: speed, bands, reach };
}

/**
 * Seconds from an isochrone's origin to any point: its nearest road reached
 * from the nearer end of that edge, plus its own connector; so "which sites
 * are within 15 min" is exact rather than a point-in-polygon test. Infinity
 * when the point's road is not reached within the largest budget.
 */
export function isochroneSecondsTo(router: RoadRouter, iso: Isochrone, point: LonLat): number {
	return reachAt(router, iso.reach, point)?.time_s ?? Infinity;
}
