/**
 * The areas of an isochrone's bands, as contours of one travel-time field.
 *
 * The field gives, on a grid of CELL_M metres, the seconds to reach a point by
 * road and then on foot: the arrival time of a reached node plus a straight
 * walk from it at the connector speed (up to WALK_REACH_M), or a walk from the
 * origin itself. Each band is the area where the field is within its budget,
 * traced by d3-contour's marching squares, so the bands are nested by
 * construction (5 ⊂ 10 ⊂ … ⊂ 30 min), and the origin's grid square is set
 * to zero so it lies inside every band.
 *
 * Why not a concave hull (concaveman): hulls of nested point sets are not
 * nested (on 20 seeded origins of the real network, 29 of 100 bands crossed
 * the band inside them), and uniting each with the previous band (Turf's
 * union, polyclip-ts) costs 80–230 ms per band, over the 150 ms budget for
 * a whole isochrone. The field also leaves out what no road comes near.
 */
import { contours } from 'd3-contour';
import type { MultiPolygon, Position } from 'geojson';
import { round6, type LonLat } from '../lonlat';
import type { RoadGraph } from './graph';
import { METRES_PER_DEGREE } from './snap';

/** metres between grid samples (coarsened for very large extents, see MAX_SIDE) */
export const CELL_M = 100;
/** metres: the farthest walk from a reached node (or the origin) that a band covers */
export const WALK_REACH_M = 500;
/** samples per grid side at most, so a huge extent coarsens the grid instead of growing it */
const MAX_SIDE = 1000;

/**
 * One area per budget (seconds, ascending) around `origin`, from node arrival
 * times (`arrival_s`, Infinity where not reached) and the connector speed (m/s).
 */
export function isochroneAreas(
	graph: RoadGraph,
	origin: LonLat,
	arrival_s: Float64Array,
	reached: Uint32Array,
	budgets_s: readonly number[],
	walk_ms: number
): MultiPolygon[] {
	const last = budgets_s[budgets_s.length - 1] ?? 0;
	const kx = METRES_PER_DEGREE * Math.cos((origin[1] * Math.PI) / 180);
	const local = (lon: number, lat: number) =>
		[(lon - origin[0]) * kx, (lat - origin[1]) * METRES_PER_DEGREE] as const;
	// walk sources: the origin at 0 s, then every reached node at its arrival time
	const sources: { x: number; y: number; t: number; reach: number }[] = [];
	const add = (x: number, y: number, t: number) => {
		const reach = Math.min(WALK_REACH_M, (last - t) * walk_ms);
		if (reach >= 0) sources.push({ x, y, t, reach });
	};
	add(0, 0, 0);
	for (const n of reached) add(...local(graph.lon[n]!, graph.lat[n]!), arrival_s[n]!);

	let [minX, minY, maxX, maxY] = [0, 0, 0, 0];
	for (const s of sources) {
		minX = Math.min(minX, s.x - s.reach);
		minY = Math.min(minY, s.y - s.reach);
		maxX = Math.max(maxX, s.x + s.reach);
		maxY = Math.max(maxY, s.y + s.reach);
	}
	const cell = Math.max(CELL_M, (maxX - minX) / MAX_SIDE, (maxY - minY) / MAX_SIDE);
	// sample (i, j) sits at (x0 + i·cell, y0 + j·cell), one empty sample of margin all round
	const x0 = minX - cell;
	const y0 = minY - cell;
	const nx = Math.ceil((maxX - x0) / cell) + 2;
	const ny = Math.ceil((maxY - y0) / cell) + 2;
	// d3-contour outlines values ≥ a threshold: store minus the seconds, "never" below every budget
	const never = -(2 * last + 3600);
	const field = new Float64Array(nx * ny).fill(never);
	for (const s of sources) {
		const i0 = Math.max(0, Math.ceil((s.x - s.reach - x0) / cell));
		const i1 = Math.min(nx - 1, Math.floor((s.x + s.reach - x0) / cell));
		const j0 = Math.max(0, Math.ceil((s.y - s.reach - y0) / cell));
		const j1 = Math.min(ny - 1, Math.floor((s.y + s.reach - y0) / cell));
		for (let j = j0; j <= j1; j++) {
			const dy = y0 + j * cell - s.y;
			for (let i = i0; i <= i1; i++) {
				const dx = x0 + i * cell - s.x;
				const d = Math.sqrt(dx * dx + dy * dy);
				if (d > s.reach) continue;
				const value = -(s.t + d / walk_ms);
				if (value > field[j * nx + i]!) field[j * nx + i] = value;
			}
		}
	}
	// the four samples around the origin: every band holds the origin whatever the cell size
	const oi = Math.floor(-x0 / cell);
	const oj = Math.floor(-y0 / cell);
	for (const [i, j] of [
		[oi, oj],
		[oi + 1, oj],
		[oi, oj + 1],
		[oi + 1, oj + 1]
	] as const) {
		field[j * nx + i] = 0;
	}

	const trace = contours().size([nx, ny]);
	const toLonLat = ([px, py]: Position): Position => [
		round6(origin[0] + (x0 + (px! - 0.5) * cell) / kx),
		round6(origin[1] + (y0 + (py! - 0.5) * cell) / METRES_PER_DEGREE)
	];
	return budgets_s.map((b) => {
		const shape = trace.contour(field as unknown as number[], -b);
		// d3's exterior rings run clockwise with y north; RFC 7946 wants them anticlockwise
		const coordinates = shape.coordinates.map((poly) =>
			poly.map((ring) => ring.map(toLonLat).reverse())
		);
		return { type: 'MultiPolygon', coordinates };
	});
}
