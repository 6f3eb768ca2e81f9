/**
 * The MapLibre adapter: the only module that touches the map object. The UI
 * hands it data and state; it reports user actions back through callbacks.
 */
import * as maplibre from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type {
	GeoJSONSource,
	Map as MaplibreMap,
	MapGeoJSONFeature,
	MapMouseEvent,
	StyleSpecification
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AtlasEntity, AtlasIndex, LayerId } from '$lib/data/atlas';
import { LAYER_IDS } from '$lib/data/atlas';
import { accuracyCircle } from '$lib/geo/accuracy';
import type { Lang } from '$lib/i18n/messages';
import type { LayerFilters } from './filter';
import { HomeControl } from './home-control';
import { MeasureTool, type Drawn } from './measure-tool';
import { popupElement, type PopupContent } from './popup';
import { CJK_FONT_FAMILY, nameField } from './layers/common';
import {
	ANALYSIS_SOURCE,
	ENTITY_SOURCES,
	FILTER_LAYERS,
	INTERACTIVE_LAYERS,
	LABEL_LAYERS,
	LAYERS_OF,
	SELECTION_SOURCE
} from './layers';
import { buildEmbeddedStyle, overlayOnOnlineStyle, type StyleOptions } from './style';

maplibre.setWorkerUrl(workerUrl);

export type BasemapChoice = { kind: 'embedded' } | { kind: 'online'; url: string };

export type AtlasMapOptions = {
	container: HTMLElement;
	index: AtlasIndex;
	dataUrl: string;
	lang: Lang;
	visible: Record<LayerId, boolean>;
	/** builds the popup of an entity in the current language */
	describe: (entity: AtlasEntity) => PopupContent;
	onSelect: (id: string | null) => void;
	onHover?: (id: string | null) => void;
	/** the camera after the user (or the app) moved it */
	onView?: (view: CameraView) => void;
	/** open a popup on selection (off on phones, where the detail sheet takes its place) */
	popups?: boolean;
	/** accessible name of the "whole zone" button */
	homeLabel: string;
	/** room kept clear of overlay panels when fitting the zone, px */
	fitPadding?: number | { top: number; right: number; bottom: number; left: number };
	/** after the first `idle`: the map has drawn everything it was given */
	onReady: () => void;
	onError?: (message: string) => void;
};

/** A feature by its source and its entity id (promoted to MapLibre's feature id). */
type FeatureRef = { source: string; id: string };

export type CameraView = { center: [number, number]; zoom: number; bearing: number };
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

export class AtlasMap {
	readonly map: MaplibreMap;
	#opts: AtlasMapOptions;
	#entities: Map<string, AtlasEntity>;
	#hovered: FeatureRef | null = null;
	#selected: FeatureRef[] = [];
	#selectedId: string | null = null;
	#popup: maplibre.Popup | null = null;
	#teardown: Array<() => void> = [];
	#basemap: BasemapChoice = { kind: 'embedded' };
	#filters: LayerFilters = { match: null, context: null };
	#highlighted: FeatureRef[] = [];
	#measure: MeasureTool | null = null;
	#measureListener: ((features: Drawn[]) => void) | null = null;
	#analysis: FeatureCollection = { type: 'FeatureCollection', features: [] };
	#pickPoint: ((p: [number, number]) => void) | null = null;
	#loaded = false;
	#home: HomeControl;
	#pendingSelect: string | null = null;

	constructor(opts: AtlasMapOptions) {
		this.#opts = opts;
		this.#entities = new Map(opts.index.entities.map((e) => [e.id, e]));
		const [w, s, e, n] = opts.index.bbox;
		this.map = new maplibre.Map({
			container: opts.container,
			style: buildEmbeddedStyle(opts.index, this.#styleOptions()),
			bounds: [
				[w, s],
				[e, n]
			],
			fitBoundsOptions: { padding: opts.fitPadding ?? 24 },
			localIdeographFontFamily: CJK_FONT_FAMILY,
			attributionControl: { compact: true },
			maxPitch: 0,
			dragRotate: true,
			cooperativeGestures: false
		});
		this.map.addControl(new maplibre.NavigationControl({ visualizePitch: false }), 'top-right');
		this.#home = new HomeControl(opts.homeLabel, () => this.fitZone());
		this.map.addControl(this.#home, 'top-right');
		this.map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');
		this.#listen();
		this.map.once('idle', () => {
			// The compact attribution starts open; fold it so it does not cover the map.
			this.map
				.getContainer()
				.querySelector('.maplibregl-ctrl-attrib')
				?.classList.remove('maplibregl-compact-show');
			this.#loaded = true;
			if (this.#pendingSelect) this.select(this.#pendingSelect);
			opts.onReady();
		});
	}

	#styleOptions(): StyleOptions {
		return { lang: this.#opts.lang, dataUrl: this.#opts.dataUrl, visible: this.#opts.visible };
	}

	/** Subscribes for the map's lifetime; destroy() unsubscribes. */
	#on<K extends keyof maplibre.MapEventType>(type: K, fn: (e: maplibre.MapEventType[K]) => void) {
		this.map.on(type, fn);
		this.#teardown.push(() => this.map.off(type, fn));
	}

	#listen() {
		this.#on('mousemove', (e: MapMouseEvent) => {
			if (!this.#pickPoint) this.#hoverAt(e);
		});
		this.#on('mouseout', () => this.#setHover(null));
		this.#on('click', (e: MapMouseEvent) => {
			if (this.#measure?.active) return;
			if (this.#pickPoint) {
				const resolve = this.#pickPoint;
				this.#pickPoint = null;
				this.map.getCanvas().style.cursor = '';
				resolve([e.lngLat.lng, e.lngLat.lat]);
				return;
			}
			const f = this.#pick(e);
			const id = f ? String(f.properties.id) : null;
			this.#opts.onSelect(id);
		});
		this.#on('moveend', () => {
			const c = this.map.getCenter();
			this.#opts.onView?.({
				center: [c.lng, c.lat],
				zoom: this.map.getZoom(),
				bearing: this.map.getBearing()
			});
		});
		// A filter set before the style loaded (a shared link) applies from the first frame.
		this.#on('style.load', () => this.setFilter(this.#filters));
		this.#on('error', (e) => {
			this.#opts.onError?.(e.error?.message ?? 'map error');
		});
	}

	#pick(e: MapMouseEvent): MapGeoJSONFeature | null {
		const layers = INTERACTIVE_LAYERS.filter((l) => this.map.getLayer(l));
		const r = 4; // px of tolerance around the pointer, for touch and small markers
		const hits = this.map.queryRenderedFeatures(
			[
				[e.point.x - r, e.point.y - r],
				[e.point.x + r, e.point.y + r]
			],
			{ layers }
		);
		// queryRenderedFeatures returns topmost first; prefer points over areas.
		return hits.find((h) => h.layer.type === 'circle') ?? hits[0] ?? null;
	}

	#hoverAt(e: MapMouseEvent) {
		const f = this.#pick(e);
		this.map.getCanvas().style.cursor = f ? 'pointer' : '';
		this.#setHover(f && f.id !== undefined ? { source: f.source, id: String(f.id) } : null);
		this.#opts.onHover?.(f ? String(f.properties.id) : null);
	}

	#setHover(ref: FeatureRef | null) {
		if (this.#hovered && this.map.getSource(this.#hovered.source)) {
			this.map.setFeatureState(this.#hovered, { hover: false });
		}
		this.#hovered = ref;
		if (ref) this.map.setFeatureState(ref, { hover: true });
	}

	/**
	 * Feature-state refs of an entity in every source that draws it (its point
	 * and its polygon), by entity id: they hold whether or not its tiles are
	 * loaded or its layer is shown.
	 */
	#refsOf(id: string): FeatureRef[] {
		const entity = this.#entities.get(id);
		if (!entity) return [];
		return entity.layers.flatMap((layer) => {
			const source = ENTITY_SOURCES.get(layer);
			return source && this.map.getSource(source) ? [{ source, id }] : [];
		});
	}

	/** Selects an entity: highlight, accuracy ring, popup. null clears the selection. */
	select(id: string | null) {
		if (!this.#loaded) {
			// Feature-state and the ring need the sources loaded: select once drawn.
			this.#pendingSelect = id;
			return;
		}
		for (const ref of this.#selected) {
			if (this.map.getSource(ref.source)) this.map.setFeatureState(ref, { selected: false });
		}
		this.#selected = [];
		// Detach before removing: removal fires 'close', which must not report a deselection.
		const old = this.#popup;
		this.#popup = null;
		old?.remove();
		const entity = id ? this.#entities.get(id) : undefined;
		this.#selectedId = entity?.id ?? null;
		const ring = this.map.getSource<GeoJSONSource>(SELECTION_SOURCE);
		if (!entity) {
			ring?.setData({ type: 'FeatureCollection', features: [] });
			return;
		}
		this.#selected = this.#refsOf(entity.id);
		for (const ref of this.#selected) this.map.setFeatureState(ref, { selected: true });
		ring?.setData({
			type: 'FeatureCollection',
			features:
				entity.position.method === 'sourced' && entity.kind !== 'zone'
					? []
					: [accuracyCircle(entity.point, entity.position.accuracy_m, { role: 'accuracy' })]
		});
		if (this.#opts.popups === false) return;
		const popup = new maplibre.Popup({
			closeButton: true,
			maxWidth: '300px',
			focusAfterOpen: false
		})
			.setLngLat(entity.point)
			.setDOMContent(popupElement(this.#opts.describe(entity)))
			.addTo(this.map);
		popup.on('close', () => {
			if (this.#popup === popup) this.#opts.onSelect(null);
		});
		this.#popup = popup;
	}

	/**
	 * Shows only the entities passing the filters, by layer (null shows all).
	 * Kept and re-applied whenever a style loads: the first one, and after a restyle.
	 */
	setFilter(filters: LayerFilters) {
		this.#filters = filters;
		for (const kind of ['match', 'context'] as const) {
			for (const layer of FILTER_LAYERS[kind]) {
				if (this.map.getLayer(layer)) this.map.setFilter(layer, filters[kind]);
			}
		}
	}

	/** Highlights an entity from outside the map (the results list), like a hover. */
	highlight(id: string | null) {
		for (const ref of this.#highlighted) {
			if (this.map.getSource(ref.source)) this.map.setFeatureState(ref, { hover: false });
		}
		this.#highlighted = id ? this.#refsOf(id) : [];
		for (const ref of this.#highlighted) this.map.setFeatureState(ref, { hover: true });
	}

	/** Draws analysis results (circles, areas, segments, labels); null clears them. */
	showAnalysis(fc: FeatureCollection | null) {
		this.#analysis = fc ?? { type: 'FeatureCollection', features: [] };
		this.map.getSource<GeoJSONSource>(ANALYSIS_SOURCE)?.setData(this.#analysis);
	}

	/** The next click on the map gives a point instead of selecting a feature. */
	pickPoint(): Promise<[number, number]> {
		this.map.getCanvas().style.cursor = 'crosshair';
		return new Promise((resolve) => (this.#pickPoint = resolve));
	}

	/** Flies back to the whole zone, as on first load. */
	fitZone() {
		const [w, s, e, n] = this.#opts.index.bbox;
		this.map.fitBounds(
			[
				[w, s],
				[e, n]
			],
			{ padding: this.#opts.fitPadding ?? 24, bearing: 0 }
		);
	}

	/**
	 * Fits the camera to some points (the results of a filter), inside the part
	 * of the map the panels leave clear. One point is centred at street zoom.
	 */
	fitToPoints(points: readonly [number, number][], padding: Padding) {
		if (!points.length) return;
		let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
		for (const [x, y] of points) {
			w = Math.min(w, x);
			s = Math.min(s, y);
			e = Math.max(e, x);
			n = Math.max(n, y);
		}
		if (w === e && s === n) {
			this.map.flyTo({
				center: [w, s],
				zoom: Math.max(this.map.getZoom(), 14),
				offset: [(padding.left - padding.right) / 2, (padding.top - padding.bottom) / 2]
			});
			return;
		}
		this.map.fitBounds(
			[
				[w, s],
				[e, n]
			],
			{
				padding: fitInside(padding, this.map.getContainer()),
				maxZoom: 15,
				bearing: this.map.getBearing()
			}
		);
	}

	/** Whether any of the points is on screen, outside the panels' padding. */
	anyInView(points: readonly [number, number][], padding: Padding): boolean {
		const { clientWidth: width, clientHeight: height } = this.map.getContainer();
		return points.some((p) => {
			const { x, y } = this.map.project(p);
			return (
				x >= padding.left &&
				x <= width - padding.right &&
				y >= padding.top &&
				y <= height - padding.bottom
			);
		});
	}

	/** Labels of the map's own controls, in the UI language. */
	setControlLabels(labels: { home: string }) {
		this.#home.setLabel(labels.home);
	}

	/** Moves the camera without animation (restoring a shared view). */
	jumpTo(view: Partial<CameraView>) {
		this.map.jumpTo({ center: view.center, zoom: view.zoom, bearing: view.bearing });
	}

	/** Flies to an entity, centring it in the part of the map the panels leave visible. */
	flyToEntity(id: string, padding?: { top: number; right: number; bottom: number; left: number }) {
		const entity = this.#entities.get(id);
		if (!entity) return;
		// An offset, not `padding`: MapLibre keeps a camera padding after the flight, which
		// would shift every later centre (and the URL) by the panels' width.
		const p = padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
		this.map.flyTo({
			center: entity.point,
			zoom: Math.max(this.map.getZoom(), 13.5),
			speed: 1.6,
			offset: [(p.left - p.right) / 2, (p.top - p.bottom) / 2]
		});
	}

	setVisible(visible: Record<LayerId, boolean>) {
		this.#opts.visible = visible;
		for (const id of LAYER_IDS) {
			for (const layer of LAYERS_OF[id]) {
				if (this.map.getLayer(layer)) {
					this.map.setLayoutProperty(layer, 'visibility', visible[id] ? 'visible' : 'none');
				}
			}
		}
	}

	/** Relabels in place (no restyle, so drawings and feature-state survive). */
	setLang(lang: Lang) {
		if (lang === this.#opts.lang) return;
		this.#opts.lang = lang;
		for (const layer of LABEL_LAYERS) {
			if (this.map.getLayer(layer))
				this.map.setLayoutProperty(layer, 'text-field', nameField(lang));
		}
		if (this.#selectedId) this.select(this.#selectedId);
	}

	/** Starts the measurement tool; while it draws, clicks do not select features. */
	measure(onChange: (features: Drawn[]) => void): MeasureTool {
		this.#measure?.destroy();
		this.#measureListener = onChange;
		this.#measure = new MeasureTool(this.map, onChange);
		return this.#measure;
	}

	get measuring(): MeasureTool | null {
		return this.#measure;
	}

	stopMeasuring() {
		this.#measure?.destroy();
		this.#measure = null;
		this.#measureListener = null;
	}

	async setBasemap(choice: BasemapChoice) {
		const same =
			choice.kind === this.#basemap.kind &&
			(choice.kind === 'embedded' ||
				(this.#basemap.kind === 'online' && choice.url === this.#basemap.url));
		if (same) return;
		this.#basemap = choice;
		await this.#restyle();
	}

	async #restyle() {
		const opts = this.#styleOptions();
		let style: StyleSpecification;
		if (this.#basemap.kind === 'online') {
			try {
				const res = await fetch(this.#basemap.url);
				if (!res.ok) throw new Error(`HTTP ${res.status}`);
				style = overlayOnOnlineStyle(await res.json(), this.#opts.index, opts);
			} catch (err) {
				this.#opts.onError?.(`online basemap: ${(err as Error).message}`);
				style = buildEmbeddedStyle(this.#opts.index, opts);
			}
		} else {
			style = buildEmbeddedStyle(this.#opts.index, opts);
		}
		const selected = this.#selectedId;
		// A new basemap replaces the whole style, drawing layers included: the drawing
		// tool is rebuilt on the new style with the same shapes.
		const drawn = this.#measure?.features() ?? [];
		const listener = this.#measureListener;
		this.stopMeasuring();
		this.map.setStyle(style, { diff: false });
		if (listener) {
			this.map.once('style.load', () => this.measure(listener).add(drawn));
		}
		// A diffed style applies at once; a new one when loaded. Filters go back on either way.
		this.setFilter(this.#filters);
		this.map.once('styledata', () => this.setFilter(this.#filters));
		// Feature-state and the ring live in the style's sources: restore them once redrawn.
		this.map.once('idle', () => {
			this.setFilter(this.#filters);
			this.showAnalysis(this.#analysis);
			if (selected) this.select(selected);
		});
	}

	destroy() {
		this.stopMeasuring();
		for (const off of this.#teardown) off();
		this.#teardown = [];
		this.#popup?.remove();
		this.map.remove();
	}
}
