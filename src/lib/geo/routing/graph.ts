/**
 * The routing graph: road edges (GeoJSON LineStrings with OSM `highway`, `u`,
 * `v`) compiled into dense integer nodes and typed arrays, small enough to ship
 * to a Web Worker (see codec.ts) and fast to walk.
 *
 * Every edge is two-way: the source has no one-way flag (its README says so),
 * so a route may use a carriageway against its direction; the UI says so.
 *
 * Lengths are recomputed as the haversine length of the 6-decimal geometry,
 * the same measure as the app's straight-line distances, so a road distance is
 * never shorter than the straight line printed beside it. The source's
 * `length_m` (ellipsoidal, 0.1 m) differs by less than 0.3 % and is not used.
 */
import distance from '@turf/distance';
import type { FeatureCollection, LineString } from 'geojson';
import { round6 } from '../lonlat';
import { speedKmhOf, travelSeconds } from './speeds';

export type RoadEdgeProperties = {
	/** OSM class, e.g. `primary`, `motorway_link` */
	highway: string;
	/** OSM node ids at the two ends: edges sharing an id meet there */
	u: string | number;
	v: string | number;
	length_m?: number;
};
export type RoadEdges = FeatureCollection<LineString, RoadEdgeProperties>;

/** What is stored and shipped: node positions and the edge list. */
export interface RoadNetwork {
	/** the OSM classes, indexed by `edgeClass` */
	readonly classes: readonly string[];
	/** node positions, WGS-84 degrees rounded to 6 decimals */
	readonly lon: Float64Array;
	readonly lat: Float64Array;
	/** per edge: its two end nodes and its class index */
	readonly edgeFrom: Uint32Array;
	readonly edgeTo: Uint32Array;
	readonly edgeClass: Uint8Array;
}

/** The network with what routing derives from it, rebuilt on load (never stored). */
export interface RoadGraph extends RoadNetwork {
	readonly nodeCount: number;
	readonly edgeCount: number;
	/** per edge, metres and free-flow seconds at the class speed */
	readonly edgeLength_m: Float64Array;
	readonly edgeTime_s: Float64Array;
	/** CSR adjacency, both directions: node i's neighbours are adjNode[adjStart[i] … adjStart[i+1]) */
	readonly adjStart: Uint32Array;
	readonly adjNode: Uint32Array;
	readonly adjEdge: Uint32Array;
	/** 1 where three or more edges meet (a junction penalty applies when passing) */
	readonly junction: Uint8Array;
	/** connected-component id per node: nodes with different ids have no route between them */
	readonly component: Uint32Array;
}

/** Haversine metres between two nodes (Turf's, the app's straight-line measure). */
export function nodeDistance_m(net: RoadNetwork, a: number, b: number): number {
	return distance(
		[net.lon[a] as number, net.lat[a] as number],
		[net.lon[b] as number, net.lat[b] as number],
		{ units: 'meters' }
	);
}

/**
 * Compiles road edges into a graph. A LineString's interior vertices become
 * shape nodes of their own (two edges meet there, no junction), so the graph
 * keeps the drawn geometry; self-loops are dropped and of parallel edges
 * between the same two nodes the faster is kept. Throws on an edge whose end
 * disagrees with the position its node id has elsewhere.
 */
export function compileRoadGraph(edges: RoadEdges): RoadGraph {
	const ends = resolveEndPositions(edges);
	const index = new Map<string, number>();
	const lon: number[] = [];
	const lat: number[] = [];
	const nodeAt = (key: string, at: readonly number[]) => {
		let i = index.get(key);
		if (i === undefined) {
			i = lon.length;
			index.set(key, i);
			lon.push(round6(at[0] as number));
			lat.push(round6(at[1] as number));
		}
		return i;
	};
	const classes: string[] = [];
	const kept = new Map<string, { a: number; b: number; cls: number; time: number }>();
	edges.features.forEach((f, e) => {
		const { highway, u, v } = f.properties;
		const coords = f.geometry.coordinates;
		const n = coords.length;
		if (n < 2 || String(u) === String(v)) return;
		const startsAtU = ends.startsAtU[e];
		let cls = classes.indexOf(highway);
		if (cls < 0) cls = classes.push(highway) - 1;
		const first = nodeAt(`n${startsAtU ? u : v}`, coords[0] as number[]);
		const last = nodeAt(`n${startsAtU ? v : u}`, coords[n - 1] as number[]);
		let prev = first;
		for (let k = 1; k < n; k++) {
			const next = k === n - 1 ? last : nodeAt(`s${e}:${k}`, coords[k] as number[]);
			if (next !== prev) keepFaster(kept, { lon, lat }, prev, next, cls, highway);
			prev = next;
		}
	});
	if (classes.length > 255) throw new Error(`more than 255 road classes (${classes.length})`);
	const list = [...kept.values()];
	return deriveRoadGraph({
		classes,
		lon: Float64Array.from(lon),
		lat: Float64Array.from(lat),
		edgeFrom: Uint32Array.from(list, (x) => x.a),
		edgeTo: Uint32Array.from(list, (x) => x.b),
		edgeClass: Uint8Array.from(list, (x) => x.cls)
	});
}

function keepFaster(
	kept: Map<string, { a: number; b: number; cls: number; time: number }>,
	pos: { lon: number[]; lat: number[] },
	a: number,
	b: number,
	cls: number,
	highway: string
) {
	const length = distance([pos.lon[a]!, pos.lat[a]!], [pos.lon[b]!, pos.lat[b]!], {
		units: 'meters'
	});
	const time = travelSeconds(length, speedKmhOf(highway));
	const key = a < b ? `${a}-${b}` : `${b}-${a}`;
	const old = kept.get(key);
	if (!old || time < old.time) kept.set(key, { a, b, cls, time });
}

/**
 * Which end of each LineString is `u`: the source does not orient geometry
 * from u to v, so a node's position is the end coordinate that every edge
 * naming it shares; a node named by one edge only takes the end its
 * neighbour does not hold.
 */
function resolveEndPositions(edges: RoadEdges): { startsAtU: boolean[] } {
	const key = (c: readonly number[] | undefined) => `${round6(c![0]!)},${round6(c![1]!)}`;
	const endsOf = (e: number) => {
		const c = edges.features[e]!.geometry.coordinates;
		return [key(c[0]), key(c[c.length - 1])] as const;
	};
	const candidates = new Map<string, string[]>();
	edges.features.forEach((f, e) => {
		const [a, b] = endsOf(e);
		for (const id of [String(f.properties.u), String(f.properties.v)]) {
			const had = candidates.get(id);
			const next = had ? had.filter((x) => x === a || x === b) : a === b ? [a] : [a, b];
			if (next.length === 0) throw new Error(`road node ${id}: its edges do not share an end`);
			candidates.set(id, next);
		}
	});
	const startsAtU = edges.features.map((f, e) => {
		const [a, b] = endsOf(e);
		const u = candidates.get(String(f.properties.u))!;
		const v = candidates.get(String(f.properties.v))!;
		if (u.length === 1) return u[0] === a;
		if (v.length === 1) return v[0] === b;
		return true; // an isolated edge: either orientation is the same road
	});
	return { startsAtU };
}

/** Lengths, times, adjacency, junctions and components from a stored network. */
export function deriveRoadGraph(net: RoadNetwork): RoadGraph {
	const nodeCount = net.lon.length;
	const edgeCount = net.edgeFrom.length;
	const edgeLength_m = new Float64Array(edgeCount);
	const edgeTime_s = new Float64Array(edgeCount);
	const degree = new Uint32Array(nodeCount);
	for (let e = 0; e < edgeCount; e++) {
		const a = net.edgeFrom[e]!;
		const b = net.edgeTo[e]!;
		edgeLength_m[e] = nodeDistance_m(net, a, b);
		edgeTime_s[e] = travelSeconds(edgeLength_m[e]!, speedKmhOf(net.classes[net.edgeClass[e]!]!));
		degree[a]!++;
		degree[b]!++;
	}
	const adjStart = new Uint32Array(nodeCount + 1);
	for (let i = 0; i < nodeCount; i++) adjStart[i + 1] = adjStart[i]! + degree[i]!;
	const fill = adjStart.slice(0, nodeCount);
	const adjNode = new Uint32Array(2 * edgeCount);
	const adjEdge = new Uint32Array(2 * edgeCount);
	for (let e = 0; e < edgeCount; e++) {
		const a = net.edgeFrom[e]!;
		const b = net.edgeTo[e]!;
		adjNode[fill[a]!] = b;
		adjEdge[fill[a]!++] = e;
		adjNode[fill[b]!] = a;
		adjEdge[fill[b]!++] = e;
	}
	const junction = Uint8Array.from(degree, (d) => (d >= 3 ? 1 : 0));
	const graph = { ...net, nodeCount, edgeCount, edgeLength_m, edgeTime_s, adjStart, adjNode };
	return { ...graph, adjEdge, junction, component: components(graph) };
}

/** Connected components by breadth-first search, numbered in node order. */
function components(g: { nodeCount: number; adjStart: Uint32Array; adjNode: Uint32Array }) {
	const unseen = 0xffffffff;
	const component = new Uint32Array(g.nodeCount).fill(unseen);
	const queue = new Uint32Array(g.nodeCount);
	let id = 0;
	for (let s = 0; s < g.nodeCount; s++) {
		if (component[s] !== unseen) continue;
		let head = 0;
		let tail = 0;
		queue[tail++] = s;
		component[s] = id;
		while (head < tail) {
			const x = queue[head++]!;
			for (let k = g.adjStart[x]!; k < g.adjStart[x + 1]!; k++) {
				const y = g.adjNode[k]!;
				if (component[y] === unseen) {
					component[y] = id;
					queue[tail++] = y;
				}
			}
		}
		id++;
	}
	return component;
}
