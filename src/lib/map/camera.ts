/**
 * Camera moves that keep targets clear of the panels over the map. Pure
 * functions of a map and some points; the adapter calls them.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { accuracyCircle } from '$lib/geo/accuracy';
import { bboxOf } from '$lib/geo/bbox';
import type { LonLat } from '$lib/geo/lonlat';

/**
 * How far the camera may zoom in. The data stops meaning anything beyond it:
 * the best positions are good to ±100 m and most are estimates of ±1–5 km,
 * the road tiles are cut down to z14, and at z17 one screen is already about
 * 1 km across, a few city blocks. Deeper zooms only magnify the uncertainty.
 */
export const MAX_ZOOM = 17;

/** Room kept clear of overlay panels, px. */
export type Padding = { top: number; right: number; bottom: number; left: number };

/** Padding that still leaves some map between it (a small screen with wide panels). */
function fitInside(p: Padding, container: HTMLElement): Padding {
	const spare = (size: number, a: number, b: number) =>
		Math.min(1, (size - 80) / Math.max(1, a + b));
	const kx = spare(container.clientWidth, p.left, p.right);
	const ky = spare(container.clientHeight, p.top, p.bottom);
	return { top: p.top * ky, bottom: p.bottom * ky, left: p.left * kx, right: p.right * kx };
}

/**
 * Fits the camera to some points (the results of a filter), inside the part
 * of the map the panels leave clear. One point is centred at street zoom.
 */
export function fitToPoints(map: MaplibreMap, points: readonly LonLat[], padding: Padding) {
	if (!points.length) return;
	const [w, s, e, n] = bboxOf({ type: 'MultiPoint', coordinates: [...points] });
	if (w === e && s === n) {
		map.flyTo({
			center: [w, s],
			zoom: Math.max(map.getZoom(), 14),
			offset: [(padding.left - padding.right) / 2, (padding.top - padding.bottom) / 2]
		});
		return;
	}
	map.fitBounds(
		[
			[w, s],
			[e, n]
		],
		{
			padding: fitInside(padding, map.getContainer()),
			maxZoom: 15,
			bearing: map.getBearing()
		}
	);
}

/** Whether any of the points is on screen, outside the panels' padding. */
export function anyInView(map: MaplibreMap, points: readonly LonLat[], padding: Padding): boolean {
	return points.some((p) => inView(map, p, padding));
}

/** Whether every point lies in the part of the map the panels leave clear. */
export function allInView(map: MaplibreMap, points: readonly LonLat[], padding: Padding): boolean {
	return points.every((p) => inView(map, p, padding));
}

function inView(map: MaplibreMap, p: LonLat, padding: Padding): boolean {
	const { clientWidth: width, clientHeight: height } = map.getContainer();
	const { x, y } = map.project(p);
	return (
		x >= padding.left &&
		x <= width - padding.right &&
		y >= padding.top &&
		y <= height - padding.bottom
	);
}

/** Fits the camera to a circle on the ground (a coarse position's accuracy), at most street zoom 14. */
export function fitCircle(
	map: MaplibreMap,
	center: LonLat,
	radiusMetres: number,
	padding: Padding
) {
	const [w, s, e, n] = bboxOf(accuracyCircle(center, radiusMetres).geometry);
	map.fitBounds(
		[
			[w, s],
			[e, n]
		],
		{ padding, maxZoom: 14, speed: 1.6 }
	);
}
