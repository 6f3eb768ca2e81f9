/**
 * Whether a geometry intersects a bounding box, in WGS-84 degrees: what the
 * OGC API `bbox` parameter selects ("features whose geometry intersects the
 * box", OGC 17-069r4 §7.15.3). Exact for planar segments: a vertex inside, an
 * edge crossing the box's edges, or (areas) the box inside the area. Boxes are
 * [west, south, east, north] with west ≤ east; the caller splits a box that
 * crosses the antimeridian.
 */
import type { Geometry, Position } from 'geojson';
import type { BBox } from './bbox';
import { pointInArea } from './point-in-area';

/** Whether the two boxes share at least one point (edges count). */
export function boxesOverlap(a: BBox, b: BBox): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

const inside = (p: Position, box: BBox) =>
	p[0]! >= box[0] && p[0]! <= box[2] && p[1]! >= box[1] && p[1]! <= box[3];

/** Orientation of c relative to a→b: >0 left, <0 right, 0 on the line. */
const cross = (a: Position, b: Position, c: Position) =>
	(b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);

function segmentsIntersect(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
	const d1 = cross(q1, q2, p1);
	const d2 = cross(q1, q2, p2);
	const d3 = cross(p1, p2, q1);
	const d4 = cross(p1, p2, q2);
	if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
		return true;
	// collinear touching: an end of one segment on the other
	const onSegment = (a: Position, b: Position, c: Position) =>
		Math.min(a[0]!, b[0]!) <= c[0]! &&
		c[0]! <= Math.max(a[0]!, b[0]!) &&
		Math.min(a[1]!, b[1]!) <= c[1]! &&
		c[1]! <= Math.max(a[1]!, b[1]!);
	return (
		(d1 === 0 && onSegment(q1, q2, p1)) ||
		(d2 === 0 && onSegment(q1, q2, p2)) ||
		(d3 === 0 && onSegment(p1, p2, q1)) ||
		(d4 === 0 && onSegment(p1, p2, q2))
	);
}

function lineIntersects(line: Position[], box: BBox): boolean {
	if (line.some((p) => inside(p, box))) return true;
	const [w, s, e, n] = box;
	const corners: Position[] = [
		[w, s],
		[e, s],
		[e, n],
		[w, n]
	];
	for (let i = 1; i < line.length; i++) {
		for (let k = 0; k < 4; k++) {
			if (segmentsIntersect(line[i - 1]!, line[i]!, corners[k]!, corners[(k + 1) % 4]!))
				return true;
		}
	}
	return false;
}

function polygonIntersects(rings: Position[][], box: BBox): boolean {
	if (rings.some((ring) => lineIntersects(ring, box))) return true;
	// no edge meets the box: either the box lies inside the polygon or apart from it
	return pointInArea([box[0], box[1]], { type: 'Polygon', coordinates: rings });
}

/** Whether `geometry` has at least one point in common with `box` (null geometries never do). */
export function geometryIntersectsBox(geometry: Geometry | null, box: BBox): boolean {
	if (!geometry) return false;
	switch (geometry.type) {
		case 'Point':
			return inside(geometry.coordinates, box);
		case 'MultiPoint':
			return geometry.coordinates.some((p) => inside(p, box));
		case 'LineString':
			return lineIntersects(geometry.coordinates, box);
		case 'MultiLineString':
			return geometry.coordinates.some((l) => lineIntersects(l, box));
		case 'Polygon':
			return polygonIntersects(geometry.coordinates, box);
		case 'MultiPolygon':
			return geometry.coordinates.some((rings) => polygonIntersects(rings, box));
		case 'GeometryCollection':
			return geometry.geometries.some((g) => geometryIntersectsBox(g, box));
	}
}
