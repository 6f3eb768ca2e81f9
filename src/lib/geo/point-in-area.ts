/** Area membership of a WGS-84 [lon, lat] point, holes and multi-part areas respected. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from './lonlat';

/** Whether [lon, lat] lies inside (or on the edge of) a (Multi)Polygon. */
export function pointInArea(point: LonLat, area: Polygon | MultiPolygon): boolean {
	return booleanPointInPolygon(point, area);
}
