/**
 * What a picture of the map needs besides its pixels: the scale and the
 * bearing it was taken at. The map adapter takes it (map/snapshot.ts); the
 * exports draw from it.
 */
import type { LonLat } from '../geo/lonlat';

export type MapSnapshot = {
	/** a copy of the map's pixels (device pixels) */
	canvas: HTMLCanvasElement;
	/** device pixels per CSS pixel of the copy */
	pixelRatio: number;
	/** ground metres per CSS pixel at the centre */
	metresPerPixel: number;
	/** degrees clockwise from north of the map's top */
	bearing: number;
};

/** What to frame: the current view, or the given points (a site, a comparison). */
export type SnapshotRequest = { points?: readonly LonLat[]; width?: number; height?: number };

export type Snapshotter = (req?: SnapshotRequest) => Promise<MapSnapshot>;

/** Ground metres per CSS pixel of a web-mercator map with 512 px tiles. */
export function metresPerPixel(latitude: number, zoom: number): number {
	return (40075016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * A scale bar at most `maxPx` CSS pixels long, of a round length (1, 2 or 5
 * times a power of ten metres), labelled in m or km.
 */
export function niceScale(
	mpp: number,
	maxPx: number
): { metres: number; px: number; label: string } {
	const max = mpp * maxPx;
	const pow = 10 ** Math.floor(Math.log10(max));
	const step = [5, 2, 1].find((k) => k * pow <= max) ?? 1;
	const metres = step * pow;
	const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
	return { metres, px: metres / mpp, label };
}
