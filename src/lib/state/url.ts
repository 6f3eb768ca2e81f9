/**
 * The shareable view as URL query parameters, and back. Pure: no window, no
 * SvelteKit. Parsing never throws: an unknown or malformed parameter is
 * dropped and the rest is applied.
 *
 *   ?c=114.13,30.65&z=11.5&b=0&bm=online&lyr=facilities,hubs&chain=electronics
 *   &status=operating&kind=park&area=zoumaling&q=boe&sel=boe-wuhan&cmp=a,b&panel=results
 *   &m=L<polyline>~P<polyline>&zd=zone:a,drawn:0&near=114.1,30.6&r=2&nn=5
 *   &reach=rail:15&rt=boe-wuhan~114.1,30.6&iso=hanou-logistics-park&lang=en
 *
 * Measurements (`m`) are Google-encoded polylines at 1e-6° (about 0.1 m), `L`
 * for a line and `P` for a polygon's outer ring, joined by `~`. A place (a
 * route end, an isochrone origin) is a feature id or `lon,lat`; a route is
 * its two ends joined by `~`, either of which may be empty.
 */
import polyline from '@mapbox/polyline';
import type { LineString, Polygon } from 'geojson';
import { LAYER_IDS, type LayerId } from '$lib/data/atlas';
import { isLang, type Lang } from '$lib/i18n/messages';
import { REACH_MINUTES, type ReachFilter } from '$lib/data/query';
import { MAX_QUERY_LENGTH } from '$lib/data/search-doc';

/** The tab open in the side panel. The detail panel opens with a selection. */
export const TABS = ['layers', 'filters', 'results', 'stats', 'measure', 'analyze'] as const;
/** Every panel: the tabs, and views opened from a tab ('quality' from 'stats'). */
export const PANELS = [...TABS, 'quality'] as const;
export type Panel = (typeof PANELS)[number];
export type Tab = (typeof TABS)[number];

/** The tab a panel belongs to (the one shown selected while it is open). */
export function tabOf(panel: Panel): Tab {
	return panel === 'quality' ? 'stats' : panel;
}

export type UrlView = {
	center?: [number, number];
	zoom?: number;
	bearing?: number;
	basemap?: 'embedded' | 'contrast' | 'online';
	/** the visible layers; absent means the default (all) */
	layers?: LayerId[];
	chains?: string[];
	statuses?: string[];
	kinds?: string[];
	areas?: string[];
	districts?: string[];
	query?: string;
	selected?: string;
	/** pinned sites of the compare view, in order */
	compare?: string[];
	panel?: Panel;
	/** shapes drawn with the measure tool */
	measures?: Array<LineString | Polygon>;
	/** keys of the areas ticked for area-to-area distance ('zone:id', 'drawn:0', …) */
	zoneAreas?: string[];
	/** the "what's near" origin when it is a picked point (else the selection) */
	nearPoint?: [number, number];
	/** the "what's near" radius, km */
	nearRadiusKm?: number;
	/** how many nearest facilities are listed */
	nearCount?: number;
	/** "within N min by road of a hub" */
	reach?: ReachFilter;
	/** the road route shown (either end may be missing while it is being set) */
	route?: { from: Place | null; to: Place | null };
	/** the isochrone's origin */
	iso?: Place;
	lang?: Lang;
};

/** A feature of the dataset, or a point (WGS-84). */
export type Place = { id: string } | { point: [number, number] };

/** The "what's near" radius slider (km) and the list lengths it offers. */
export const NEAR_RADIUS = { min: 0.5, max: 20, step: 0.5 } as const;
export const NEAR_COUNTS = [3, 5, 10, 20] as const;
const AREA_KEY = /^(zone|park|district|drawn|user):[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SHAPES = 20;
const MAX_VERTICES = 500;
const PRECISION = 6;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** a facet value: an id, or a reserved value such as '_none' (outside every area) */
const VALUE = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|_[a-z]+)$/;
const MAX_LIST = 50;

function round(n: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

function num(text: string | null, min: number, max: number): number | undefined {
	if (text === null || text.trim() === '') return undefined;
	const n = Number(text);
	return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

function idList(text: string | null, pattern = ID): string[] | undefined {
	if (text === null) return undefined;
	const ids = text
		.split(',')
		.map((s) => s.trim())
		.filter((s) => pattern.test(s))
		.slice(0, MAX_LIST);
	return [...new Set(ids)];
}

function lonLat(text: string | null): [number, number] | undefined {
	const c = text?.split(',');
	if (c?.length !== 2) return undefined;
	const lon = num(c[0] ?? null, -180, 180);
	const lat = num(c[1] ?? null, -85, 85);
	return lon !== undefined && lat !== undefined ? [lon, lat] : undefined;
}

function validCoords(coords: [number, number][]): boolean {
	return coords.every(([lat, lon]) => Math.abs(lat) <= 85 && Math.abs(lon) <= 180);
}

/** One measured shape from `L…` or `P…`; null when it does not decode to a valid shape. */
function decodeShape(code: string): LineString | Polygon | null {
	const kind = code[0];
	if (kind !== 'L' && kind !== 'P') return null;
	let latLons: [number, number][];
	try {
		latLons = polyline.decode(code.slice(1), PRECISION);
	} catch {
		return null;
	}
	if (latLons.length > MAX_VERTICES || !validCoords(latLons)) return null;
	const coords = latLons.map(([lat, lon]) => [lon, lat]);
	if (kind === 'L') return coords.length >= 2 ? { type: 'LineString', coordinates: coords } : null;
	if (coords.length < 3) return null;
	return { type: 'Polygon', coordinates: [[...coords, coords[0]!]] };
}

function encodeShape(g: LineString | Polygon): string {
	const toLatLon = (c: number[]) => [c[1]!, c[0]!] as [number, number];
	if (g.type === 'LineString') return 'L' + polyline.encode(g.coordinates.map(toLatLon), PRECISION);
	const ring = g.coordinates[0] ?? [];
	return 'P' + polyline.encode(ring.slice(0, -1).map(toLatLon), PRECISION);
}

export function parseView(params: URLSearchParams): UrlView {
	const view: UrlView = {};
	const center = lonLat(params.get('c'));
	if (center) view.center = center;
	const zoom = num(params.get('z'), 0, 22);
	if (zoom !== undefined) view.zoom = zoom;
	const bearing = num(params.get('b'), -360, 360);
	if (bearing !== undefined) view.bearing = bearing;
	const bm = params.get('bm');
	if (bm === 'embedded' || bm === 'contrast' || bm === 'online') view.basemap = bm;
	const layers = idList(params.get('lyr'));
	if (layers) view.layers = layers.filter((l): l is LayerId => LAYER_IDS.includes(l as LayerId));
	for (const [key, field] of [
		['chain', 'chains'],
		['status', 'statuses'],
		['kind', 'kinds'],
		['area', 'areas'],
		['district', 'districts']
	] as const) {
		const list = idList(params.get(key), VALUE);
		if (list?.length) view[field] = list;
	}
	const q = params.get('q');
	if (q && q.trim()) view.query = q.trim().slice(0, MAX_QUERY_LENGTH);
	const sel = params.get('sel');
	if (sel && ID.test(sel)) view.selected = sel;
	const cmp = idList(params.get('cmp'));
	if (cmp?.length) view.compare = cmp.slice(0, 4);
	const panel = params.get('panel');
	if ((PANELS as readonly string[]).includes(panel ?? '')) view.panel = panel as Panel;
	const m = params.get('m');
	if (m) {
		const shapes = m
			.split('~')
			.slice(0, MAX_SHAPES)
			.flatMap((code) => decodeShape(code) ?? []);
		if (shapes.length) view.measures = shapes;
	}
	const zd = params.get('zd');
	if (zd) {
		const keys = [...new Set(zd.split(',').filter((k) => AREA_KEY.test(k)))].slice(0, MAX_LIST);
		if (keys.length) view.zoneAreas = keys;
	}
	const near = lonLat(params.get('near'));
	if (near) view.nearPoint = near;
	const r = num(params.get('r'), NEAR_RADIUS.min, NEAR_RADIUS.max);
	if (r !== undefined && Number.isInteger(r / NEAR_RADIUS.step)) view.nearRadiusKm = r;
	const nn = num(params.get('nn'), 0, 100);
	if (nn !== undefined && (NEAR_COUNTS as readonly number[]).includes(nn)) view.nearCount = nn;
	const reach = /^([a-z0-9]+(?:-[a-z0-9]+)*):(\d{1,3})$/.exec(params.get('reach') ?? '');
	if (reach && REACH_MINUTES.includes(Number(reach[2]))) {
		view.reach = { role: reach[1]!, minutes: Number(reach[2]) };
	}
	const rt = params.get('rt')?.split('~');
	if (rt?.length === 2) {
		const [from, to] = rt.map(parsePlace);
		if (from || to) view.route = { from: from ?? null, to: to ?? null };
	}
	const iso = parsePlace(params.get('iso') ?? '');
	if (iso) view.iso = iso;
	const lang = params.get('lang');
	if (isLang(lang)) view.lang = lang;
	return view;
}

function parsePlace(text: string): Place | undefined {
	if (ID.test(text)) return { id: text };
	const point = lonLat(text);
	return point ? { point } : undefined;
}

function formatPlace(place: Place | null): string {
	if (!place) return '';
	if ('id' in place) return place.id;
	return `${round(place.point[0], 6)},${round(place.point[1], 6)}`;
}

/** Parameters in a fixed order, so equal views give equal URLs. */
export function serializeView(view: UrlView): URLSearchParams {
	const p = new URLSearchParams();
	if (view.center) {
		p.set('c', `${round(view.center[0], 5)},${round(view.center[1], 5)}`);
	}
	if (view.zoom !== undefined) p.set('z', String(round(view.zoom, 2)));
	if (view.bearing) p.set('b', String(round(view.bearing, 1)));
	if (view.basemap && view.basemap !== 'embedded') p.set('bm', view.basemap);
	if (view.layers) p.set('lyr', view.layers.join(','));
	if (view.chains?.length) p.set('chain', view.chains.join(','));
	if (view.statuses?.length) p.set('status', view.statuses.join(','));
	if (view.kinds?.length) p.set('kind', view.kinds.join(','));
	if (view.areas?.length) p.set('area', view.areas.join(','));
	if (view.districts?.length) p.set('district', view.districts.join(','));
	if (view.query) p.set('q', view.query.slice(0, MAX_QUERY_LENGTH));
	if (view.selected) p.set('sel', view.selected);
	if (view.compare?.length) p.set('cmp', view.compare.join(','));
	if (view.panel) p.set('panel', view.panel);
	if (view.measures?.length) p.set('m', view.measures.map(encodeShape).join('~'));
	if (view.zoneAreas?.length) p.set('zd', view.zoneAreas.join(','));
	if (view.nearPoint) {
		p.set('near', `${round(view.nearPoint[0], 6)},${round(view.nearPoint[1], 6)}`);
	}
	if (view.nearRadiusKm !== undefined) p.set('r', String(view.nearRadiusKm));
	if (view.nearCount !== undefined) p.set('nn', String(view.nearCount));
	if (view.reach) p.set('reach', `${view.reach.role}:${view.reach.minutes}`);
	if (view.route) p.set('rt', `${formatPlace(view.route.from)}~${formatPlace(view.route.to)}`);
	if (view.iso) p.set('iso', formatPlace(view.iso));
	if (view.lang) p.set('lang', view.lang);
	return p;
}
