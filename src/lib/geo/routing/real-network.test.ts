/**
 * The routing core on the real reference roads of western Wuhan (34,397 OSM
 * edges). The file lives in shared/ beside the checkout, not in it: without
 * it these tests are skipped, and say why in their name.
 */
import distance from '@turf/distance';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LonLat } from '../lonlat';
import { decodeRoadGraph, encodeRoadGraph } from './codec';
import { searchByTime } from './dijkstra';
import { compileRoadGraph, type RoadGraph } from './graph';
import { isochrone, isochroneSecondsTo } from './isochrone';
import { RoadRouter } from './route';
import { expectNestedAroundOrigin, readRealRoads, REAL_ROADS_PATH, rng } from './testing';

const roads = readRealRoads();
const title = roads
	? 'routing on the real roads of western Wuhan'
	: `routing on the real roads (SKIPPED: reference file not found at ${REAL_ROADS_PATH})`;

/** Places named in the roads README: the NetSec base east gate 2, the rail container terminal estimate. */
const NETSEC_GATE: LonLat = [114.1329, 30.6751];
const RAIL_TERMINAL: LonLat = [114.1148, 30.647];

describe.skipIf(!roads)(title, () => {
	let graph: RoadGraph;
	let router: RoadRouter;
	let main: number[];

	beforeAll(() => {
		graph = compileRoadGraph(roads!);
		router = new RoadRouter(graph);
		const sizes = new Map<number, number>();
		for (const c of graph.component) sizes.set(c, (sizes.get(c) ?? 0) + 1);
		const biggest = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
		main = [...graph.component.keys()].filter((i) => graph.component[i] === biggest);
	});

	it('compiles every end into one node and survives the codec unchanged', () => {
		expect(graph.nodeCount).toBe(30658);
		expect(graph.edgeCount).toBe(34397 - 3); // 3 parallel pairs collapse to the faster
		expect(main.length).toBe(30226);
		const bytes = encodeRoadGraph(graph);
		expect(bytes.length).toBeLessThan(600_000);
		expect(decodeRoadGraph(bytes)).toEqual(graph);
	});

	it('never routes shorter than the straight line, and as fast as a plain Dijkstra (50 seeded pairs)', () => {
		const random = rng(20_24);
		for (let k = 0; k < 50; k++) {
			const a = main[Math.floor(random() * main.length)]!;
			const b = main[Math.floor(random() * main.length)]!;
			const pa: LonLat = [graph.lon[a]!, graph.lat[a]!];
			const pb: LonLat = [graph.lon[b]!, graph.lat[b]!];
			const r = router.route(pa, pb);
			if (!r.reachable) throw new Error(`pair ${k} unreachable`);
			const straight = distance(pa, pb, { units: 'meters' });
			expect(r.length_m, `pair ${k}`).toBeGreaterThanOrEqual(straight - 1e-6);
			expect(r.offNetwork.from_m + r.offNetwork.to_m).toBe(0);
			// the library's A* finds the optimum the baseline finds
			const plain = searchByTime(graph, [{ node: a, time_s: 0, startsHere: true }], { target: b });
			expect(r.time_s, `pair ${k}`).toBeCloseTo(plain.arrival_s[b]!, 6);
		}
	});

	it('reports the connector of a site off the road and of a destination beyond coverage', () => {
		const airportSide: LonLat = [114.2, 30.78]; // north of the data's ~30.74° N edge
		const r = router.route(NETSEC_GATE, airportSide);
		if (!r.reachable) throw new Error('unreachable');
		expect(r.offNetwork.from_m).toBeLessThan(10); // 2 m in the README
		expect(r.offNetwork.to_m).toBeGreaterThan(1000);
		expect(r.length_m).toBeGreaterThanOrEqual(
			distance(NETSEC_GATE, airportSide, { units: 'meters' })
		);
	});

	it('makes nested isochrone bands, each holding its origin', () => {
		for (const origin of [NETSEC_GATE, RAIL_TERMINAL]) {
			const iso = isochrone(router, origin);
			expect(iso.bands.map((b) => b.minutes)).toEqual([5, 10, 15, 20, 30]);
			expect(iso.bands[4]!.nodes.length).toBeGreaterThan(iso.bands[0]!.nodes.length);
			expectNestedAroundOrigin(iso);
			// a point's time from the isochrone agrees with its route
			const r = router.route(origin, NETSEC_GATE === origin ? RAIL_TERMINAL : NETSEC_GATE);
			if (!r.reachable) throw new Error('unreachable');
			const to = r.path.coordinates.at(-1) as LonLat;
			expect(isochroneSecondsTo(router, iso, to)).toBeCloseTo(r.time_s, 6);
		}
	});
});
