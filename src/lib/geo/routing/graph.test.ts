import { describe, expect, it } from 'vitest';
import { decodeRoadGraph, encodeRoadGraph } from './codec';
import { compileRoadGraph, type RoadGraph } from './graph';
import { AT, FIXTURE, T, U } from './testing';

const graph = compileRoadGraph(FIXTURE);

/** The edge between two fixture positions, whichever way it is stored. */
function edgeBetween(g: RoadGraph, p: readonly number[], q: readonly number[]): number {
	const node = (x: readonly number[]) =>
		Array.from(g.lon).findIndex((lon, i) => lon === x[0] && g.lat[i] === x[1]);
	const [a, b] = [node(p), node(q)];
	for (let e = 0; e < g.edgeCount; e++) {
		if ((g.edgeFrom[e] === a && g.edgeTo[e] === b) || (g.edgeFrom[e] === b && g.edgeTo[e] === a)) {
			return e;
		}
	}
	throw new Error(`no edge ${p} – ${q}`);
}

describe('compileRoadGraph', () => {
	it('makes one dense node per position: ends, shape vertices, no self-loop vertex', () => {
		expect(graph.nodeCount).toBe(8); // A B C D S E F G
		expect(graph.edgeCount).toBe(7); // the parallel service edge and the G–G loop are gone
		expect(graph.adjStart.length).toBe(9);
		expect(graph.adjNode.length).toBe(14);
	});

	it('has hand-computed lengths and times by class (a _link ramp at its parent speed)', () => {
		const cases: [keyof typeof AT, keyof typeof AT, number, number][] = [
			['A', 'B', 8 * U, (8 * U * 3.6) / 20],
			['A', 'C', 5 * U, T],
			['C', 'B', 5 * U, T], // primary_link at primary's 50 km/h
			['C', 'D', 3 * U, T], // tertiary kept, the slower parallel service dropped
			['D', 'S', 2 * U, T],
			['S', 'E', 2 * U, T]
		];
		for (const [p, q, length, time] of cases) {
			const e = edgeBetween(graph, AT[p], AT[q]);
			expect(graph.edgeLength_m[e], `${p}–${q} length`).toBeCloseTo(length, 3);
			expect(graph.edgeTime_s[e], `${p}–${q} time`).toBeCloseTo(time, 3);
		}
	});

	it('marks only nodes where three or more edges meet as junctions', () => {
		const junctions = Array.from(graph.junction.keys()).filter((i) => graph.junction[i]);
		expect(junctions.map((i) => [graph.lon[i], graph.lat[i]])).toEqual([AT.C]);
	});

	it('numbers connected components', () => {
		expect(new Set(graph.component).size).toBe(2);
		const idOf = (p: readonly number[]) =>
			graph.component[
				Array.from(graph.lon).findIndex((x, i) => x === p[0] && graph.lat[i] === p[1])
			];
		expect(idOf(AT.A)).toBe(idOf(AT.E));
		expect(idOf(AT.A)).not.toBe(idOf(AT.F));
	});

	it('throws when an edge end disagrees with its node elsewhere', () => {
		const bad = structuredClone(FIXTURE);
		bad.features[1]!.geometry.coordinates[0] = [0.5, 0.5];
		expect(() => compileRoadGraph(bad)).toThrow(/road node A/);
	});
});

describe('encodeRoadGraph / decodeRoadGraph', () => {
	it('round-trips to the same graph', () => {
		const bytes = encodeRoadGraph(graph);
		expect(decodeRoadGraph(bytes)).toEqual(graph);
		// from an ArrayBuffer, and from a misaligned view of one
		expect(decodeRoadGraph(bytes.slice().buffer)).toEqual(graph);
		const shifted = new Uint8Array(bytes.length + 1);
		shifted.set(bytes, 1);
		expect(decodeRoadGraph(shifted.subarray(1))).toEqual(graph);
	});

	it('rejects bytes that are not a road graph', () => {
		const bytes = encodeRoadGraph(graph);
		expect(() => decodeRoadGraph(bytes.subarray(0, 10))).toThrow(/truncated/);
		expect(() => decodeRoadGraph(bytes.subarray(0, bytes.length - 1))).toThrow(/bytes/);
		const wrong = bytes.slice();
		wrong[0] = 0;
		expect(() => decodeRoadGraph(wrong)).toThrow(/magic/);
	});
});
