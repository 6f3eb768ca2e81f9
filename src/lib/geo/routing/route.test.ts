import { describe, expect, it } from 'vitest';
import { compileRoadGraph } from './graph';
import { RoadRouter } from './route';
import { CONNECTOR_SPEED_KMH, JUNCTION_PENALTY_S, travelSeconds } from './speeds';
import { AT, FIXTURE, T, U } from './testing';

const router = new RoadRouter(compileRoadGraph(FIXTURE));
const walk = (m: number) => travelSeconds(m, CONNECTOR_SPEED_KMH);

describe('RoadRouter.route on the hand-made fixture', () => {
	it('takes the one-junction detour by C when it is faster than the short way', () => {
		const r = router.route(AT.A, AT.B);
		if (!r.reachable) throw new Error('unreachable');
		expect(r.length_m).toBeCloseTo(10 * U, 3); // not the 8U residential road
		expect(r.time_s).toBeCloseTo(2 * T + JUNCTION_PENALTY_S, 3); // 85.06 s, not 160.12 s
		expect(r.network.junctions).toBe(1);
		expect(r.path.coordinates).toEqual([AT.A, AT.C, AT.B]);
		expect(r.offNetwork).toEqual({ from_m: 0, to_m: 0 });
	});

	it('passes shape nodes without a penalty and returns the same time both ways', () => {
		const there = router.route(AT.A, AT.E);
		const back = router.route(AT.E, AT.A);
		if (!there.reachable || !back.reachable) throw new Error('unreachable');
		expect(there.length_m).toBeCloseTo(12 * U, 3);
		expect(there.time_s).toBeCloseTo(4 * T + JUNCTION_PENALTY_S, 3); // 165.12 s, C only
		expect(back.time_s).toBeCloseTo(there.time_s, 9);
		expect(back.path.coordinates).toEqual([...there.path.coordinates].reverse());
	});

	it('reports a disconnected component as unreachable', () => {
		const r = router.route(AT.A, AT.G);
		expect(r.reachable).toBe(false);
		expect(r.offNetwork).toEqual({ from_m: 0, to_m: 0 });
	});

	it('counts the connector of a point off the network at the connector speed', () => {
		// 1U south of the A–B road, 3U from A: it joins at (0.003, 0) and goes by A and C
		const r = router.route([0.003, -0.001], AT.D);
		if (!r.reachable) throw new Error('unreachable');
		expect(r.offNetwork.from_m).toBeCloseTo(U, 3);
		expect(r.connectors.from.length_m).toBeCloseTo(U, 3);
		expect(r.connectors.from.time_s).toBeCloseTo(walk(U), 3); // 26.69 s at 15 km/h
		expect(r.connectors.from.line.coordinates).toEqual([
			[0.003, -0.001],
			[0.003, 0]
		]);
		expect(r.network.length_m).toBeCloseTo(3 * U + 5 * U + 3 * U, 3);
		expect(r.network.time_s).toBeCloseTo((3 * U * 3.6) / 20 + 2 * T + JUNCTION_PENALTY_S, 3);
		expect(r.length_m).toBeCloseTo(12 * U, 3);
		expect(r.time_s).toBeCloseTo(walk(U) + r.network.time_s, 9);
		expect(r.path.coordinates).toEqual([[0.003, -0.001], [0.003, 0], AT.A, AT.C, AT.D]);
	});

	it('counts the connectors at a speed the caller states', () => {
		const r = router.route([0.003, -0.001], AT.D, { connectorSpeedKmh: 20 });
		if (!r.reachable) throw new Error('unreachable');
		expect(r.connectors.from.time_s).toBeCloseTo((U * 3.6) / 20, 6);
	});

	it('reaches a destination beyond the network by its nearest point plus a straight leg', () => {
		const far: [number, number] = [0.006, 0.03]; // 22U north of E, the nearest network point
		const r = router.route(AT.A, far);
		if (!r.reachable) throw new Error('unreachable');
		expect(r.offNetwork.to_m).toBeCloseTo(22 * U, 3);
		expect(r.connectors.to.line.coordinates).toEqual([AT.E, far]);
		expect(r.time_s).toBeCloseTo(4 * T + JUNCTION_PENALTY_S + walk(22 * U), 3);
		expect(r.path.coordinates.at(-1)).toEqual(far);
	});

	it('goes straight along an edge between two points on it', () => {
		const r = router.route([0.002, -0.001], [0.006, -0.001]);
		if (!r.reachable) throw new Error('unreachable');
		expect(r.network.length_m).toBeCloseTo(4 * U, 3);
		expect(r.network.junctions).toBe(0);
		expect(r.time_s).toBeCloseTo(2 * walk(U) + (4 * U * 3.6) / 20, 3);
	});

	it('gives a zero route from a node to itself, and leaves no temporary node behind', () => {
		const r = router.route(AT.C, AT.C);
		if (!r.reachable) throw new Error('unreachable');
		expect([r.length_m, r.time_s]).toEqual([0, 0]);
		const again = router.route([0.003, -0.001], AT.D);
		expect(again).toEqual(router.route([0.003, -0.001], AT.D));
	});
});
