/**
 * The fastest road route between two points: each point joins the network at
 * its nearest road by a straight connector (counted at CONNECTOR_SPEED_KMH), and
 * the network part is ngraph.path's NBA* (bidirectional A*, exact) over the
 * routing graph by travel time: on the real network it is about twice as fast
 * as its one-way A* (routing.bench.ts).
 *
 * A point mid-edge becomes a temporary node linked to the edge's two ends
 * (removed after the search), so a route can start or end partway along a
 * road. A destination beyond the data's coverage is reached at its nearest
 * network point plus a straight final leg: `offNetwork.to_m` says how long.
 */
import createGraph, { type Graph, type Link, type NodeId } from 'ngraph.graph';
import { nba, type PathFinder } from 'ngraph.path';
import type { LineString } from 'geojson';
import { round6, type LonLat } from '../lonlat';
import type { RoadGraph } from './graph';
import { RoadSnapIndex, type Snap } from './snap';
import { CONNECTOR_SPEED_KMH, JUNCTION_PENALTY_S, speedKmhOf, travelSeconds } from './speeds';

export type RouteOptions = {
	/** km/h on the straight connectors (default CONNECTOR_SPEED_KMH) */
	connectorSpeedKmh?: number;
};

/** A straight leg between a point and the network point it snapped to. */
export type Connector = { line: LineString; length_m: number; time_s: number };

type RouteEnds = {
	connectors: { from: Connector; to: Connector };
	/** the connector lengths: a long `to_m` means the destination is beyond the road data */
	offNetwork: { from_m: number; to_m: number };
};

export type RouteResult =
	| ({ reachable: false } & RouteEnds)
	| ({
			reachable: true;
			/** metres and seconds in all, connectors included */
			length_m: number;
			time_s: number;
			/** from the start point to the end point, connectors included, WGS-84, 6 decimals */
			path: LineString;
			/** the part on the road network, and the junctions it passed */
			network: { length_m: number; time_s: number; junctions: number };
	  } & RouteEnds);

type LinkData = { length_m: number; time_s: number; weight: number };
const FROM = 'from';
const TO = 'to';

export class RoadRouter {
	readonly graph: RoadGraph;
	readonly #snap: RoadSnapIndex;
	readonly #ngraph: Graph<null, LinkData>;
	readonly #finder: PathFinder<null>;
	/** positions of the temporary nodes of the search under way */
	readonly #temporary = new Map<NodeId, LonLat>();

	constructor(graph: RoadGraph) {
		this.graph = graph;
		this.#snap = new RoadSnapIndex(graph);
		this.#ngraph = createGraph<null, LinkData>();
		for (let i = 0; i < graph.nodeCount; i++) this.#ngraph.addNode(i, null);
		for (let e = 0; e < graph.edgeCount; e++) {
			const [a, b] = [graph.edgeFrom[e]!, graph.edgeTo[e]!];
			this.#addLink(a, b, graph.edgeLength_m[e]!, graph.edgeTime_s[e]!);
		}
		// NBA* stays exact with an estimate never above the true time: the straight
		// line at the graph's fastest class speed (0.999: rounding on a degree grid)
		const fastest_ms = Math.max(...graph.classes.map(speedKmhOf)) / 3.6;
		this.#finder = nba(this.#ngraph, {
			distance: (_a, _b, link) => link.data.weight,
			heuristic: (a, b) => (0.999 * haversine_m(this.#at(a.id), this.#at(b.id))) / fastest_ms
		});
	}

	/** The nearest point of the network to `point`. */
	snap(point: LonLat): Snap {
		return this.#snap.nearest(point);
	}

	#at(id: NodeId): LonLat {
		if (typeof id === 'number') return [this.graph.lon[id]!, this.graph.lat[id]!];
		return this.#temporary.get(id)!;
	}

	/** Half the junction penalty at each end, so a pass through a junction costs it once whatever the direction. */
	#addLink(a: NodeId, b: NodeId, length_m: number, time_s: number) {
		const half = (id: NodeId) =>
			typeof id === 'number' && this.graph.junction[id] ? JUNCTION_PENALTY_S / 2 : 0;
		this.#ngraph.addLink(a, b, { length_m, time_s, weight: time_s + half(a) + half(b) });
	}

	/** The fastest route from `from` to `to`, both WGS-84 [lon, lat]. */
	route(from: LonLat, to: LonLat, opts: RouteOptions = {}): RouteResult {
		const speed = opts.connectorSpeedKmh ?? CONNECTOR_SPEED_KMH;
		const [sa, sb] = [this.snap(from), this.snap(to)];
		const connectors = {
			from: connector(from, sa.at, sa.distance_m, speed),
			to: connector(sb.at, to, sb.distance_m, speed)
		};
		const ends: RouteEnds = {
			connectors,
			offNetwork: { from_m: sa.distance_m, to_m: sb.distance_m }
		};
		const g = this.graph;
		if (g.component[g.edgeFrom[sa.edge]!] !== g.component[g.edgeFrom[sb.edge]!]) {
			return { reachable: false, ...ends };
		}
		try {
			const start = this.#enter(FROM, sa);
			const end = this.#enter(TO, sb);
			if (start === FROM && end === TO && sa.edge === sb.edge) {
				const share = Math.abs(sa.t - sb.t);
				this.#addLink(FROM, TO, share * g.edgeLength_m[sa.edge]!, share * g.edgeTime_s[sa.edge]!);
			}
			const ids = start === end ? [start] : this.#finder.find(start, end).map((n) => n.id);
			if (ids.length === 0) return { reachable: false, ...ends };
			ids.reverse(); // ngraph.path lists the path from its end
			const network = this.#walk(ids);
			const coords = [from, ...ids.map((id) => this.#at(id)), to];
			return {
				reachable: true,
				length_m: connectors.from.length_m + network.length_m + connectors.to.length_m,
				time_s: connectors.from.time_s + network.time_s + connectors.to.time_s,
				path: lineOf(coords),
				network,
				...ends
			};
		} finally {
			for (const id of this.#temporary.keys()) this.#ngraph.removeNode(id);
			this.#temporary.clear();
		}
	}

	/** The node a route enters the network by: an edge end, or a temporary node mid-edge. */
	#enter(id: string, s: Snap): NodeId {
		const g = this.graph;
		if (s.t === 0) return g.edgeFrom[s.edge]!;
		if (s.t === 1) return g.edgeTo[s.edge]!;
		this.#temporary.set(id, s.at);
		const [len, time] = [g.edgeLength_m[s.edge]!, g.edgeTime_s[s.edge]!];
		this.#addLink(id, g.edgeFrom[s.edge]!, s.t * len, s.t * time);
		this.#addLink(id, g.edgeTo[s.edge]!, (1 - s.t) * len, (1 - s.t) * time);
		return id;
	}

	/** Length, time and junctions of a node path, start first. */
	#walk(ids: NodeId[]) {
		let length_m = 0;
		let time_s = 0;
		let junctions = 0;
		for (let k = 1; k < ids.length; k++) {
			const [a, b] = [ids[k - 1]!, ids[k]!];
			const link = (this.#ngraph.getLink(a, b) ?? this.#ngraph.getLink(b, a)) as Link<LinkData>;
			length_m += link.data.length_m;
			time_s += link.data.time_s;
			if (k < ids.length - 1 && typeof b === 'number' && this.graph.junction[b]) junctions++;
		}
		return { length_m, time_s: time_s + junctions * JUNCTION_PENALTY_S, junctions };
	}
}

function connector(a: LonLat, b: LonLat, length_m: number, speedKmh: number): Connector {
	return { line: lineOf([a, b]), length_m, time_s: travelSeconds(length_m, speedKmh) };
}

/** A LineString rounded to 6 decimals without repeated positions (a zero connector adds none). */
function lineOf(coords: readonly LonLat[]): LineString {
	const out: LonLat[] = [];
	for (const [lon, lat] of coords) {
		const p: LonLat = [round6(lon), round6(lat)];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	if (out.length === 1) out.push([...out[0]!]);
	return { type: 'LineString', coordinates: out };
}

/** Haversine metres on Turf's sphere, inlined for the A* estimate (called per visited node). */
function haversine_m(a: LonLat, b: LonLat): number {
	const rad = Math.PI / 180;
	const dLat = (b[1] - a[1]) * rad;
	const dLon = (b[0] - a[0]) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371008.8 * Math.asin(Math.sqrt(Math.min(1, h)));
}
