/**
 * The map's view in words, for screen readers: the area shown, how many
 * features of each kind are in view, and the selected feature. Pure: the map
 * view gives what it holds, counted (data/tally.ts), the
 * camera and the selection; this writes the sentence in the UI language.
 */
import type { AtlasEntity } from '$lib/data/atlas';
import type { Tally } from '$lib/data/tally';
import { KINDS, type EntityKind } from '$lib/data/vocabulary';
import type { LonLat } from '$lib/geo/lonlat';
import { formatNumber } from '$lib/i18n/format';
import { LOCALES, localized, t, type Lang } from '$lib/i18n/messages';
import { entityName, enumLabel } from './describe';

/** Kinds in the sentence's order: the dataset's kinds, then the user's candidate sites. */
const KIND_ORDER: readonly EntityKind[] = [...KINDS, 'site'];
/** Districts named at most; a wide view names the ones with most features in view. */
const MAX_AREAS = 3;

export type DistrictNames = Readonly<Record<string, { name_zh: string; name_en: string }>>;

export type MapViewFacts = {
	/** the entities drawn in the view, counted (data/tally.ts) */
	tally: Tally;
	/** the camera's centre [lon, lat] and zoom */
	center: LonLat;
	zoom: number;
	selected: AtlasEntity | null | undefined;
};

/**
 * What the map view lends the description and the keyboard cursor (set by
 * the map view once the map exists; state does not import the map).
 */
export type MapViewProbe = {
	/**
	 * the camera and the dataset positions of the entities in the viewport,
	 * each once (a layer hidden or a filter is applied by the tally)
	 */
	contents(): { center: LonLat; zoom: number; positions: Iterable<number> };
	/** listens to keys pressed on the focused map; returns the unsubscribe */
	onKey(fn: (e: KeyboardEvent) => void): () => void;
	/** brings a point into view unless it is already */
	show(point: LonLat): void;
};

/** Counts by kind, in KIND_ORDER, kinds absent from the view left out. */
export function countByKind({ kinds: counts }: Tally): Array<[EntityKind, number]> {
	return KIND_ORDER.flatMap((k) =>
		counts.has(k) ? [[k, counts.get(k)!] as [EntityKind, number]] : []
	);
}

/** "30.71° N, 114.21° E" (北纬 30.71°、东经 114.21°): two decimals, about 1 km. */
function centreText([lon, lat]: LonLat, lang: Lang): string {
	const v = (x: number) => formatNumber(Math.round(Math.abs(x) * 100) / 100, lang);
	return t(lang, 'viewCentre', {
		lat: t(lang, lat >= 0 ? 'viewLatN' : 'viewLatS', { v: v(lat) }),
		lon: t(lang, lon >= 0 ? 'viewLonE' : 'viewLonW', { v: v(lon) })
	});
}

/**
 * The districts the visible features lie in, most features first (ties by
 * name); without any feature in view, the camera's centre.
 */
function areaText(facts: MapViewFacts, districts: DistrictNames, lang: Lang): string {
	const counts = [...facts.tally.districts].filter(([id]) => districts[id]);
	if (!counts.length) return centreText(facts.center, lang);
	const names = counts
		.map(([id, n]) => ({ name: localized(districts[id]!, 'name', lang), n }))
		.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
		.map((d) => d.name);
	const shown = names.slice(0, MAX_AREAS).join(t(lang, 'listSep'));
	return names.length > MAX_AREAS
		? t(lang, 'viewMoreAreas', { areas: shown, n: names.length - MAX_AREAS })
		: shown;
}

/**
 * "Map: Huangpi District, zoom 12. In view, 42 features: Park 3, Enterprise
 * 30, Planning area 4. Selected: BOE Wuhan." in the UI language.
 */
export function describeMapView(facts: MapViewFacts, districts: DistrictNames, lang: Lang): string {
	const parts = [
		t(lang, 'viewArea', {
			area: areaText(facts, districts, lang),
			zoom: formatNumber(Math.round(facts.zoom), lang)
		})
	];
	const kinds = countByKind(facts.tally);
	parts.push(
		kinds.length
			? t(lang, 'viewCounts', {
					n: formatNumber(facts.tally.total, lang),
					kinds: kinds
						.map(([k, n]) => `${enumLabel(lang, 'kind', k)} ${formatNumber(n, lang)}`)
						.join(t(lang, 'listSep'))
				})
			: t(lang, 'viewNone')
	);
	if (facts.selected)
		parts.push(t(lang, 'viewSelected', { name: entityName(facts.selected, lang) }));
	// Chinese sentences follow one another without a space; Latin ones with one
	return parts.join(LOCALES[lang].script === 'han' ? '' : ' ');
}
