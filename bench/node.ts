/**
 * Node figures: each operation of the app (its real modules) beside a naive
 * baseline doing the same task on the same data in the same process, in
 * alternating rounds (the order flips each round), median per query of N
 * rounds. Index builds are reported on their own rows, never folded into a
 * query. Input: a directory written by the geodata build (atlas.json, graph).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import circle from '@turf/circle';
import distance from '@turf/distance';
import { distance as greatCircleKm } from 'geokdbush';
import KDBush from 'kdbush';
import type { Polygon } from 'geojson';
import type { AtlasEntity, AtlasIndex } from '../src/lib/data/atlas';
import { withDetails } from '../src/lib/server/details';
import { FilterColumns } from '../src/lib/data/columns';
import { emptyFilter, facetCounts, type Filter } from '../src/lib/data/query';
import { EntitySearch } from '../src/lib/data/search';
import type { LonLat } from '../src/lib/geo/lonlat';
import { pointInArea } from '../src/lib/geo/point-in-area';
import { ProximityIndex } from '../src/lib/geo/proximity';
import { decodeRoadGraph } from '../src/lib/geo/routing/codec';
import { searchByTime } from '../src/lib/geo/routing/dijkstra';
import { isochrone } from '../src/lib/geo/routing/isochrone';
import { RoadRouter } from '../src/lib/geo/routing/route';
import { zoneDistanceMatrix } from '../src/lib/geo/zone-distance';
import { rng } from './synthetic';

export type NodeRow = {
	task: string;
	app: string;
	baseline: string;
	/** median ms per query (per build for index rows) */
	app_ms: number;
	baseline_ms: number | null;
	/** baseline_ms / app_ms: how many times faster the app is */
	speedup: number | null;
	/** whether app and baseline gave the same answer on every query */
	same_answer: boolean | null;
	rounds: number;
	queries: number;
};

const now = () => performance.now();

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs app and baseline over the same queries, alternating which goes first, median ms per query. */
function sideBySide<Q, R>(
	rounds: number,
	queries: readonly Q[],
	app: (q: Q) => R,
	baseline: (q: Q) => R,
	same: (a: R, b: R) => boolean
): { app_ms: number; baseline_ms: number; same_answer: boolean } {
	const a: number[] = [];
	const b: number[] = [];
	let agree = true;
	// one warm-up pass of each, which also checks the answers agree
	for (const q of queries) agree &&= same(app(q), baseline(q));
	const pass = (fn: (q: Q) => R, into: number[]) => {
		const t = now();
		for (const q of queries) fn(q);
		into.push((now() - t) / queries.length);
	};
	for (let r = 0; r < rounds; r++) {
		if (r % 2 === 0) {
			pass(app, a);
			pass(baseline, b);
		} else {
			pass(baseline, b);
			pass(app, a);
		}
	}
	return { app_ms: median(a), baseline_ms: median(b), same_answer: agree };
}

function alone(rounds: number, fn: () => unknown, warmUp = true): number {
	if (warmUp) fn();
	const xs: number[] = [];
	for (let r = 0; r < rounds; r++) {
		const t = now();
		fn();
		xs.push(now() - t);
	}
	return median(xs);
}

const idsEqual = (a: string[], b: string[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);

export function loadBuilt(dir: string): { index: AtlasIndex; graph?: Uint8Array } {
	const index = withDetails(
		JSON.parse(readFileSync(path.join(dir, 'atlas.json'), 'utf8')) as AtlasIndex,
		dir
	);
	const graph = index.roads ? readFileSync(path.join(dir, index.roads.graph)) : undefined;
	return { index, graph };
}

/** The figures that depend on the number of facilities. */
export function datasetFigures(index: AtlasIndex, rounds: number): NodeRow[] {
	const entities = index.entities;
	const pts = entities.map((e) => e.point);
	const [w, s, e, n] = index.bbox;
	const r = rng(42);
	const queryPoints = Array.from({ length: 50 }, (): LonLat => [
		w + r() * (e - w),
		s + r() * (n - s)
	]);
	const rows: NodeRow[] = [];
	const row = (
		task: string,
		app: string,
		baseline: string,
		m: { app_ms: number; baseline_ms: number | null; same_answer: boolean | null },
		queries: number
	) =>
		rows.push({
			task,
			app,
			baseline,
			...m,
			speedup: m.baseline_ms === null ? null : m.baseline_ms / m.app_ms,
			rounds,
			queries
		});

	// ---- index builds, on their own rows
	let proximity!: ProximityIndex<AtlasEntity>;
	row(
		'index build: proximity',
		'new ProximityIndex (kdbush)',
		'–',
		{
			app_ms: alone(rounds, () => (proximity = new ProximityIndex(entities, (x) => x.point))),
			baseline_ms: null,
			same_answer: null
		},
		1
	);
	let columns!: FilterColumns;
	row(
		'index build: filter columns',
		'new FilterColumns (a bitset per facet value)',
		'–',
		{
			app_ms: alone(rounds, () => (columns = new FilterColumns(entities))),
			baseline_ms: null,
			same_answer: null
		},
		1
	);
	let search!: EntitySearch;
	row(
		'index build: search',
		'new EntitySearch (MiniSearch + pinyin keys)',
		'–',
		{
			// seconds at 100k: three builds (one without a warm-up) say enough
			app_ms: alone(
				entities.length > 20_000 ? 1 : 3,
				() => (search = new EntitySearch(entities)),
				entities.length <= 20_000
			),
			baseline_ms: null,
			same_answer: null
		},
		1
	);
	const tree = new KDBush(pts.length);
	for (const [lon, lat] of pts) tree.add(lon, lat);
	tree.finish();

	// the same distance function on both sides: geokdbush's great-circle km
	const scan = (q: LonLat) => pts.map((p, i) => ({ i, d: greatCircleKm(q[0], q[1], p[0], p[1]) }));
	const byDistance = (x: { i: number; d: number }, y: { i: number; d: number }) =>
		x.d - y.d || x.i - y.i;
	const distances = (xs: { distance_m: number }[]) => xs.map((x) => x.distance_m.toFixed(3));

	row(
		'nearest 10',
		'ProximityIndex.nearest(p, 10)',
		'scan all, great-circle distance, sort, top 10',
		sideBySide(
			rounds,
			queryPoints,
			(q) => distances(proximity.nearest(q, 10)),
			(q) =>
				scan(q)
					.sort(byDistance)
					.slice(0, 10)
					.map((x) => (x.d * 1000).toFixed(3)),
			idsEqual
		),
		queryPoints.length
	);
	row(
		'radius 2 km',
		'ProximityIndex.within(p, 2000)',
		'scan all, great-circle distance ≤ 2 km, sort',
		sideBySide(
			rounds,
			queryPoints,
			(q) => distances(proximity.within(q, 2000)),
			(q) =>
				scan(q)
					.filter((x) => x.d <= 2)
					.sort(byDistance)
					.map((x) => (x.d * 1000).toFixed(3)),
			idsEqual
		),
		queryPoints.length
	);

	const polygons = queryPoints
		.slice(0, 20)
		.map((q) => circle(q, 3, { units: 'kilometers', steps: 64 }).geometry as Polygon);
	const bboxOfRing = (g: Polygon) => {
		const xs = g.coordinates[0]!.map((c) => c[0]!);
		const ys = g.coordinates[0]!.map((c) => c[1]!);
		return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
	};
	row(
		'polygon membership (3 km circle, 64 vertices)',
		'kdbush range on the bbox + pointInArea (the app’s test)',
		'pointInArea on every point',
		sideBySide(
			rounds,
			polygons,
			(g) =>
				tree
					.range(...bboxOfRing(g))
					.filter((i) => pointInArea(pts[i]!, g))
					.sort((a, b) => a - b),
			(g) => pts.flatMap((p, i) => (pointInArea(p, g) ? [i] : [])),
			(a, b) => a.length === b.length && a.every((x, i) => x === b[i])
		),
		polygons.length
	);

	const chains = index.zone.chains.map((c) => c.id);
	const filters: Filter[] = chains.map((c, i) => ({
		...emptyFilter(),
		chains: [c],
		statuses: ['operating', 'planned', 'under-construction'].slice(0, 1 + (i % 3)),
		kinds: ['enterprise']
	}));
	row(
		'combined filter (chain × status × kind)',
		'FilterColumns.select (ORs and ANDs of bitsets)',
		'Array.filter with the same three tests inline',
		sideBySide(
			rounds,
			filters,
			(f) => columns.select(f).entities.map((x) => x.id),
			(f) =>
				entities
					.filter(
						(x) =>
							f.chains.includes(x.chain ?? '') &&
							f.statuses.includes(x.status) &&
							f.kinds.includes(x.kind)
					)
					.map((x) => x.id),
			idsEqual
		),
		filters.length
	);

	row(
		'facet counts (every option of every facet beside the others)',
		'FilterColumns.counts (a popcount per option)',
		'facetCounts (query.ts: every entity against each facet’s filter)',
		sideBySide(
			rounds,
			filters,
			(f) => countsText(columns.counts(f)),
			(f) => countsText(facetCounts(entities, f)),
			(a, b) => a === b
		),
		filters.length
	);

	// queries taken from the data itself: a Chinese alias, a Latin word prefix, two letters (one Latin letter is not searched: MIN_LATIN_QUERY)
	const sample = entities[Math.floor(entities.length / 2)]!;
	const queries = [
		sample.aliases[0] ?? sample.name_zh.slice(0, 2),
		sample.name_en.split(/\s+/)[0]!.slice(0, 4).toLowerCase(),
		sample.name_en.slice(0, 2).toLowerCase()
	];
	const haystack = entities.map((x) =>
		[x.name_zh, x.name_en, ...x.aliases, x.search.pinyin, x.search.initials]
			.join('\u0000')
			.toLowerCase()
	);
	row(
		`search, top 8 (${queries.map((q) => `"${q}"`).join(', ')})`, // table.ts keys rows on the start
		'EntitySearch.search(q, 8) (MiniSearch, prefix + fuzzy, ranked)',
		'substring scan of names, aliases and pinyin, first 8 by id',
		{
			...sideBySide(
				Math.min(rounds, 5),
				queries,
				(q) => search.search(q, 8).length,
				(q) => {
					const lq = q.toLowerCase();
					const hits: number[] = [];
					for (let i = 0; i < haystack.length; i++) if (haystack[i]!.includes(lq)) hits.push(i);
					return hits.sort((a, b) => entities[a]!.id.localeCompare(entities[b]!.id)).slice(0, 8)
						.length;
				},
				// the two rank differently; they agree when both fill (or both miss) the top 8
				(a, b) => a === b
			)
		},
		queries.length
	);
	return rows;
}

/** Figures independent of the number of facilities: 50 zones, one route, one isochrone. */
export function fixedFigures(
	index: AtlasIndex,
	graphBytes: Uint8Array | undefined,
	rounds: number
): NodeRow[] {
	const rows: NodeRow[] = [];
	const [w, s, e, n] = index.bbox;
	const r = rng(7);
	const at = (): LonLat => [w + r() * (e - w), s + r() * (n - s)];
	const areas = Array.from(
		{ length: 50 },
		() => circle(at(), 0.2 + r() * 0.8, { units: 'kilometers', steps: 32 }).geometry as Polygon
	);
	const naiveMatrix = (gs: Polygon[]) =>
		gs.map((a, i) =>
			gs.map((b, j) => {
				if (i === j) return 0;
				// any vertex inside the other: they touch or overlap
				if (a.coordinates[0]!.some((p) => pointInArea(p as LonLat, b))) return 0;
				if (b.coordinates[0]!.some((p) => pointInArea(p as LonLat, a))) return 0;
				let best = Infinity;
				for (const p of a.coordinates[0]!)
					for (const q of b.coordinates[0]!)
						best = Math.min(best, distance(p, q, { units: 'meters' }));
				return best;
			})
		);
	const m = sideBySide(
		Math.min(rounds, 5),
		[areas],
		(gs) => zoneDistanceMatrix(gs),
		naiveMatrix,
		// the baseline measures vertex to vertex, so it is never shorter than the true gap
		(a, b) => a.every((row, i) => row.every((d, j) => d <= b[i]![j]! + 0.5))
	);
	rows.push({
		task: '50×50 zone distance matrix',
		app: 'zoneDistanceMatrix (segment to segment, box pruning, n(n−1)/2)',
		baseline: 'every ordered pair, vertex to vertex with Turf distance',
		...m,
		speedup: m.baseline_ms / m.app_ms,
		rounds: Math.min(rounds, 5),
		queries: 1
	});
	if (!graphBytes) return rows;

	const router = new RoadRouter(decodeRoadGraph(graphBytes));
	const g = router.graph;
	// two far-apart points of the network's own extent (no place known here)
	const [bw, bs, be, bn] = index.roads!.bounds;
	const from: LonLat = [bw + (be - bw) * 0.25, bs + (bn - bs) * 0.3];
	const to: LonLat = [bw + (be - bw) * 0.75, bs + (bn - bs) * 0.7];
	const a = g.edgeFrom[router.snap(from).edge]!;
	const b = g.edgeFrom[router.snap(to).edge]!;
	const route = sideBySide(
		rounds,
		[0],
		() => router.route(from, to).reachable,
		() =>
			Number.isFinite(
				searchByTime(g, [{ node: a, time_s: 0, startsHere: true }], { target: b }).arrival_s[b]!
			),
		(x, y) => x === y
	);
	rows.push({
		task: 'one road route (across the network)',
		app: 'RoadRouter.route (NBA*, snapping, connectors, path)',
		baseline: 'plain Dijkstra on the typed arrays, same two nodes, no path',
		...route,
		speedup: route.baseline_ms / route.app_ms,
		rounds,
		queries: 1
	});
	const origin: LonLat = [(bw + be) / 2, (bs + bn) / 2];
	const o = g.edgeFrom[router.snap(origin).edge]!;
	const iso = sideBySide(
		rounds,
		[0],
		() => isochrone(router, origin, { minutes: [15], polygons: false }).bands[0]!.nodes.length,
		() => {
			const all = searchByTime(g, [{ node: o, time_s: 0, startsHere: true }]);
			let k = 0;
			for (const t of all.arrival_s) if (t <= 15 * 60) k++;
			return k;
		},
		// the app adds the connector time from the origin to the road: never more nodes
		(x, y) => x <= y && x > 0
	);
	rows.push({
		task: 'one isochrone, 15 min (nodes)',
		app: 'isochrone(…, { polygons: false }) (bounded Dijkstra)',
		baseline: 'Dijkstra over the whole network, then ≤ 15 min',
		...iso,
		speedup: iso.baseline_ms / iso.app_ms,
		rounds,
		queries: 1
	});
	rows.push({
		task: 'one isochrone, 15 min, with its area',
		app: 'isochrone(…, { minutes: [15] }) (nodes + contour polygon)',
		baseline: '–',
		app_ms: alone(rounds, () => isochrone(router, origin, { minutes: [15] })),
		baseline_ms: null,
		speedup: null,
		same_answer: null,
		rounds,
		queries: 1
	});
	return rows;
}

/** Facet counts as comparable text (facets, then options sorted). */
function countsText(counts: Record<string, Map<string, number>>): string {
	return JSON.stringify(
		Object.entries(counts).map(([facet, m]) => [
			facet,
			[...m].sort(([a], [b]) => a.localeCompare(b))
		])
	);
}
