/**
 * The app's state as one rune class. Components read and change it; the map
 * adapter is driven from it by MapView's effects; what is shareable is
 * mirrored in the URL (see url.ts and UrlSync).
 */
import type { Feature, LineString, Polygon } from 'geojson';
import { untrack } from 'svelte';
import type { LayerId } from '$lib/data/atlas';
import { LAYER_IDS } from '$lib/data/atlas';
import { isLang, type Lang } from '$lib/i18n/messages';
import { FACETS, emptyFilter, toggleValue, type Facet, type Filter } from './filters';
import type { Panel, UrlView } from './url';

export type BasemapKind = 'embedded' | 'online';
export type MapView = { center: [number, number]; zoom: number; bearing: number };

const LANG_KEY = 'atlas.lang';

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
	/** the camera, as last reported by the map or asked for by the URL */
	view = $state<MapView | null>(null);
	/** bumped when the camera must move to `view` (URL restore), not when the map reports it */
	viewRequest = $state(0);
	/** fly to the selection once (search result, list click) */
	flyRequest = $state(0);
	/** shapes drawn with the measure tool (they can also be picked as areas) */
	drawn = $state<Feature<LineString | Polygon>[]>([]);
	/** what the analysis tools draw on the map, by tool */
	overlays = $state<Record<string, Feature[]>>({});
	/** true once the map has drawn its first frame of data */
	ready = $state(false);
	error = $state<string | null>(null);

	constructor(storage?: Pick<Storage, 'getItem'>) {
		const saved = storage?.getItem(LANG_KEY);
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

	toggleLayer(id: LayerId) {
		this.visible = { ...this.visible, [id]: !this.visible[id] };
	}

	setLang(lang: Lang, storage?: Pick<Storage, 'setItem'>) {
		this.lang = lang;
		storage?.setItem(LANG_KEY, lang);
	}

	select(id: string | null, opts: { fly?: boolean } = {}) {
		this.selectedId = id;
		if (id && opts.fly) this.flyRequest++;
	}

	/** Pins or unpins a site for comparison (at most four; the oldest makes room). */
	toggleCompare(id: string) {
		if (this.compare.includes(id)) this.compare = this.compare.filter((x) => x !== id);
		else this.compare = [...this.compare, id].slice(-4);
	}

	toggleFacet(facet: Facet, value: string) {
		const next = toggleValue({ ...emptyFilter(), ...this.facets }, facet, value);
		this.facets = { ...this.facets, [facet]: next[facet] };
	}

	clearFilters() {
		this.facets = noFacets();
		this.query = '';
	}

	get filtering(): boolean {
		return FACETS.some((f) => this.facets[f].length > 0) || this.query.trim() !== '';
	}

	/** The filter with the ids matching the current query (from the search index). */
	filter(textIds: ReadonlySet<string> | null): Filter {
		return { ...this.facets, textIds };
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
			lang: this.lang
		};
	}

	/** Applies a parsed URL; what it does not say falls back to the defaults. */
	applyUrlView(v: UrlView, knownIds: ReadonlySet<string>) {
		if (v.lang) this.lang = v.lang;
		this.basemap = v.basemap ?? 'embedded';
		const shown = new Set(v.layers ?? LAYER_IDS);
		this.visible = Object.fromEntries(LAYER_IDS.map((id) => [id, shown.has(id)])) as Record<
			LayerId,
			boolean
		>;
		this.facets = {
			chains: v.chains ?? [],
			statuses: v.statuses ?? [],
			kinds: v.kinds ?? [],
			areas: v.areas ?? [],
			districts: v.districts ?? []
		};
		this.query = v.query ?? '';
		this.selectedId = v.selected && knownIds.has(v.selected) ? v.selected : null;
		this.compare = (v.compare ?? []).filter((id) => knownIds.has(id));
		this.panel = v.panel ?? 'layers';
		if (v.center && v.zoom !== undefined) {
			this.view = { center: v.center, zoom: v.zoom, bearing: v.bearing ?? 0 };
			this.viewRequest++;
		} else if (this.selectedId) {
			// A link that names a feature but no view opens on the feature.
			this.flyRequest++;
		}
	}
}
