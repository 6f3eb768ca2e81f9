/**
 * The app's state as one rune class. Components read and change it; the map
 * adapter is driven from it by MapView's effects; what is shareable is
 * mirrored in the URL (see url.ts and UrlSync).
 */
import type { Feature, LineString, Polygon } from 'geojson';
import { untrack } from 'svelte';
import type { LayerId } from '$lib/data/atlas';
import { LAYER_IDS } from '$lib/data/atlas';
import { LANG_KEY, isLang, type Lang } from '$lib/i18n/messages';
import { FACETS, emptyFilter, toggleValue, type Facet, type Filter } from '$lib/data/query';
import type { ReachFilter } from '$lib/data/query';
import type { Panel, Place, UrlView } from './url';
import { readItem, writeItem } from './storage';

export type { Place };

export type BasemapKind = 'embedded' | 'contrast' | 'online';
export type MapView = { center: [number, number]; zoom: number; bearing: number };
/** A camera move asked for by a URL: what it does not say stays as it is. */
export type CameraRequest = Partial<MapView>;

/** What a URL may name, to tell a known id from a stale or mistyped one. */
export type KnownValues = {
	ids: { has(id: string): boolean };
	facets: Record<Facet, ReadonlySet<string>>;
	/** the hub roles entities have road times to (the reach filter's choices) */
	reachRoles: ReadonlySet<string>;
};

/** What a picked point is for: the "what's near" origin, a route end, an isochrone origin, a corrected position. */
export type PickTarget = 'near' | 'routeFrom' | 'routeTo' | 'iso' | 'correct';

/** What a click on the map does: select a feature, pick a point, or draw a shape. */
export type InteractionMode =
	| { kind: 'select' }
	| { kind: 'pick'; target?: PickTarget }
	| { kind: 'measure'; shape: 'linestring' | 'polygon' };

/** A one-off command for the drawing tool; `seq` makes each request new. */
export type MeasureCommand = { action: 'undo' | 'clear'; seq: number };

/** At most this many sites are compared side by side. */
export const COMPARE_LIMIT = 4;

export function allVisible(): Record<LayerId, boolean> {
	return Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>;
}

type Facets = Record<Facet, string[]>;

function noFacets(): Facets {
	return Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Facets;
}

export class AtlasState {
	lang = $state<Lang>('zh');
	visible = $state<Record<LayerId, boolean>>(allVisible());
	selectedId = $state<string | null>(null);
	hoveredId = $state<string | null>(null);
	basemap = $state<BasemapKind>('embedded');
	facets = $state<Facets>(noFacets());
	query = $state('');
	/** pinned sites of the compare view (2–4 make a comparison) */
	compare = $state<string[]>([]);
	/** the open tab of the side panel */
	panel = $state<Panel>('layers');
	/** the camera, as last reported by the map */
	view = $state<MapView | null>(null);
	/** where a URL asked the camera to go (restore, Back/Forward) */
	camera = $state<CameraRequest | null>(null);
	/** bumped when the camera must move to `camera`, not when the map reports a move */
	viewRequest = $state(0);
	/** fly to the selection once (search result, list click) */
	flyRequest = $state(0);
	/** fit the camera to the filter's results once ("zoom to results") */
	fitRequest = $state(0);
	/** shapes drawn with the measure tool (they can also be picked as areas) */
	drawn = $state<Feature<LineString | Polygon>[]>([]);
	/** bumped when `drawn` comes from a URL and the drawing tool must load it */
	drawnRequest = $state(0);
	/** "what's near": a picked origin (null: the selection), the radius and the list length */
	nearPoint = $state<[number, number] | null>(null);
	nearRadiusKm = $state(2);
	nearCount = $state(5);
	/** a point picked on the map for "Correct position", until the form takes it */
	correctionPick = $state<[number, number] | null>(null);
	/** chosen values of imported files' own columns (see Filter.props); kept out of links */
	props = $state<Record<string, string[]>>({});
	/** "within N min by road of a hub": part of the filter */
	reach = $state<ReachFilter | null>(null);
	/** the road route asked for (A to B, or from the access card), drawn and in the URL */
	route = $state<{ from: Place | null; to: Place | null }>({ from: null, to: null });
	/** the origin of the isochrone shown, or null */
	iso = $state<Place | null>(null);
	/** keys of the areas ticked for area-to-area distance */
	zoneAreas = $state<string[]>([]);
	/** what a click on the map does now; the map adapter applies it */
	mode = $state<InteractionMode>({ kind: 'select' });
	/** the last command for the drawing tool (undo, clear) */
	measureCommand = $state<MeasureCommand | null>(null);
	/** a short message for the user about their last action (e.g. the compare limit) */
	notice = $state<'compareFull' | null>(null);
	/** what the analysis tools draw on the map, by tool */
	overlays = $state<Record<string, Feature[]>>({});
	/** true once the map has drawn its first frame of data */
	ready = $state(false);
	error = $state<string | null>(null);

	constructor(storage?: Pick<Storage, 'getItem'>) {
		const saved = readItem(storage, LANG_KEY);
		if (isLang(saved)) this.lang = saved;
	}

	/** Replaces one tool's map overlay (empty removes it). Safe to call from an effect. */
	setOverlay(key: string, features: Feature[]) {
		const current = untrack(() => this.overlays);
		const next = { ...current };
		if (features.length) next[key] = features;
		else delete next[key];
		this.overlays = next;
	}

	setMode(mode: InteractionMode) {
		this.mode = mode;
	}

	/** Esc, or leaving the tool's tab: back to selecting (a shape in progress is dropped). */
	cancelMode() {
		if (this.mode.kind !== 'select') this.mode = { kind: 'select' };
	}

	/** A point clicked in pick mode, given to the tool that asked for it. Ignored in any other mode. */
	pick(point: [number, number]) {
		if (this.mode.kind !== 'pick') return;
		const target = this.mode.target ?? 'near';
		if (target === 'near') this.nearPoint = point;
		else if (target === 'correct') this.correctionPick = point;
		else if (target === 'iso') this.iso = { point };
		else {
			const end = target === 'routeFrom' ? 'from' : 'to';
			this.route = { ...untrack(() => this.route), [end]: { point } };
			// A then B: after picking the start, the next click is the end (unless it is set)
			if (end === 'from' && !untrack(() => this.route).to) {
				this.mode = { kind: 'pick', target: 'routeTo' };
				return;
			}
		}
		this.mode = { kind: 'select' };
	}

	/** The road route from one place to another (either may still be missing). */
	setRoute(from: Place | null, to: Place | null) {
		this.route = { from, to };
	}

	/** Asks the drawing tool to undo its last step or clear every shape. */
	measureAction(action: MeasureCommand['action']) {
		this.measureCommand = { action, seq: (untrack(() => this.measureCommand)?.seq ?? 0) + 1 };
	}

	toggleLayer(id: LayerId) {
		this.visible = { ...this.visible, [id]: !this.visible[id] };
	}

	setLang(lang: Lang, storage?: Pick<Storage, 'setItem'>) {
		this.lang = lang;
		writeItem(storage, LANG_KEY, lang);
	}

	select(id: string | null, opts: { fly?: boolean } = {}) {
		this.selectedId = id;
		if (id && opts.fly) this.flyRequest++;
	}

	/**
	 * Pins or unpins a site for comparison. At most COMPARE_LIMIT are pinned: a
	 * further pin is refused with a notice (nothing is dropped behind the user's
	 * back). Returns whether the site is pinned afterwards.
	 */
	toggleCompare(id: string): boolean {
		if (this.compare.includes(id)) {
			this.compare = this.compare.filter((x) => x !== id);
			this.notice = null;
			return false;
		}
		if (this.compare.length >= COMPARE_LIMIT) {
			this.notice = 'compareFull';
			return false;
		}
		this.compare = [...this.compare, id];
		this.notice = null;
		return true;
	}

	toggleFacet(facet: Facet, value: string) {
		const next = toggleValue({ ...emptyFilter(), ...this.facets }, facet, value);
		this.facets = { ...this.facets, [facet]: next[facet] };
	}

	/** Chooses or unchooses a value of an imported file's column. */
	toggleProp(column: string, value: string) {
		const values = this.props[column] ?? [];
		const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
		this.props = { ...this.props, [column]: next };
	}

	clearFilters() {
		this.props = {};
		this.facets = noFacets();
		this.query = '';
		this.reach = null;
	}

	get filtering(): boolean {
		return (
			FACETS.some((f) => this.facets[f].length > 0) ||
			this.query.trim() !== '' ||
			this.reach !== null ||
			Object.values(this.props).some((v) => v.length > 0)
		);
	}

	/** The filter with the ids matching the current query (from the search index). */
	filter(textIds: ReadonlySet<string> | null): Filter {
		return { ...this.facets, textIds, reach: this.reach, props: this.props };
	}

	toUrlView(): UrlView {
		const everyLayer = LAYER_IDS.every((id) => this.visible[id]);
		return {
			center: this.view?.center,
			zoom: this.view?.zoom,
			bearing: this.view?.bearing,
			basemap: this.basemap,
			layers: everyLayer ? undefined : LAYER_IDS.filter((id) => this.visible[id]),
			chains: this.facets.chains,
			statuses: this.facets.statuses,
			kinds: this.facets.kinds,
			areas: this.facets.areas,
			districts: this.facets.districts,
			query: this.query.trim() || undefined,
			selected: this.selectedId ?? undefined,
			compare: this.compare.length ? this.compare : undefined,
			panel: this.panel === 'layers' ? undefined : this.panel,
			measures: this.drawn.length ? this.drawn.map((f) => f.geometry) : undefined,
			zoneAreas: this.zoneAreas.length ? this.zoneAreas : undefined,
			nearPoint: this.nearPoint ?? undefined,
			nearRadiusKm: this.nearRadiusKm === 2 ? undefined : this.nearRadiusKm,
			nearCount: this.nearCount === 5 ? undefined : this.nearCount,
			reach: this.reach ?? undefined,
			route: this.route.from || this.route.to ? this.route : undefined,
			iso: this.iso ?? undefined,
			lang: this.lang
		};
	}

	/**
	 * Applies a parsed URL; what it does not say falls back to the defaults. Ids
	 * the dataset does not know are ignored, never applied as an empty filter.
	 */
	applyUrlView(v: UrlView, known: KnownValues) {
		const knownIds = known.ids;
		const only = (facet: Facet, values?: string[]) =>
			(values ?? []).filter((x) => known.facets[facet].has(x));
		if (v.lang) this.lang = v.lang;
		this.basemap = v.basemap ?? 'embedded';
		const shown = new Set(v.layers ?? LAYER_IDS);
		this.visible = Object.fromEntries(LAYER_IDS.map((id) => [id, shown.has(id)])) as Record<
			LayerId,
			boolean
		>;
		this.facets = {
			chains: only('chains', v.chains),
			statuses: only('statuses', v.statuses),
			kinds: only('kinds', v.kinds),
			areas: only('areas', v.areas),
			districts: only('districts', v.districts)
		};
		this.query = v.query ?? '';
		this.selectedId = v.selected && knownIds.has(v.selected) ? v.selected : null;
		this.compare = (v.compare ?? []).filter((id) => knownIds.has(id)).slice(0, COMPARE_LIMIT);
		this.panel = v.panel ?? 'layers';
		this.zoneAreas = v.zoneAreas ?? [];
		this.nearPoint = v.nearPoint ?? null;
		this.nearRadiusKm = v.nearRadiusKm ?? 2;
		this.nearCount = v.nearCount ?? 5;
		this.reach = v.reach && known.reachRoles.has(v.reach.role) ? v.reach : null;
		const place = (p: Place | null | undefined): Place | null =>
			!p ? null : 'id' in p ? (knownIds.has(p.id) ? p : null) : p;
		this.route = { from: place(v.route?.from), to: place(v.route?.to) };
		this.iso = place(v.iso);
		const drawn = (v.measures ?? []).map((geometry, i): Feature<LineString | Polygon> => ({
			type: 'Feature',
			id: `url-${i}`,
			properties: { mode: geometry.type === 'Polygon' ? 'polygon' : 'linestring' },
			geometry
		}));
		const same = (a: { geometry: unknown }[], b: { geometry: unknown }[]) =>
			JSON.stringify(a.map((f) => f.geometry)) === JSON.stringify(b.map((f) => f.geometry));
		if (
			!same(
				drawn,
				untrack(() => this.drawn)
			)
		) {
			this.drawn = drawn;
			this.drawnRequest++;
		}
		// Each part of the camera that the URL gives is applied; a valid centre
		// is kept even when the zoom beside it is not.
		if (v.center || v.zoom !== undefined) {
			this.camera = { center: v.center, zoom: v.zoom, bearing: v.bearing ?? 0 };
			this.viewRequest++;
		}
		if (!v.center && this.selectedId) {
			// A link that names a feature but no view opens on the feature.
			this.flyRequest++;
		}
	}
}
