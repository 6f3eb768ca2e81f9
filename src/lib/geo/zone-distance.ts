/**
 * Distances between areas (parks, planning areas, districts, drawn polygons):
 * the minimum gap between them with the connecting segment, the distance
 * between their centroids, and how they relate (disjoint, touch, overlap,
 * contain). Correct for MultiPolygons and holes: every ring counts as boundary
 * and point-in-polygon respects holes.
 *
 * Turf has no polygon-to-polygon distance, so this is written here on Turf
 * primitives. Nearest points are found in a local equirectangular projection
 * centred on the pair (error < 0.1 % within ~50 km), and the reported distance
 * is the haversine distance between those two points, in metres.
 */
import area from '@turf/area';
import distance from '@turf/distance';
import intersect from '@turf/intersect';
import { featureCollection, feature } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat } from './lonlat';

export type AreaGeometry = Polygon | MultiPolygon;
export type AreaInput = AreaGeometry | Feature<AreaGeometry>;
export type AreaRelation = 'disjoint' | 'touches' | 'overlaps' | 'contains' | 'within' | 'equal';

export type ZoneDistance = {
	/** shortest distance between the two areas in metres; 0 when they touch or overlap */
	distance_m: number;
	/** shortest distance between their boundaries in metres (> 0 when one lies inside the other) */
	boundary_distance_m: number;
	/** nearest points [on a, on b] realising boundary_distance_m */
	segment: [LonLat, LonLat];
	/** distance between the area-weighted centroids, metres */
	centroid_distance_m: number;
	centroids: [LonLat, LonLat];
	/** how a relates to b: 'contains' means a contains b */
	relation: AreaRelation;
};

const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;

function geometryOf(input: AreaInput): AreaGeometry {
	return input.type === 'Feature' ? input.geometry : input;
}

function polygonsOf(g: AreaGeometry): Position[][][] {
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Local equirectangular projection to metres around a reference point. */
type Projection = {
	x: (p: Position) => number;
	y: (p: Position) => number;
	back: (x: number, y: number) => LonLat;
};

function projectionAround(lon0: number, lat0: number): Projection {
	const kx = EARTH_RADIUS_M * RAD * Math.cos(lat0 * RAD);
	const ky = EARTH_RADIUS_M * RAD;
	return {
		x: (p) => ((p[0] as number) - lon0) * kx,
		y: (p) => ((p[1] as number) - lat0) * ky,
		back: (x, y) => [lon0 + x / kx, lat0 + y / ky]
	};
}

type Seg = { ax: number; ay: number; bx: number; by: number };

function segmentsOf(g: AreaGeometry, pr: Projection): Seg[] {
	const segs: Seg[] = [];
	for (const poly of polygonsOf(g)) {
		for (const ring of poly) {
			for (let i = 0; i + 1 < ring.length; i++) {
				const a = ring[i] as Position;
				const b = ring[i + 1] as Position;
				segs.push({ ax: pr.x(a), ay: pr.y(a), bx: pr.x(b), by: pr.y(b) });
			}
		}
	}
	return segs;
}

/** Nearest point to (px, py) on a segment. */
function nearestOnSegment(px: number, py: number, s: Seg): [number, number] {
	const dx = s.bx - s.ax;
	const dy = s.by - s.ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - s.ax) * dx + (py - s.ay) * dy) / len2));
	return [s.ax + t * dx, s.ay + t * dy];
}

function cross(ox: number, oy: number, ax: number, ay: number, bx: number, by: number): number {
	return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
}

function segmentsIntersect(s: Seg, t: Seg): boolean {
	const d1 = cross(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
	const d2 = cross(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
	const d3 = cross(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
	const d4 = cross(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
	if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
		return true;
	}
	return false;
}

type Closest = { d2: number; p: [number, number]; q: [number, number] };

/** Closest pair of points between two segments (planar). */
function closestBetween(s: Seg, t: Seg, best: Closest): void {
	if (segmentsIntersect(s, t)) {
		// Proper crossing: the distance is 0 at the crossing point.
		const d1 = cross(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
		const d2 = cross(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
		const u = d1 / (d1 - d2);
		const x = s.ax + u * (s.bx - s.ax);
		const y = s.ay + u * (s.by - s.ay);
		best.d2 = 0;
		best.p = [x, y];
		best.q = [x, y];
		return;
	}
	const candidates: Array<[[number, number], [number, number]]> = [
		[[s.ax, s.ay], nearestOnSegment(s.ax, s.ay, t)],
		[[s.bx, s.by], nearestOnSegment(s.bx, s.by, t)],
		[nearestOnSegment(t.ax, t.ay, s), [t.ax, t.ay]],
		[nearestOnSegment(t.bx, t.by, s), [t.bx, t.by]]
	];
	for (const [p, q] of candidates) {
		const d2 = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;
		if (d2 < best.d2) {
			best.d2 = d2;
			best.p = p;
			best.q = q;
		}
	}
}

function segBox(s: Seg) {
	return {
		minX: Math.min(s.ax, s.bx),
		minY: Math.min(s.ay, s.by),
		maxX: Math.max(s.ax, s.bx),
		maxY: Math.max(s.ay, s.by)
	};
}

/** Squared gap between the bounding boxes of two segments: a lower bound of their distance. */
function boxGap2(s: Seg, t: Seg): number {
	const a = segBox(s);
	const b = segBox(t);
	const dx = Math.max(0, a.minX - b.maxX, b.minX - a.maxX);
	const dy = Math.max(0, a.minY - b.maxY, b.minY - a.maxY);
	return dx * dx + dy * dy;
}

/**
 * Area-weighted centroid over all rings (holes subtract), computed in the local
 * projection. Turf's centroid averages vertices and its centerOfMass uses the
 * outer ring only, so neither is right for holes and multipolygons.
 */
function areaCentroid(g: AreaGeometry, pr: Projection): LonLat {
	let sa = 0;
	let sx = 0;
	let sy = 0;
	for (const poly of polygonsOf(g)) {
		poly.forEach((ring, r) => {
			let a = 0;
			let cx = 0;
			let cy = 0;
			for (let i = 0; i + 1 < ring.length; i++) {
				const x0 = pr.x(ring[i] as Position);
				const y0 = pr.y(ring[i] as Position);
				const x1 = pr.x(ring[i + 1] as Position);
				const y1 = pr.y(ring[i + 1] as Position);
				const c = x0 * y1 - x1 * y0;
				a += c;
				cx += (x0 + x1) * c;
				cy += (y0 + y1) * c;
			}
			// Exterior rings add, holes subtract, whatever their winding.
			const sign = (r === 0 ? 1 : -1) * Math.sign(a);
			sa += sign * a;
			sx += sign * cx;
			sy += sign * cy;
		});
	}
	if (sa === 0) throw new RangeError('area has zero area');
	return pr.back(sx / (3 * sa), sy / (3 * sa));
}

function relationOf(a: AreaGeometry, b: AreaGeometry, boundaryGap: number): AreaRelation {
	const areaA = area(a);
	const areaB = area(b);
	const shared = intersect(featureCollection([feature(a), feature(b)]));
	const sharedArea = shared ? area(shared) : 0;
	// Tolerance: one part in a million of the smaller area, at least 1 m².
	const eps = Math.max(1, 1e-6 * Math.min(areaA, areaB));
	if (sharedArea <= eps) {
		// No shared area: apart (also when one sits in the other's hole) or touching.
		return boundaryGap > 0.01 ? 'disjoint' : 'touches';
	}
	const aInB = Math.abs(sharedArea - areaA) <= eps;
	const bInA = Math.abs(sharedArea - areaB) <= eps;
	if (aInB && bInA) return 'equal';
	if (bInA) return 'contains';
	if (aInB) return 'within';
	return 'overlaps';
}

/** Distance and relation between two areas. */
export function zoneDistance(aInput: AreaInput, bInput: AreaInput): ZoneDistance {
	const a = geometryOf(aInput);
	const b = geometryOf(bInput);
	const [lon0, lat0] = referencePoint(a, b);
	const pr = projectionAround(lon0, lat0);
	const sa = segmentsOf(a, pr);
	const sb = segmentsOf(b, pr);
	if (sa.length === 0 || sb.length === 0) throw new RangeError('area has no boundary');

	const best: Closest = { d2: Infinity, p: [0, 0], q: [0, 0] };
	outer: for (const s of sa) {
		for (const t of sb) {
			if (boxGap2(s, t) >= best.d2) continue;
			closestBetween(s, t, best);
			if (best.d2 === 0) break outer;
		}
	}
	const p = pr.back(best.p[0], best.p[1]);
	const q = pr.back(best.q[0], best.q[1]);
	const boundaryGap = best.d2 === 0 ? 0 : distance(p, q, { units: 'meters' });
	const relation = relationOf(a, b, boundaryGap);
	const ca = areaCentroid(a, pr);
	const cb = areaCentroid(b, pr);
	return {
		distance_m: relation === 'disjoint' ? boundaryGap : 0,
		boundary_distance_m: boundaryGap,
		segment: [p, q],
		centroid_distance_m: distance(ca, cb, { units: 'meters' }),
		centroids: [ca, cb],
		relation
	};
}

function referencePoint(a: AreaGeometry, b: AreaGeometry): LonLat {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const g of [a, b]) {
		for (const poly of polygonsOf(g)) {
			for (const p of poly[0] ?? []) {
				minX = Math.min(minX, p[0] as number);
				maxX = Math.max(maxX, p[0] as number);
				minY = Math.min(minY, p[1] as number);
				maxY = Math.max(maxY, p[1] as number);
			}
		}
	}
	return [(minX + maxX) / 2, (minY + maxY) / 2];
}

/** N×N matrix of area distances in metres: symmetric, zeros on the diagonal. */
export function zoneDistanceMatrix(areas: readonly AreaInput[]): number[][] {
	const n = areas.length;
	const m: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) {
			const d = zoneDistance(areas[i] as AreaInput, areas[j] as AreaInput).distance_m;
			(m[i] as number[])[j] = d;
			(m[j] as number[])[i] = d;
		}
	}
	return m;
}
