/**
 * The shareable view as URL query parameters, and back. Pure: no window, no
 * SvelteKit. Parsing never throws: an unknown or malformed parameter is
 * dropped and the rest is applied.
 *
 *   ?c=114.13,30.65&z=11.5&b=0&bm=online&lyr=facilities,hubs&chain=electronics
 *   &status=operating&kind=park&area=zoumaling&q=boe&sel=boe-wuhan&cmp=a,b&panel=results&lang=en
 */
import { LAYER_IDS, type LayerId } from '$lib/data/atlas';
import { isLang, type Lang } from '$lib/i18n/messages';

/** The tab open in the side panel. The detail panel opens with a selection. */
export const PANELS = ['layers', 'filters', 'results', 'stats', 'measure', 'analyze'] as const;
export type Panel = (typeof PANELS)[number];

export type UrlView = {
	center?: [number, number];
	zoom?: number;
	bearing?: number;
	basemap?: 'embedded' | 'online';
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
	lang?: Lang;
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LIST = 50;
const MAX_QUERY = 200;

function round(n: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

function num(text: string | null, min: number, max: number): number | undefined {
	if (text === null || text.trim() === '') return undefined;
	const n = Number(text);
	return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

function idList(text: string | null): string[] | undefined {
	if (text === null) return undefined;
	const ids = text
		.split(',')
		.map((s) => s.trim())
		.filter((s) => ID.test(s))
		.slice(0, MAX_LIST);
	return [...new Set(ids)];
}

export function parseView(params: URLSearchParams): UrlView {
	const view: UrlView = {};
	const c = params.get('c')?.split(',');
	if (c?.length === 2) {
		const lon = num(c[0] ?? null, -180, 180);
		const lat = num(c[1] ?? null, -85, 85);
		if (lon !== undefined && lat !== undefined) view.center = [lon, lat];
	}
	const zoom = num(params.get('z'), 0, 22);
	if (zoom !== undefined) view.zoom = zoom;
	const bearing = num(params.get('b'), -360, 360);
	if (bearing !== undefined) view.bearing = bearing;
	const bm = params.get('bm');
	if (bm === 'embedded' || bm === 'online') view.basemap = bm;
	const layers = idList(params.get('lyr'));
	if (layers) view.layers = layers.filter((l): l is LayerId => LAYER_IDS.includes(l as LayerId));
	for (const [key, field] of [
		['chain', 'chains'],
		['status', 'statuses'],
		['kind', 'kinds'],
		['area', 'areas'],
		['district', 'districts']
	] as const) {
		const list = idList(params.get(key));
		if (list?.length) view[field] = list;
	}
	const q = params.get('q');
	if (q && q.trim()) view.query = q.trim().slice(0, MAX_QUERY);
	const sel = params.get('sel');
	if (sel && ID.test(sel)) view.selected = sel;
	const cmp = idList(params.get('cmp'));
	if (cmp?.length) view.compare = cmp.slice(0, 4);
	const panel = params.get('panel');
	if ((PANELS as readonly string[]).includes(panel ?? '')) view.panel = panel as Panel;
	const lang = params.get('lang');
	if (isLang(lang)) view.lang = lang;
	return view;
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
	if (view.query) p.set('q', view.query);
	if (view.selected) p.set('sel', view.selected);
	if (view.compare?.length) p.set('cmp', view.compare.join(','));
	if (view.panel) p.set('panel', view.panel);
	if (view.lang) p.set('lang', view.lang);
	return p;
}
