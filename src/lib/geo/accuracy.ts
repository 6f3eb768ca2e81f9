/**
 * The circle within which a feature's true position lies, for drawing an
 * accuracy ring. Geodesic (turf/circle walks bearings on the sphere), so the
 * ring is round on the ground, not on the screen.
 */
import circle from '@turf/circle';
import type { Feature, Polygon } from 'geojson';

export function accuracyCircle(
	center: [number, number],
	radiusMetres: number,
	properties: Record<string, unknown> = {},
	steps = 64
): Feature<Polygon> {
	if (!(radiusMetres > 0)) throw new RangeError(`radius must be > 0 m, got ${radiusMetres}`);
	return circle(center, radiusMetres / 1000, { units: 'kilometers', steps, properties });
}
