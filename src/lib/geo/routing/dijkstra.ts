/**
 * A plain Dijkstra by travel time over the graph's typed arrays, from one or
 * more seeds, stopping at a time budget or at a target. Hand-written because
 * the libraries route one pair at a time and expose no bounded search: an
 * isochrone needs every node within a budget from one search, and the
 * benchmark needs a baseline beside the library's route.
 *
 * Times follow speeds.ts: each edge at its class speed, plus the junction
 * penalty for every junction passed through (not at a start or an end).
 */
import type { RoadGraph } from './graph';
import { JUNCTION_PENALTY_S } from './speeds';

/** Where a search starts: a node reached at `time_s`; `startsHere` when the route begins at it (no penalty to leave). */
export type SearchSeed = { node: number; time_s: number; startsHere?: boolean };

export type SearchOptions = {
	/** settle nothing later than this (seconds) */
	maxTime_s?: number;
	/** stop as soon as this node is settled */
	target?: number;
};

export type SearchResult = {
	/** seconds at which each node is reached (Infinity: not reached) */
	arrival_s: Float64Array;
	/** the edge a node was reached by, -1 for seeds and unreached nodes */
	viaEdge: Int32Array;
	/** reached nodes in the order they were settled, so by arrival time */
	settled: Uint32Array;
};

export function searchByTime(
	graph: RoadGraph,
	seeds: readonly SearchSeed[],
	opts: SearchOptions = {}
): SearchResult {
	const n = graph.nodeCount;
	const maxTime = opts.maxTime_s ?? Infinity;
	const arrival_s = new Float64Array(n).fill(Infinity);
	const viaEdge = new Int32Array(n).fill(-1);
	const done = new Uint8Array(n);
	const free = new Uint8Array(n);
	const settled: number[] = [];
	const heap = new MinHeap();
	for (const s of seeds) {
		if (s.time_s > maxTime || s.time_s >= arrival_s[s.node]!) continue;
		arrival_s[s.node] = s.time_s;
		free[s.node] = s.startsHere ? 1 : 0;
		heap.push(s.node, s.time_s);
	}
	const { adjStart, adjNode, adjEdge, edgeTime_s, junction } = graph;
	while (heap.size > 0) {
		const x = heap.pop();
		if (done[x]) continue; // a stale entry: x was settled earlier by a faster one
		done[x] = 1;
		settled.push(x);
		if (x === opts.target) break;
		const leave = arrival_s[x]! + (junction[x] && !free[x] ? JUNCTION_PENALTY_S : 0);
		for (let k = adjStart[x]!; k < adjStart[x + 1]!; k++) {
			const y = adjNode[k]!;
			const t = leave + edgeTime_s[adjEdge[k]!]!;
			if (t < arrival_s[y]! && t <= maxTime && !done[y]) {
				arrival_s[y] = t;
				viaEdge[y] = adjEdge[k]!;
				heap.push(y, t);
			}
		}
	}
	return { arrival_s, viaEdge, settled: Uint32Array.from(settled) };
}

/** The nodes from a seed to `node` following `viaEdge` back, seed first. */
export function nodesTo(graph: RoadGraph, result: SearchResult, node: number): number[] {
	const path = [node];
	for (let x = node, e = result.viaEdge[x]!; e >= 0; e = result.viaEdge[x]!) {
		x = graph.edgeFrom[e] === x ? graph.edgeTo[e]! : graph.edgeFrom[e]!;
		path.push(x);
	}
	return path.reverse();
}

/** A binary min-heap of (node, key) with lazy deletion: a node may be pushed again with a smaller key. */
class MinHeap {
	#nodes = new Uint32Array(1024);
	#keys = new Float64Array(1024);
	size = 0;

	push(node: number, key: number) {
		if (this.size === this.#nodes.length) {
			const nodes = new Uint32Array(this.size * 2);
			const keys = new Float64Array(this.size * 2);
			nodes.set(this.#nodes);
			keys.set(this.#keys);
			this.#nodes = nodes;
			this.#keys = keys;
		}
		let i = this.size++;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (this.#keys[parent]! <= key) break;
			this.#nodes[i] = this.#nodes[parent]!;
			this.#keys[i] = this.#keys[parent]!;
			i = parent;
		}
		this.#nodes[i] = node;
		this.#keys[i] = key;
	}

	/** Removes and returns the node with the smallest key (the heap must not be empty). */
	pop(): number {
		const top = this.#nodes[0]!;
		const last = --this.size;
		const node = this.#nodes[last]!;
		const key = this.#keys[last]!;
		let i = 0;
		for (;;) {
			let child = 2 * i + 1;
			if (child >= last) break;
			if (child + 1 < last && this.#keys[child + 1]! < this.#keys[child]!) child++;
			if (this.#keys[child]! >= key) break;
			this.#nodes[i] = this.#nodes[child]!;
			this.#keys[i] = this.#keys[child]!;
			i = child;
		}
		this.#nodes[i] = node;
		this.#keys[i] = key;
		return top;
	}
}
