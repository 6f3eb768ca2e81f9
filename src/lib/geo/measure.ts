/**
 * Geodesic measurement of drawn lines and polygons. Lengths are great-circle
 * (haversine) in metres; areas are spherical (Turf's area) in square metres.
 */
import area from '@turf/area';
import distance from '@turf/distance';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';

/** 1 mu (亩) is 1/15 hectare. */
export const SQUARE_METRES_PER_MU = 10000 / 15;

export type LineMeasure = { segments_m: number[]; total_m: number };

export type AreaMeasure = {
	m2: number;
	km2: number;
	/** hectares, 公顷 */
	ha: number;
	/** mu, 亩 */
	mu: number;
	perimeter_m: number;
};

export function measureLine(line: LineString | Position[]): LineMeasure {
	const coords = Array.isArray(line) ? line : line.coordinates;
	const segments_m: number[] = [];
	for (let i = 0; i + 1 < coords.length; i++) {
		segments_m.push(
			distance(coords[i] as Position, coords[i + 1] as Position, { units: 'meters' })
		);
	}
	return { segments_m, total_m: segments_m.reduce((a, b) => a + b, 0) };
}

export function measureArea(polygon: Polygon | MultiPolygon): AreaMeasure {
	const m2 = area(polygon);
	const polys = polygon.type === 'Polygon' ? [polygon.coordinates] : polygon.coordinates;
	let perimeter_m = 0;
	for (const poly of polys) for (const ring of poly) perimeter_m += measureLine(ring).total_m;
	return { m2, km2: m2 / 1e6, ha: m2 / 1e4, mu: m2 / SQUARE_METRES_PER_MU, perimeter_m };
}
