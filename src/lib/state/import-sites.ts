/**
 * What the import dialog needs from the app: the zone as the import worker
 * judges positions (bbox, planning areas, districts, from the compiled
 * layers), road access for the new sites the way the build computes it for
 * the dataset's (to each hub by role and to the nearest metro station), and
 * the import's message codes as text in the UI language.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { NEAREST_STATION, type AtlasEntity } from '$lib/data/atlas';
import { loadLayer } from '$lib/data/load';
import type { ImportContext } from '$lib/import/build-layer';
import { compassPoint, roundShift, type DatumShift } from '$lib/import/check';
import type { FileProblem, RowProblem } from '$lib/import/types';
import type { Datum } from '$lib/geo/datum';
import type { LonLat } from '$lib/geo/lonlat';
import { formatMetres, formatNumber } from '$lib/i18n/format';
import { t, type Lang } from '$lib/i18n/messages';
import type { MessageKey } from '$lib/i18n/zh';
import type { Routing } from '$lib/worker/routing-client';
import type { AccessTarget } from '$lib/worker/routing-service';
import type { Catalog } from './catalog.svelte';

type AreaFeature = {
	properties: { id: string; kind?: string } | null;
	geometry: Polygon | MultiPolygon;
};

/** The zone for the import worker: its bbox, planning areas and the districts. */
export async function importContext(
	catalog: Catalog,
	fetchFn: typeof fetch = fetch
): Promise<ImportContext> {
	const index = catalog.base;
	const [zones, boundaries] = await Promise.all([
		loadLayer(fetchFn, index, 'zones'),
		loadLayer(fetchFn, index, 'boundaries')
	]);
	const areas = (fc: { features: unknown[] }) =>
		(fc.features as AreaFeature[]).filter(
			(f) =>
				f.properties?.id && (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
		);
	return {
		bbox: [...index.bbox],
		district: index.zone.district_id,
		zones: areas(zones)
			.filter((f) => f.properties!.kind === 'zone')
			.map((f) => ({ id: f.properties!.id, geometry: f.geometry })),
		boundaries: areas(boundaries).map((f) => ({ id: f.properties!.id, geometry: f.geometry }))
	};
}

/** Where road times are measured to: each hub by role, and the metro stations (nearest wins). */
export function accessTargets(catalog: Catalog): AccessTarget[] {
	const targets: AccessTarget[] = catalog.hubs.map((h) => ({
		role: h.role,
		points: [[h.point[0], h.point[1]] as LonLat],
		ids: [undefined]
	}));
	const stations = Object.values(catalog.base.stations ?? {});
	if (stations.length) {
		targets.push({
			role: NEAREST_STATION,
			points: stations.map((s) => [s.point[0], s.point[1]] as LonLat),
			ids: stations.map((s) => s.id)
		});
	}
	return targets;
}

/**
 * The sites with their road figures (AtlasEntity.road), as the detail panel
 * and the reach filter read them. Without routing (no road data) they are
 * returned as they are.
 */
export async function withRoadAccess(
	entities: AtlasEntity[],
	catalog: Catalog,
	routing: Routing | null
): Promise<AtlasEntity[]> {
	if (!routing?.access || !entities.length || !catalog.base.roads) return entities;
	const targets = accessTargets(catalog);
	const out: AtlasEntity[] = [];
	// a slice per request: each answer is received in a short task on this thread
	for (let start = 0; start < entities.length; start += ACCESS_SLICE) {
		const slice = entities.slice(start, start + ACCESS_SLICE);
		const figures = await routing.access(
			slice.map((e) => [e.point[0], e.point[1]]),
			targets
		);
		slice.forEach((e, i) =>
			out.push(Object.keys(figures[i] ?? {}).length ? { ...e, road: figures[i] } : e)
		);
	}
	return out;
}

/** sites per request to the routing worker */
const ACCESS_SLICE = 5000;

/** A file-level problem as a sentence. */
export function fileProblemText(p: FileProblem, lang: Lang): string {
	return t(lang, `import_${p.code}` as MessageKey, p.values);
}

/** Why a row is not imported, as a sentence (the validator's own words for geometry rules). */
export function rowProblemText(p: RowProblem, lang: Lang): string {
	const text = t(lang, `importRow_${p.code}` as MessageKey, { detail: p.detail ?? '' });
	return p.code === 'geometry' && p.detail ? `${text}: ${p.detail}` : text;
}

/** "As GCJ-02 these 12 sites move ~600 m west-north-west." */
export function shiftText(datum: Datum, shift: DatumShift, lang: Lang): string {
	if (shift.count === 0) return '';
	if (datum === 'WGS-84' || shift.bearing === null) {
		return t(lang, 'importShiftNone', { datum });
	}
	return t(lang, 'importShift', {
		datum,
		n: formatNumber(shift.count, lang),
		distance: formatMetres(roundShift(shift.median_m), lang),
		direction: t(lang, `compass_${compassPoint(shift.bearing)}` as MessageKey)
	});
}
