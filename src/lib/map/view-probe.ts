/**
 * What the map shows, for the text description of the view: the entities
 * drawn in the viewport (from the rendered features of the picked layers, so
 * the work grows with what is on screen, not with the dataset), the camera,
 * and the canvas's keys for the keyboard cursor.
 */
import type { Map as MaplibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { AtlasEntity } from '$lib/data/atlas';
import type { LonLat } from '$lib/geo/lonlat';
import { INTERACTIVE_LAYERS } from './layers';

export type ViewContents = { center: LonLat; zoom: number; entities: AtlasEntity[] };

/**
 * The ids a rendered feature stands for: an area of coarse positions ('approx')
 * for its members (even when a planning area shares the cluster's id), any
 * other feature for its own entity.
 */
function idsOf(f: MapGeoJSONFeature): string[] {
	const members = f.properties.members;
	if (typeof members === 'string') return members.split('|').filter(Boolean);
	return [String(f.properties.id)];
}

/**
 * The entities drawn in the viewport, each once (a feature split across tiles,
 * a point and its polygon), an area of coarse positions standing for its members.
 */
export function viewContents(
	map: MaplibreMap,
	entities: ReadonlyMap<string, AtlasEntity>
): ViewContents {
	const layers = INTERACTIVE_LAYERS.filter((l) => map.getLayer(l));
	const hits = map.queryRenderedFeatures({ layers });
	const c = map.getCenter();
	const ids = new Set(hits.flatMap(idsOf));
	const found = [...ids].flatMap((id) => entities.get(id) ?? []);
	return { center: [c.lng, c.lat], zoom: map.getZoom(), entities: found };
}

/** The camera and the viewport as a [west, south, east, north] box. */
export function viewBox(map: MaplibreMap): {
	center: LonLat;
	zoom: number;
	box: [number, number, number, number];
} {
	const b = map.getBounds();
	const c = map.getCenter();
	return {
		center: [c.lng, c.lat],
		zoom: map.getZoom(),
		box: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
	};
}

/** Listens to keys pressed while the map's canvas has focus; returns the unsubscribe. */
export function onCanvasKey(map: MaplibreMap, fn: (e: KeyboardEvent) => void): () => void {
	const canvas = map.getCanvas();
	canvas.addEventListener('keydown', fn);
	return () => canvas.removeEventListener('keydown', fn);
}
