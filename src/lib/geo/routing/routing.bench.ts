/**
 * `npm run bench`: routing on the full real network of western Wuhan, beside a
 * plain Dijkstra on the same graph and the same pair in the same run, so the
 * ratio (not the machine's speed) is what is read. Targets (issue #10): one
 * route ≤ 30 ms, a 30-minute isochrone ≤ 150 ms. Skipped without the file.
 */
import { bench, describe } from 'vitest';
import type { LonLat } from '../lonlat';
import { decodeRoadGraph, encodeRoadGraph } from './codec';
import { searchByTime } from './dijkstra';
import { compileRoadGraph } from './graph';
import { isochrone } from './isochrone';
import { RoadRouter } from './route';
import { readRealRoads } from './testing';

const roads = readRealRoads();
const graph = roads && compileRoadGraph(roads);
const router = graph && new RoadRouter(graph);
const bytes = graph && encodeRoadGraph(graph);

/** The rail container terminal estimate (roads README) to central Hankou: 22 km, 32 min by road. */
const RAIL_TERMINAL: LonLat = [114.1148, 30.647];
const HANKOU: LonLat = [114.29, 30.6];

describe.skipIf(!router)('one route across the network (rail terminal → Hankou)', () => {
	const g = graph!;
	const [a, b] = [router!.snap(RAIL_TERMINAL), router!.snap(HANKOU)];
	const from = g.edgeFrom[a.edge]!;
	const to = g.edgeFrom[b.edge]!;

	bench('RoadRouter.route (ngraph.path NBA*, snapping, connectors and path included)', () => {
		router!.route(RAIL_TERMINAL, HANKOU);
	});
	bench('baseline: plain Dijkstra on the typed arrays, the same two nodes', () => {
		searchByTime(g, [{ node: from, time_s: 0, startsHere: true }], { target: to });
	});
});

describe.skipIf(!router)('isochrone from the rail terminal', () => {
	bench('30 min: nodes and area', () => {
		isochrone(router!, RAIL_TERMINAL, { minutes: [30] });
	});
	bench('5/10/15/20/30 min: nodes and nested areas', () => {
		isochrone(router!, RAIL_TERMINAL);
	});
	bench('5/10/15/20/30 min: nodes only (the bounded Dijkstra)', () => {
		isochrone(router!, RAIL_TERMINAL, { polygons: false });
	});
});

describe.skipIf(!router)('worker start: the shipped bytes to a ready router', () => {
	bench('decodeRoadGraph + new RoadRouter', () => {
		new RoadRouter(decodeRoadGraph(bytes!));
	});
});
