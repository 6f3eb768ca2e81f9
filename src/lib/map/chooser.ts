/**
 * What a click hits, and the list popup that lets the user choose when it
 * hits several features (two sites a few metres apart would otherwise leave
 * one of them unreachable).
 */
import * as maplibre from 'maplibre-gl';
import type { LngLat, Map as MaplibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import { chooserElement, type Choice } from './popup';

/** px of tolerance around the pointer, for touch and small markers */
const TOLERANCE = 4;

/**
 * The features under a point, topmost first, markers before areas: the
 * distinct markers if there are any, else the topmost area alone.
 */
export function featuresAt(
	map: MaplibreMap,
	point: { x: number; y: number },
	layers: readonly string[]
): MapGeoJSONFeature[] {
	const box: [PointLike, PointLike] = [
		[point.x - TOLERANCE, point.y - TOLERANCE],
		[point.x + TOLERANCE, point.y + TOLERANCE]
	];
	const present = layers.filter((l) => map.getLayer(l));
	const hits = map.queryRenderedFeatures(box, { layers: present });
	const markers = hits.filter((h) => h.layer.type === 'circle');
	if (!markers.length) return hits.slice(0, 1);
	const seen = new Set<string>();
	return markers.filter((h) => {
		const id = String(h.properties.id);
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}

/**
 * Opens the list at `at`; the first choice has focus (Tab, Enter), Esc closes.
 * Returns the popup so the caller can close it when something else opens.
 */
export function openChooser(
	map: MaplibreMap,
	at: LngLat,
	heading: string,
	choices: readonly Choice[],
	onChoose: (id: string) => void
): maplibre.Popup {
	const popup = new maplibre.Popup({ closeButton: true, maxWidth: '300px', focusAfterOpen: false });
	const element = chooserElement(heading, choices, (id) => {
		popup.remove();
		onChoose(id);
	});
	element.addEventListener('keydown', (e) => {
		if (e.key !== 'Escape') return;
		e.stopPropagation();
		popup.remove();
		map.getCanvas().focus();
	});
	popup.setLngLat(at).setDOMContent(element).addTo(map);
	element.querySelector('button')?.focus();
	return popup;
}
