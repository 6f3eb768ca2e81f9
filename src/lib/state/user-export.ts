/**
 * An imported layer back out as GeoJSON (WGS-84, RFC 7946): each site's
 * polygon or point with the file's own columns and where it came from.
 */
import type { FeatureCollection } from 'geojson';
import type { UserLayer } from './user-store';

export function userLayerGeoJson(layer: UserLayer): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: layer.entities.map((e) => ({
			type: 'Feature',
			id: e.id,
			properties: {
				...e.user?.props,
				id: e.id,
				name: e.name_zh,
				source_file: layer.file.name,
				source_row: e.user?.row ?? null,
				source_datum: layer.file.datum,
				accuracy_m: e.position.accuracy_m
			},
			geometry: layer.geometries[e.id] ?? { type: 'Point', coordinates: [...e.point] }
		}))
	};
}
