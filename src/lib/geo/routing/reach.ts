/**
 * One-to-many road times: one Dijkstra from one or more origins (a hub, or
 * every metro station at once) gives the time and road length from the
 * nearest origin to every node, and from there to any point by its own
 * nearest road. The build uses it for every site's time to every hub (a few
 * searches, however many sites), isochrones use it for their bands.
 *
 * The figures are those of RoadRouter.route between the point and its nearest
 * origin: the same connectors, speeds and junction penalties (the graph is
 * two-way, so origin → point and point → origin take the same time).
 */
import type { LonLat } from '../lonlat';
import { searchByTime, type SearchSeed } from './dijkstra';
import type { RoadGraph } from './graph';
import type { Snap } from './snap';
import { CONNECTOR_SPEED_KMH, JUNCTION_PENALTY_S, travelSeconds } from './speeds';

/** What reach needs of a router: the graph and its nearest-road lookup. */
export type Snapper = { readonly graph: RoadGraph; snap(point: LonLat): Snap };

export type ReachOptions = {
	/** km/h on the connectors, the origins' and every queried point's (default CONNECTOR_SPEED_KMH) */
	connectorSpeedKmh?: number;
	/** settle nothing later than this (seconds); default: the whole network */
	maxTime_s?: number;
};

export type Reach = {
	origins: readonly LonLat[];
	/** where each origin joins the network */
	snaps: Snap[];
	/** seconds from the nearest origin to each node (Infinity: not reached) */
	arrival_s: Float64Array;
	/** road metres along that fastest way, connector included */
	length_m: Float64Array;
	/** index (into `origins`) of the origin each node is reached from, -1 when not reached */
	from: Int32Array;
	/** reached nodes by arrival time */
	settled: Uint32Array;
	connectorSpeedKmh: number;
	/** nodes an origin starts on (no junction penalty to leave them) */
	starts: ReadonlySet<number>;
};

/** The time and road length from the nearest origin to a point, and which origin. */
export type ReachAt = {
	time_s: number;
	length_m: number;
	from: number;
	/** metres of the point's own straight connector to its nearest road */
	connector_m: number;
};

export function reachFrom(
	router: Snapper,
	origins: readonly LonLat[],
	opts: ReachOptions = {}
): Reach {
	const g = router.graph;
	const speed = opts.connectorSpeedKmh ?? CONNECTOR_SPEED_KMH;
	const snaps = origins.map((o) => router.snap(o));
	const seeds: (SearchSeed & { length_m: number; from: number })[] = [];
	snaps.forEach((s, from) => {
		const c = travelSeconds(s.distance_m, speed);
		const [a, b] = [g.edgeFrom[s.edge]!, g.edgeTo[s.edge]!];
		const [len, time] = [g.edgeLength_m[s.edge]!, g.edgeTime_s[s.edge]!];
		if (s.t === 0 || s.t === 1) {
			const node = s.t === 0 ? a : b;
			seeds.push({ node, time_s: c, startsHere: true, length_m: s.distance_m, from });
		} else {
			seeds.push({ node: a, time_s: c + s.t * time, length_m: s.distance_m + s.t * len, from });
			seeds.push({
				node: b,
				time_s: c + (1 - s.t) * time,
				length_m: s.distance_m + (1 - s.t) * len,
				from
			});
		}
	});
	const { arrival_s, viaEdge, settled } = searchByTime(g, seeds, { maxTime_s: opts.maxTime_s });
	// the seed a node was started from: the first with its arrival time, as searchByTime keeps
	const seedOf = new Map<number, (typeof seeds)[number]>();
	for (const s of seeds) {
		const kept = seedOf.get(s.node);
		if (!kept || s.time_s < kept.time_s) seedOf.set(s.node, s);
	}
	const length_m = new Float64Array(g.nodeCount).fill(Infinity);
	const from = new Int32Array(g.nodeCount).fill(-1);
	for (const x of settled) {
		const e = viaEdge[x]!;
		if (e < 0) {
			const seed = seedOf.get(x)!;
			length_m[x] = seed.length_m;
			from[x] = seed.from;
		} else {
			const parent = g.edgeFrom[e] === x ? g.edgeTo[e]! : g.edgeFrom[e]!;
			length_m[x] = length_m[parent]! + g.edgeLength_m[e]!;
			from[x] = from[parent]!;
		}
	}
	const starts = new Set(seeds.filter((s) => s.startsHere).map((s) => s.node));
	return {
		origins,
		snaps,
		arrival_s,
		length_m,
		from,
		settled,
		connectorSpeedKmh: speed,
		starts
	};
}

/**
 * Time and length from the nearest origin to `point`: its nearest road
 * reached from the better end of that edge (or along it, when an origin is on
 * the same edge), plus its own connector. Null when no origin reaches it
 * (another component, or past `maxTime_s`).
 */
export function reachAt(router: Snapper, reach: Reach, point: LonLat): ReachAt | null {
	const g = router.graph;
	const s = router.snap(point);
	const [len, time] = [g.edgeLength_m[s.edge]!, g.edgeTime_s[s.edge]!];
	const pass = (n: number) => (g.junction[n] && !reach.starts.has(n) ? JUNCTION_PENALTY_S : 0);
	let best: { time_s: number; length_m: number; from: number } | null = null;
	const offer = (time_s: number, length_m: number, from: number) => {
		if (from < 0 || !Number.isFinite(time_s)) return;
		if (!best || time_s < best.time_s) best = { time_s, length_m, from };
	};
	const [a, b] = [g.edgeFrom[s.edge]!, g.edgeTo[s.edge]!];
	offer(
		reach.arrival_s[a]! + (s.t > 0 ? pass(a) : 0) + s.t * time,
		reach.length_m[a]! + s.t * len,
		reach.from[a]!
	);
	offer(
		reach.arrival_s[b]! + (s.t < 1 ? pass(b) : 0) + (1 - s.t) * time,
		reach.length_m[b]! + (1 - s.t) * len,
		reach.from[b]!
	);
	reach.snaps.forEach((o, from) => {
		if (o.edge !== s.edge) return;
		const share = Math.abs(o.t - s.t);
		offer(
			travelSeconds(o.distance_m, reach.connectorSpeedKmh) + share * time,
			o.distance_m + share * len,
			from
		);
	});
	if (!best) return null;
	const found = best as { time_s: number; length_m: number; from: number };
	return {
		time_s: found.time_s + travelSeconds(s.distance_m, reach.connectorSpeedKmh),
		length_m: found.length_m + s.distance_m,
		from: found.from,
		connector_m: s.distance_m
	};
}
