/**
 * What a site report says about each site, in one language, as plain text
 * rows: identity, facts, where the position comes from and how good it is,
 * access by road and the nearest facilities. The report component lays it
 * out on an A4 page; this stays pure so a test can read it.
 */
import type { AtlasEntity } from '$lib/data/atlas';
import { distanceRange } from '$lib/geo/uncertainty';
import { formatDistance, formatMetres } from '$lib/i18n/format';
import { localized, otherLang, t, type Lang } from '$lib/i18n/messages';
import type { Catalog } from './catalog.svelte';
import { chainName, entityName, enumLabel, formatFact, positionForUsers } from './describe';
import { accessRows, formatRoad } from './road-access';

export type ReportSite = {
	id: string;
	name: string;
	/** the name in the other language */
	otherName: string;
	/** kind · chain · status (year) */
	line: string;
	summary: string;
	facts: { label: string; value: string }[];
	position: { headline: string; method: string; note: string; coordinates: string };
	/** the source sentence (Chinese, verbatim) and its document; an imported site's file and row */
	source: { sentence_zh: string; doc: string };
	access: { name: string; road: string; straight: string }[];
	nearest: { name: string; distance: string }[];
};

export function reportSite(
	e: AtlasEntity,
	catalog: Catalog,
	lang: Lang,
	layerName?: (id: string) => string | undefined
): ReportSite {
	const chain = e.chain ? catalog.chains.get(e.chain) : undefined;
	const told = positionForUsers(e.position, lang);
	const doc = catalog.index.zone.sources.find((s) => s.id === e.source.doc);
	const year = e.status_year ? ` (${e.status_year})` : '';
	return {
		id: e.id,
		name: entityName(e, lang),
		otherName: entityName(e, otherLang(lang)),
		line: [
			enumLabel(lang, 'kind', e.kind),
			chain ? chainName(chain, lang) : null,
			enumLabel(lang, 'status', e.status) + year
		]
			.filter(Boolean)
			.join(' · '),
		summary: localized(e, 'summary', lang),
		facts: e.facts.map((f) => ({ label: localized(f, 'label', lang), value: formatFact(f, lang) })),
		position: {
			headline: told.headline,
			method: told.method,
			note: told.note,
			coordinates: `${e.point[1].toFixed(5)}° N, ${e.point[0].toFixed(5)}° E (WGS-84, ±${formatMetres(e.position.accuracy_m, lang)})`
		},
		source: e.user
			? {
					sentence_zh: '',
					doc: t(lang, 'reportImported', {
						file: layerName?.(e.user.layer) ?? e.user.layer,
						row: e.user.row
					})
				}
			: {
					sentence_zh: e.source.sentence_zh,
					doc: doc ? `《${doc.title_zh}》${doc.publisher_zh ?? ''}, ${doc.year}` : e.source.doc
				},
		access: accessRows(e, catalog, lang).map((r) => ({
			name: r.name,
			road: r.road ? formatRoad(r.road, lang) : '—',
			straight: formatDistance(r.straight, lang)
		})),
		nearest: catalog.facilities.nearest(e.point, 5, { where: (x) => x.id !== e.id }).map((n) => ({
			name: entityName(n.item, lang),
			distance: formatDistance(
				distanceRange(n.distance_m, e.position.accuracy_m, n.item.position.accuracy_m),
				lang
			)
		}))
	};
}
