/**
 * What a click hits, and the list popup that lets the user choose when it
 * hits several features (two sites a few metres apart would otherwise leave
 * one of them unreachable).
 */
import * as maplibre from 'maplibre-gl';
import type { LngLat, Map as MaplibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import type { AtlasEntity } from '$lib/data/atlas';
import { t, type Lang } from '$lib/i18n/messages';
import { approxAreaName } from './layers/approx';
import { chooserElement, type Choice } from './popup';

const APPROX_FILL = 'approx-fill';
const APPROX_LABEL = 'approx-label';

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
	// markers, and the names of areas of coarse positions, which stand in for markers
	const markers = hits.filter((h) => h.layer.type === 'circle' || h.layer.id === APPROX_LABEL);
	if (!markers.length) return topmostArea(hits);
	const seen = new Set<string>();
	return markers.filter((h) => {
		const id = String(h.properties.id);
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}

/**
 * The topmost area hit; among overlapping areas of coarse positions, the
 * smallest (the most specific), whatever order they are drawn in.
 */
function topmostArea(hits: MapGeoJSONFeature[]): MapGeoJSONFeature[] {
	const first = hits[0];
	if (!first || first.layer.id !== APPROX_FILL) return hits.slice(0, 1);
	const approx = hits.filter((h) => h.layer.id === APPROX_FILL);
	const size = (h: MapGeoJSONFeature) => Number(h.properties.accuracy_m);
	return [approx.reduce((a, b) => (size(b) < size(a) ? b : a))];
}

/** The entities the features hit stand for: themselves, or the members of an area of coarse positions. */
export function entitiesOf(
	hits: readonly MapGeoJSONFeature[],
	entities: ReadonlyMap<string, AtlasEntity>
): AtlasEntity[] {
	const found = hits.flatMap((hit) => {
		const own = entities.get(String(hit.properties.id));
		if (own) return [own];
		const members = hit.properties.members;
		if (typeof members !== 'string') return [];
		return members
			.split('|')
			.filter(Boolean)
			.flatMap((id) => entities.get(id) ?? []);
	});
	return [...new Set(found)];
}

/** The list's heading: the area's name when one area was hit, else how many features. */
export function chooserHeading(hits: readonly MapGeoJSONFeature[], n: number, lang: Lang): string {
	const area = hits.length === 1 ? approxAreaName(hits[0]!.properties, lang) : null;
	return area ? t(lang, 'approxHere', { label: area }) : t(lang, 'chooseHere', { n });
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
