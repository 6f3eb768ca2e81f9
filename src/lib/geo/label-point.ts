/**
 * Where an area's name goes: one point per area, inside its largest part, so
 * a district of several pieces (an island, an exclave) is named once.
 * WGS-84 [lon, lat] in degrees.
 */
import area from '@turf/area';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from './lonlat';
import { representativePoint } from './representative-point';

export function labelPoint(geometry: Polygon | MultiPolygon): LonLat {
	if (geometry.type === 'Polygon') return representativePoint(geometry);
	const parts: Polygon[] = geometry.coordinates.map((coordinates) => ({
		type: 'Polygon',
		coordinates
	}));
	const largest = parts.reduce((a, b) => (area(b) > area(a) ? b : a));
	return representativePoint(largest);
}
