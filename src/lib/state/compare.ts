/**
 * Side-by-side comparison of 2–4 sites, and CSV for it and for distance
 * matrices. Pure: takes entities and the lookups it needs as arguments.
 */
import { toCsv } from '$lib/export/csv';
import type { AtlasEntity } from '$lib/data/atlas';
import type { Chain } from '$lib/data/schema';
import { hubAccess, type Hub } from '$lib/geo/access';
import type { Near } from '$lib/geo/proximity';
import { distanceRange, type DistanceRange } from '$lib/geo/uncertainty';
import { formatDistance, formatMetres } from '$lib/i18n/format';
import { localized, t, type Lang } from '$lib/i18n/messages';
import { chainName, entityName, enumLabel, formatFact } from './describe';
import { formatRoad, type AccessRow } from './road-access';
import { NEAREST_STATION } from '$lib/data/atlas';

export type CompareRow = {
	key: string;
	label: string;
	values: string[];
	differs: boolean;
	/** a distance row's figures per site, with their uncertainty, for the CSV's numeric rows */
	metres?: (DistanceRange | null)[];
};

export type CompareContext = {
	lang: Lang;
	chains: ReadonlyMap<string, Chain>;
	hubs: readonly Hub[];
	hubName: (hub: Hub) => string;
	nearest: (e: AtlasEntity) => Near<AtlasEntity> | undefined;
	/** road figures to each hub (see road-access.ts), when the dataset has roads */
	access?: (e: AtlasEntity) => AccessRow[];
};

function row(key: string, label: string, values: string[]): CompareRow {
	return { key, label, values, differs: new Set(values).size > 1 };
}

/** A distance in a compare cell; `text` wraps the formatted figure ("BOE (0–6 km)"). */
type DistanceCell = { range: DistanceRange; text?: (shown: string) => string } | null;

/** A row of distances: each shown with its uncertainty, and kept as numbers for the CSV. */
function distanceRow(key: string, label: string, cells: DistanceCell[], lang: Lang): CompareRow {
	const values = cells.map((c) => (c ? (c.text ?? String)(formatDistance(c.range, lang)) : '—'));
	return { ...row(key, label, values), metres: cells.map((c) => c?.range ?? null) };
}

export function compareTable(sites: readonly AtlasEntity[], ctx: CompareContext): CompareRow[] {
	const { lang } = ctx;
	const rows: CompareRow[] = [
		row(
			'kind',
			t(lang, 'kind'),
			sites.map((e) => enumLabel(lang, 'kind', e.kind))
		),
		row(
			'chain',
			t(lang, 'chain'),
			sites.map((e) => chainName(e.chain ? ctx.chains.get(e.chain) : undefined, lang))
		),
		row(
			'status',
			t(lang, 'status'),
			sites.map(
				(e) => `${enumLabel(lang, 'status', e.status)}${e.status_year ? ` (${e.status_year})` : ''}`
			)
		)
	];
	for (const hub of ctx.hubs) {
		rows.push(
			distanceRow(
				`hub-${hub.role}`,
				ctx.hubName(hub),
				sites.map((e) => {
					const a = hubAccess(e.point, [hub], undefined, e.id)[0];
					if (!a) return null;
					return { range: distanceRange(a.distance_m, e.position.accuracy_m, hub.accuracy_m ?? 0) };
				}),
				lang
			)
		);
	}
	if (ctx.access) {
		const bySite = sites.map((e) => new Map(ctx.access!(e).map((r) => [r.role, r])));
		const roles = [...new Set(bySite.flatMap((m) => [...m.keys()]))];
		for (const role of roles) {
			const sample = bySite.find((m) => m.has(role))!.get(role)!;
			const station = role === NEAREST_STATION;
			const values = bySite.map((m) => {
				const r = m.get(role);
				if (!r?.road) return '—';
				const figure = formatRoad(r.road, lang);
				return station ? `${r.target} · ${figure}` : figure;
			});
			rows.push({
				...row(
					`road-${role}`,
					station ? t(lang, 'nearestStationAny') : t(lang, 'roadTime', { name: sample.name }),
					values
				),
				metres: bySite.map((m) => m.get(role)?.road?.length ?? null)
			});
		}
	}
	rows.push(
		distanceRow(
			'nearest',
			t(lang, 'nearest'),
			sites.map((e) => {
				const n = ctx.nearest(e);
				if (!n) return null;
				return {
					range: distanceRange(n.distance_m, e.position.accuracy_m, n.item.position.accuracy_m),
					text: (shown: string) => `${entityName(n.item, lang)} (${shown})`
				};
			}),
			lang
		),
		row(
			'accuracy',
			t(lang, 'accuracy'),
			sites.map((e) => `±${formatMetres(e.position.accuracy_m, lang)}`)
		)
	);
	// Facts: one row per fact label present in any site.
	const labels = new Map<string, string>();
	for (const e of sites) {
		for (const f of e.facts) labels.set(f.key, localized(f, 'label', lang));
	}
	for (const [key, label] of labels) {
		rows.push(
			row(
				`fact-${key}`,
				label,
				sites.map((e) => {
					const f = e.facts.find((x) => x.key === key);
					return f ? formatFact(f, lang) : '—';
				})
			)
		);
	}
	return rows;
}

export function compareCsv(
	sites: readonly AtlasEntity[],
	rows: readonly CompareRow[],
	lang: Lang
): Promise<string> {
	return toCsv([
		['', ...sites.map((e) => entityName(e, lang))],
		...rows.flatMap((r) => [
			[r.label, ...r.values],
			// a distance row is followed by its figures in whole metres and their uncertainty (±, m)
			...(r.metres
				? [
						[t(lang, 'csvMetres', { label: r.label }), ...r.metres.map((m) => metres(m?.d))],
						[
							t(lang, 'csvUncertainty', { label: r.label }),
							...r.metres.map((m) => metres(m?.plusMinus))
						]
					]
				: [])
		])
	]);
}

/** Whole metres as a number for a CSV cell; empty when there is no figure. */
function metres(m: number | undefined): number | string {
	return m === undefined ? '' : Math.round(m);
}

/**
 * An N×N distance matrix in metres (rounded to 1 m) as CSV with names on both
 * axes; with `accuracy_m` (each area's ± in metres) a last column gives it,
 * and a cell's uncertainty is its row's plus its column's accuracy.
 */
export function matrixCsv(
	names: readonly string[],
	matrix: readonly (readonly number[])[],
	accuracy_m?: readonly number[]
): Promise<string> {
	const extra = accuracy_m ? ['accuracy_m'] : [];
	return toCsv([
		['distance_m', ...names, ...extra],
		...matrix.map((r, i) => [
			names[i] ?? '',
			...r.map((d) => Math.round(d)),
			...(accuracy_m ? [Math.round(accuracy_m[i] ?? 0)] : [])
		])
	]);
}
