/** The bounding box of a geometry, in WGS-84 degrees. */
import type { Geometry } from 'geojson';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/**
 * [west, south, east, north] of every position of a geometry, all rings and
 * parts included; altitude is ignored. An empty geometry (or a
 * GeometryCollection, not supported) gives [Infinity, Infinity, -Infinity, -Infinity].
 * Turf's bbox is not used because it returns six numbers for 3D positions.
 */
export function bboxOf(geometry: Geometry): BBox {
	const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = (coordinates: unknown): void => {
		if (!Array.isArray(coordinates)) return;
		if (typeof coordinates[0] !== 'number') {
			for (const child of coordinates) visit(child);
			return;
		}
		const [lon, lat] = coordinates as [number, number];
		box[0] = Math.min(box[0], lon);
		box[1] = Math.min(box[1], lat);
		box[2] = Math.max(box[2], lon);
		box[3] = Math.max(box[3], lat);
	};
	if (geometry.type !== 'GeometryCollection') visit(geometry.coordinates);
	return box;
}
