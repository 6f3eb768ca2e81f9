/**
 * The MapLibre adapter: the only module that touches the map object. The UI
 * hands it data and state; it reports user actions back through callbacks.
 */
import * as maplibre from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type {
	GeoJSONSource,
	LayerSpecification,
	Map as MaplibreMap,
	MapGeoJSONFeature,
	MapMouseEvent,
	StyleSpecification
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { LAYER_IDS, type AtlasEntity, type AtlasIndex, type LayerId } from '$lib/data/atlas';
import { withChainSymbols } from './chain-images';
import type { Lang } from '$lib/i18n/messages';
import { filtersByLayer, type LayerFilters } from './filter';
import { MapControls } from './controls';
import { mapLocale } from './locale';
import type { LonLat } from '$lib/geo/lonlat';
import { MAX_ZOOM, allInView, anyInView, fitCircle, fitToPoints, type Padding } from './camera';
import { chooserHeading, entitiesOf, featuresAt, openChooser } from './chooser';
import { EntityStates } from './entity-states';
import { UserSites } from './user-sites';
import { Interaction, type InteractionCallbacks, type MapMode } from './interaction';
import type { Drawn } from './measure-tool';
import { popupElement, type PopupContent } from './popup';
import { approxFilters } from './layers/approx';
import { selectionRing } from './layers/selection';
import { CJK_FONT_FAMILY } from './layers/common';
import { ANALYSIS_SOURCE, INTERACTIVE_LAYERS, LAYERS_OF, SELECTION_SOURCE } from './layers';
import { buildEmbeddedStyle, labelLayouts, overlayOnOnlineStyle, type StyleOptions } from './style';

maplibre.setWorkerUrl(workerUrl);

export type BasemapChoice = { kind: 'embedded' | 'contrast' } | { kind: 'online'; url: string };

export type { MapMode };

export type AtlasMapOptions = InteractionCallbacks & {
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
	/** room kept clear of overlay panels when fitting the zone, px */
	fitPadding?: number | { top: number; right: number; bottom: number; left: number };
	contrast?: boolean; // start in high contrast (loaded first: see prepareBasemap)
	/** after the first `idle`: the map has drawn everything it was given */
	onReady: () => void;
	/** shapes to measure from the start (a shared link) */
	measured?: Drawn[];

	onError?: (message: string) => void;
};

export type CameraView = { center: [number, number]; zoom: number; bearing: number };
export type { Padding };

export class AtlasMap {
	readonly map: MaplibreMap;
	#opts: AtlasMapOptions;
	#entities: Map<string, AtlasEntity>;
	#states: EntityStates;
	#selectedId: string | null = null;
	#popup: maplibre.Popup | null = null;
	/** the list offered when a click hit several features */
	#chooser: maplibre.Popup | null = null;
	#teardown: Array<() => void> = [];
	#basemap: BasemapChoice = { kind: 'embedded' };
	#filters: LayerFilters = { match: null, context: null };
	/** ids of the approx areas to show (null: all), see setAreaFilter */
	#areaFilter: string[] | null = null;
	#interaction: Interaction;
	/** the restyle generation that is loading an online style, until it has loaded */
	#onlinePending: number | null = null;
	/** what the selection source holds (the accuracy ring), kept for a restyle */
	#ring: FeatureCollection = { type: 'FeatureCollection', features: [] };
	/** bumped per restyle, so that only the latest one restores its state */
	#styleGeneration = 0;
	#analysis: FeatureCollection = { type: 'FeatureCollection', features: [] };
	#loaded = false;
	#controls: MapControls;
	#pendingSelect: string | null = null;
	readonly userSites: UserSites;

	constructor(opts: AtlasMapOptions) {
		this.#opts = opts;
		if (opts.contrast) this.#basemap = { kind: 'contrast' };
		this.#entities = new Map(opts.index.entities.map((e) => [e.id, e]));
		const [w, s, e, n] = opts.index.bbox;
		this.map = withChainSymbols(opts.index.zone.chains, {
			container: opts.container,
			style: buildEmbeddedStyle(opts.index, this.#styleOptions()),
			bounds: [w, s, e, n],
			fitBoundsOptions: { padding: opts.fitPadding ?? 24 },
			localIdeographFontFamily: CJK_FONT_FAMILY,
			locale: mapLocale(opts.lang),
			// The controls (attribution included) are added by MapControls, in the UI language.
			attributionControl: false,
			maxZoom: MAX_ZOOM,
			maxPitch: 0,
			dragRotate: true,
			cooperativeGestures: false
		});
		this.#states = new EntityStates(this.map, this.#entities);
		this.userSites = new UserSites(this.map, this.#entities);
		this.#interaction = new Interaction(this.map, opts);
		this.#controls = new MapControls(this.map, opts.lang, () => this.fitZone());
		this.#listen();
		this.map.once('idle', () => {
			this.#controls.foldAttribution();
			this.#loaded = true;
			if (this.#pendingSelect) this.select(this.#pendingSelect);
			// The drawing tool lives as long as the style; shapes from a link are loaded into it.
			this.#interaction.startTool(opts.measured ?? []);
			opts.onReady();
		});
	}

	#styleOptions(): StyleOptions {
		const { lang, dataUrl, visible } = this.#opts;
		return { lang, dataUrl, visible, contrast: this.#basemap.kind === 'contrast' };
	}

	/** Subscribes for the map's lifetime; destroy() unsubscribes. */
	#on<K extends keyof maplibre.MapEventType>(type: K, fn: (e: maplibre.MapEventType[K]) => void) {
		this.map.on(type, fn);
		this.#teardown.push(() => this.map.off(type, fn));
	}

	#listen() {
		this.#on('mousemove', (e: MapMouseEvent) => {
			if (this.#interaction.selecting) this.#hoverAt(e);
		});
		this.#on('mouseout', () => this.#opts.onHover?.(null));
		this.#on('click', (e: MapMouseEvent) => {
			if (!this.#interaction.takeClick(e)) this.#click(e);
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
		this.#on('style.load', () => {
			this.setFilter(this.#filters);
			this.setAreaFilter(this.#areaFilter);
		});
		this.#on('style.load', () => (this.#onlinePending = null));
		this.#on('error', (e) => {
			const message = e.error?.message ?? 'map error';
			if (this.#onlinePending === this.#styleGeneration) this.#onlineFailed(message);
			else this.#opts.onError?.(message);
		});
	}

	#pick(e: MapMouseEvent): MapGeoJSONFeature | null {
		return featuresAt(this.map, e.point, INTERACTIVE_LAYERS)[0] ?? null;
	}

	/** A click: one feature selects it; several (sites metres apart) offer a list to choose from. */
	#click(e: MapMouseEvent) {
		const hits = featuresAt(this.map, e.point, INTERACTIVE_LAYERS);
		const entities = entitiesOf(hits, this.#entities);
		if (entities.length < 2) {
			this.#opts.onSelect(entities[0]?.id ?? null);
			return;
		}
		this.#popup?.remove();
		const heading = chooserHeading(hits, entities.length, this.#opts.lang);
		const choices = entities.map((x) => ({ id: x.id, content: this.#opts.describe(x) }));
		this.#chooser?.remove();
		this.#chooser = openChooser(this.map, e.lngLat, heading, choices, (id) =>
			this.#opts.onSelect(id)
		);
	}

	/** The entity under the pointer is reported; the app highlights it back (highlight()). */
	#hoverAt(e: MapMouseEvent) {
		const f = this.#pick(e);
		this.map.getCanvas().style.cursor = f ? 'pointer' : '';
		this.#opts.onHover?.(f ? String(f.properties.id) : null);
	}

	/** Selects an entity: highlight, accuracy ring, popup. null clears the selection. */
	select(id: string | null) {
		if (!this.#loaded) {
			// Feature-state and the ring need the sources loaded: select once drawn.
			this.#pendingSelect = id;
			return;
		}
		// Detach before removing: removal fires 'close', which must not report a deselection.
		const old = this.#popup;
		this.#popup = null;
		old?.remove();
		this.#chooser?.remove();
		const entity = id ? this.#entities.get(id) : undefined;
		this.#selectedId = entity?.id ?? null;
		this.#states.set('selected', this.#selectedId);
		this.#ring = selectionRing(entity);
		this.map.getSource<GeoJSONSource>(SELECTION_SOURCE)?.setData(this.#ring);
		if (!entity) return;
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
			if (this.#popup === popup && !this.#interaction.picking) this.#opts.onSelect(null);
		});
		this.#popup = popup;
	}

	/**
	 * Shows only the entities passing the filters, by layer (null shows all).
	 * Kept and re-applied whenever a style loads: the first one, and after a restyle.
	 */
	setFilter(filters: LayerFilters) {
		this.#filters = filters;
		for (const [layer, filter] of filtersByLayer(filters)) {
			if (this.map.getLayer(layer)) this.map.setFilter(layer, filter);
		}
	}

	/** Shows only the areas of coarse positions with a member among `ids` (null: all). */
	setAreaFilter(ids: readonly string[] | null) {
		this.#areaFilter = ids ? [...new Set(ids)].sort() : null;
		for (const [layer, filter] of approxFilters(this.#areaFilter)) {
			if (this.map.getLayer(layer)) this.map.setFilter(layer, filter);
		}
	}

	/** Highlights an entity from outside the map (the results list), like a hover. */
	highlight(id: string | null) {
		this.#states.set('hover', id);
	}

	/** Draws analysis results (circles, areas, segments, labels); null clears them. */
	showAnalysis(fc: FeatureCollection | null) {
		this.#analysis = fc ?? { type: 'FeatureCollection', features: [] };
		this.map.getSource<GeoJSONSource>(ANALYSIS_SOURCE)?.setData(this.#analysis);
	}

	/**
	 * Applies the app's interaction mode: in `pick` the next click gives a point
	 * (onPick; the selection stays), in `measure` clicks draw, in `select` they select.
	 */
	setMode(mode: MapMode) {
		this.#interaction.setMode(mode);
		if (mode.kind !== 'select') this.#opts.onHover?.(null);
	}

	/** Undo the drawing tool's last step, clear every shape, or fetch the tool ahead of use. */
	measureCommand(action: 'undo' | 'clear' | 'prepare') {
		this.#interaction.command(action);
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
	fitToPoints(points: readonly LonLat[], padding: Padding) {
		fitToPoints(this.map, points, padding);
	}

	/** Brings the points into view unless they all are already (a route, an isochrone). */
	showPoints(points: readonly LonLat[], padding: Padding) {
		if (points.length && !allInView(this.map, points, padding)) {
			fitToPoints(this.map, points, padding);
		}
	}
	/** Whether any of the points is on screen, outside the panels' padding. */
	anyInView(points: readonly LonLat[], padding: Padding): boolean {
		return anyInView(this.map, points, padding);
	}

	/** Moves the camera without animation (restoring a shared view). */
	jumpTo(view: Partial<CameraView>) {
		this.map.jumpTo({ center: view.center, zoom: view.zoom, bearing: view.bearing });
	}

	/** Flies to an entity, centring it in the part of the map the panels leave visible. */
	flyToEntity(id: string, padding?: Padding) {
		const entity = this.#entities.get(id);
		if (!entity) return;
		// An offset, not `padding`: MapLibre keeps a camera padding after the flight, which
		// would shift every later centre (and the URL) by the panels' width.
		const p = padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
		if (entity.area) {
			// a coarse position: show the whole area it may lie in, not a street around a guess
			fitCircle(this.map, entity.point, entity.position.accuracy_m, p);
			return;
		}
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
		this.#controls.setLang(lang);
		for (const [layer, layout] of labelLayouts(this.#opts.index, lang)) {
			if (!this.map.getLayer(layer)) continue;
			for (const [key, value] of Object.entries(layout))
				this.map.setLayoutProperty(layer, key as never, value as never);
		}
		if (this.#selectedId) this.select(this.#selectedId);
	}

	/** Replaces the measured shapes (a restored link); reported back through onMeasure. */
	setMeasured(shapes: Drawn[]) {
		this.#interaction.replaceShapes(shapes);
	}

	setBasemap(choice: BasemapChoice) {
		const url = (c: BasemapChoice) => (c.kind === 'online' ? c.url : '');
		if (choice.kind === this.#basemap.kind && url(choice) === url(this.#basemap)) return;
		this.#basemap = choice;
		this.#restyle();
	}

	/**
	 * The style with the app's state in it: the user's filters on the filtered
	 * layers, the analysis results and the selection ring in their sources. A
	 * new style then draws the same map from its first frame.
	 */
	#withState(style: StyleSpecification): StyleSpecification {
		const filters = new Map([...filtersByLayer(this.#filters), ...approxFilters(this.#areaFilter)]);
		const layers = style.layers.map((l) =>
			filters.get(l.id) ? ({ ...l, filter: filters.get(l.id) } as LayerSpecification) : l
		);
		const sources = { ...style.sources };
		sources[ANALYSIS_SOURCE] = { type: 'geojson', data: this.#analysis };
		sources[SELECTION_SOURCE] = { type: 'geojson', data: this.#ring };
		return this.userSites.withState({ ...style, layers, sources });
	}

	/**
	 * A new basemap replaces the whole style. MapLibre fetches an online style
	 * itself (a later switch cancels an earlier one) and `transformStyle` lays
	 * the atlas's layers, with the app's state, over it. What lives outside the
	 * style (feature-state, the popup, the drawing tool) comes back once drawn.
	 */
	#restyle() {
		const generation = ++this.#styleGeneration;
		const opts = this.#styleOptions();
		const index = this.#opts.index;
		this.#interaction.suspendTool();
		if (this.#basemap.kind === 'online') {
			this.#onlinePending = generation;
			this.map.setStyle(this.#basemap.url, {
				diff: false,
				transformStyle: (_previous, next) =>
					this.#withState(overlayOnOnlineStyle(next, index, opts))
			});
		} else {
			this.map.setStyle(this.#withState(buildEmbeddedStyle(index, opts)), { diff: false });
		}
		this.map.once('idle', () => {
			if (generation !== this.#styleGeneration) return;
			this.#interaction.startTool();
			// Feature-state lives outside the style: put it back (the popup stays open).
			this.#states.restore();
		});
	}

	/** An online style that cannot be loaded: say so and fall back to the embedded basemap. */
	#onlineFailed(message: string) {
		this.#onlinePending = null;
		this.#opts.onError?.(`online basemap: ${message}`);
		this.#basemap = { kind: 'embedded' };
		this.#restyle();
	}

	destroy() {
		this.#interaction.destroy();
		for (const off of this.#teardown) off();
		this.#teardown = [];
		this.#popup?.remove();
		this.#chooser?.remove();
		this.map.remove();
	}
}
