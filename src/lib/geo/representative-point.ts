/**
 * One point that stands for a geometry: where a marker, a label or a
 * point-in-area test goes. WGS-84 [lon, lat] in degrees.
 */
import { feature } from '@turf/helpers';
import pointOnFeature from '@turf/point-on-feature';
import type { Geometry } from 'geojson';
import type { LonLat } from './lonlat';

/**
 * A Point itself, or a point guaranteed to lie on a (Multi)Polygon (not the
 * centroid, which can fall outside a concave or multi-part shape).
 */
export function representativePoint(geometry: Geometry): LonLat {
	if (geometry.type === 'Point') return [geometry.coordinates[0]!, geometry.coordinates[1]!];
	const p = pointOnFeature(feature(geometry)).geometry.coordinates;
	return [p[0]!, p[1]!];
}
