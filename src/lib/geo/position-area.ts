/**
 * What the map may draw for a position of a given accuracy. A position known
 * to within PIN_MAX_ACCURACY_M is a pin; a coarser one is drawn as the area
 * it may lie in, so that no marker claims a precision that no source gives.
 *
 * The area is the accuracy circle (geodesic, see accuracy.ts) cut to an
 * outline the position is known to lie in (the zone's district, when the
 * source says "in the zone"). Coordinates are WGS-84 [lon, lat] in degrees.
 */
import { featureCollection, feature } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { MultiPolygon, Polygon } from 'geojson';
import { accuracyCircle } from './accuracy';
import type { LonLat } from './lonlat';

/** Coarser than this (metres) a position is an area on the map, not a pin. */
export const PIN_MAX_ACCURACY_M = 1000;

/** Whether a position of this accuracy (metres) is drawn as a pin. */
export function isPinned(accuracyMetres: number): boolean {
	return accuracyMetres <= PIN_MAX_ACCURACY_M;
}

/**
 * The area within `radiusMetres` of `center`, inside `within` when given (the
 * circle itself when it does not meet `within`: a position outside the
 * outline on purpose, the airport, keeps its whole circle).
 */
export function positionArea(
	center: LonLat,
	radiusMetres: number,
	within: Polygon | MultiPolygon | null = null,
	steps = 64
): Polygon | MultiPolygon {
	const circle = accuracyCircle(center, radiusMetres, {}, steps).geometry;
	if (!within) return circle;
	const cut = intersect(featureCollection([feature(circle), feature(within)]));
	return cut?.geometry ?? circle;
}
