/**
 * A picture of the map for the PNG export and the site report: optionally
 * framed on some points, taken right after a frame is drawn (the GL buffer is
 * only readable then, without `preserveDrawingBuffer` costing every frame),
 * then the camera goes back where the user had it.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { bboxOf } from '$lib/geo/bbox';
import { metresPerPixel, type MapSnapshot, type SnapshotRequest } from '$lib/export/snapshot';

const idle = (map: MaplibreMap) =>
	new Promise<void>((resolve) => {
		map.once('idle', () => resolve());
		map.triggerRepaint();
	});

/** Copies the canvas in the 'render' event, while the frame's pixels are still there. */
const grab = (map: MaplibreMap) =>
	new Promise<HTMLCanvasElement>((resolve) => {
		map.once('render', () => {
			const source = map.getCanvas();
			const copy = document.createElement('canvas');
			copy.width = source.width;
			copy.height = source.height;
			copy.getContext('2d')!.drawImage(source, 0, 0);
			resolve(copy);
		});
		map.triggerRepaint();
	});

export async function snapshot(map: MaplibreMap, req: SnapshotRequest = {}): Promise<MapSnapshot> {
	const before = {
		center: map.getCenter(),
		zoom: map.getZoom(),
		bearing: map.getBearing(),
		pitch: map.getPitch()
	};
	const points = req.points ?? [];
	try {
		if (points.length) {
			const [w, s, e, n] = bboxOf({ type: 'MultiPoint', coordinates: points.map((p) => [...p]) });
			// one site: its neighbourhood (about 4 km across); several: all of them with a margin
			const pad = Math.max(0.02, (e - w) * 0.15, (n - s) * 0.15);
			map.fitBounds(
				[
					[w - pad, s - pad],
					[e + pad, n + pad]
				],
				{ duration: 0, bearing: 0, pitch: 0, padding: 40 }
			);
		}
		await idle(map);
		const canvas = await grab(map);
		return {
			canvas,
			pixelRatio: canvas.width / map.getContainer().clientWidth,
			metresPerPixel: metresPerPixel(map.getCenter().lat, map.getZoom()),
			bearing: map.getBearing()
		};
	} finally {
		if (points.length) map.jumpTo(before);
	}
}
