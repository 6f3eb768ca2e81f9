/**
 * Access card: straight-line distances from a site to the zone's hubs, and a
 * travel-time estimate that is only ever shown with its assumptions (average
 * road speed and a detour factor from straight line to road distance).
 */
import distance from '@turf/distance';
import type { LonLat } from './lonlat';

/** A hub of the zone; `accuracy_m` is its position's ± in metres (absent: exact). */
export type Hub = { role: string; id: string; point: LonLat; accuracy_m?: number };

export type TravelAssumption = {
	/** average door-to-door road speed, km/h */
	speed_kmh: number;
	/** road distance ÷ straight-line distance; ~1.3 for a city grid */
	detour: number;
};

export const DEFAULT_TRAVEL: TravelAssumption = Object.freeze({ speed_kmh: 40, detour: 1.3 });

export type HubAccess = {
	role: string;
	id: string;
	/** great-circle distance, metres */
	distance_m: number;
	/** estimated road distance = distance × detour, metres */
	road_m: number;
	/** estimated minutes at the assumed speed */
	minutes: number;
};

export function travelMinutes(straight_m: number, a: TravelAssumption = DEFAULT_TRAVEL): number {
	if (!(a.speed_kmh > 0) || !(a.detour >= 1))
		throw new RangeError('speed must be > 0 and detour ≥ 1');
	return ((straight_m * a.detour) / 1000 / a.speed_kmh) * 60;
}

/** Distances from `from` to each hub, nearest first; a hub at the site itself is left out. */
export function hubAccess(
	from: LonLat,
	hubs: readonly Hub[],
	assumption: TravelAssumption = DEFAULT_TRAVEL,
	selfId?: string
): HubAccess[] {
	return hubs
		.filter((h) => h.id !== selfId)
		.map((h) => {
			const d = distance(from, h.point, { units: 'meters' });
			return {
				role: h.role,
				id: h.id,
				distance_m: d,
				road_m: d * assumption.detour,
				minutes: travelMinutes(d, assumption)
			};
		})
		.sort((a, b) => a.distance_m - b.distance_m);
}
