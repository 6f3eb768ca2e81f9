/**
 * The access rows of one site: for each hub (and the metro station nearest by
 * road) the road figures computed at build time, the straight line beside
 * them, and where the route to it would go. Pure; the access card and the
 * compare table read it.
 */
import distance from '@turf/distance';
import { NEAREST_STATION, type AtlasEntity, type RoadAccess } from '$lib/data/atlas';
import type { LonLat } from '$lib/geo/lonlat';
import { ROAD_DETOUR, type TimeRange } from '$lib/geo/routing/time-range';
import { CONNECTOR_SPEED_KMH } from '$lib/geo/routing/speeds';
import { distanceRange, driveTimeRange, type DistanceRange } from '$lib/geo/uncertainty';
import { formatDistance } from '$lib/i18n/format';
import { t, type Lang } from '$lib/i18n/messages';
import type { IsochroneReply } from '$lib/worker/routing-service';
import type { Place } from './atlas.svelte';
import type { Catalog } from './catalog.svelte';
import { entityName } from './describe';

/** A straight leg longer than this is called out (the place lies beyond the road data). */
export const LONG_CONNECTOR_M = 500;

export type AccessRow = {
	role: string;
	/** the row's label in the UI language ("Nearest metro (Jinyintan)" for the station) */
	name: string;
	/** the hub's or the station's own name */
	target: string;
	/** where a route to it goes */
	place: Place;
	point: LonLat;
	straight_m: number;
	/** the straight line with the uncertainty of both ends (the site's and the hub's accuracy) */
	straight: DistanceRange;
	/**
	 * absent when no road reaches the site or the dataset has no roads; `length`
	 * is the road distance with both ends' uncertainty (× the road detour),
	 * `range` the drive time's
	 */
	road?: RoadAccess & { range: TimeRange; length: DistanceRange };
};

export function accessRows(site: AtlasEntity, catalog: Catalog, lang: Lang): AccessRow[] {
	const rows: AccessRow[] = [];
	for (const role of catalog.reachRoles()) {
		const road = site.road?.[role];
		let name: string;
		let target: string;
		let place: Place;
		let point: LonLat;
		let hubAccuracy = 0;
		if (role === NEAREST_STATION) {
			const station = road?.to ? catalog.index.stations?.[road.to] : undefined;
			if (!station) continue;
			target = entityName(station, lang);
			name = t(lang, 'nearestStation', { name: target });
			place = { point: station.point };
			point = station.point;
		} else {
			const hub = catalog.byId.get(catalog.index.zone.hubs[role] ?? '');
			if (!hub || hub.id === site.id) continue;
			name = target = entityName(hub, lang);
			place = { id: hub.id };
			point = hub.point;
			hubAccuracy = hub.position.accuracy_m;
		}
		const straight_m = distance(site.point, point, { units: 'meters' });
		const a = site.position.accuracy_m;
		rows.push({
			role,
			name,
			target,
			place,
			point,
			straight_m,
			straight: distanceRange(straight_m, a, hubAccuracy),
			road: road && {
				...road,
				range: driveTimeRange(road.s, road.m, a, hubAccuracy, CONNECTOR_SPEED_KMH),
				length: distanceRange(road.m, a, hubAccuracy, ROAD_DETOUR)
			}
		});
	}
	return rows;
}

/** Whole minutes, at least 1 (a figure below a minute says "< 1"). */
function minutes(s: number): number {
	return Math.max(1, Math.round(s / 60));
}

/** "14 分钟", or "9–20 分钟" when the range is wider than a minute. */
export function formatDrive(time_s: number, range: TimeRange, lang: Lang): string {
	const [low, high] = [minutes(range.low_s), minutes(range.high_s)];
	if (high - low < 2) return t(lang, 'minutesValue', { n: minutes(time_s) });
	return t(lang, 'minutesRange', { low, high });
}

/**
 * "8.4 km · 14 分钟" for a road figure between precise ends; "0–7 km · 1–15
 * 分钟" or "约 12 km ± 5 km · 9–20 分钟" when an end is an estimate.
 */
export function formatRoad(road: NonNullable<AccessRow['road']>, lang: Lang): string {
	return `${formatDistance(road.length, lang)} · ${formatDrive(road.s, road.range, lang)}`;
}

/** An isochrone's sites grouped by band: each site in the smallest band that holds it. */
export function isochroneGroups(
	iso: IsochroneReply,
	entityOf: (id: string) => AtlasEntity | undefined,
	exclude: string | null = null
): { minutes: number; sites: { entity: AtlasEntity; s: number }[] }[] {
	const bands = iso.bands.map((b) => b.minutes).sort((a, b) => a - b);
	const groups = bands.map((minutes) => ({
		minutes,
		sites: [] as { entity: AtlasEntity; s: number }[]
	}));
	for (const site of iso.sites) {
		const entity = entityOf(site.id);
		if (!entity || site.id === exclude) continue;
		const k = bands.findIndex((m) => site.s <= m * 60);
		if (k >= 0) groups[k]!.sites.push({ entity, s: site.s });
	}
	return groups;
}
