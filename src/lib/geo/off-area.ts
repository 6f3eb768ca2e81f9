/**
 * Plausibility of a moved point: how far it lies outside an area, and whether
 * the way from the old point to the new one crosses a line (a river). Planar
 * on a local equirectangular projection: exact enough at district scale (the
 * error is far below a metre per kilometre at 30° N). WGS-84 [lon, lat].
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat } from './lonlat';
import { pointInArea } from './point-in-area';

const METRES_PER_DEGREE = (6371008.8 * Math.PI) / 180;

/** Metres from `point` to the nearest edge of `area`; 0 when inside (or on the edge). */
export function metresOutside(point: LonLat, area: Polygon | MultiPolygon): number {
	if (pointInArea(point, area)) return 0;
	const kx = Math.cos((point[1] * Math.PI) / 180) * METRES_PER_DEGREE;
	const xy = (p: Position): [number, number] => [
		(p[0]! - point[0]) * kx,
		(p[1]! - point[1]) * METRES_PER_DEGREE
	];
	const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
	let best = Infinity;
	for (const ring of polygons.flat()) {
		for (let i = 1; i < ring.length; i++) {
			best = Math.min(best, distanceToOrigin(xy(ring[i - 1]!), xy(ring[i]!)));
		}
	}
	return best;
}

/** Distance from (0, 0) to the segment a–b, plane metres. */
function distanceToOrigin(a: [number, number], b: [number, number]): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(a[0] * dx + a[1] * dy) / len2));
	return Math.hypot(a[0] + t * dx, a[1] + t * dy);
}

/** Whether the straight way from `from` to `to` crosses `line` (touching counts). */
export function crossesLine(from: LonLat, to: LonLat, line: LineString | MultiLineString): boolean {
	const parts = line.type === 'LineString' ? [line.coordinates] : line.coordinates;
	return parts.some((part) =>
		part.some((p, i) => i > 0 && segmentsIntersect(from, to, part[i - 1]!, p))
	);
}

function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
	const side = (p: Position, q: Position, r: Position) =>
		Math.sign((q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!));
	const d1 = side(a, b, c);
	const d2 = side(a, b, d);
	const d3 = side(c, d, a);
	const d4 = side(c, d, b);
	return d1 * d2 <= 0 && d3 * d4 <= 0 && !(d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0);
}
