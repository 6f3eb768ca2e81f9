/**
 * A road time from a position known only to ± some metres is a range, not a
 * number: the site may lie that much nearer or farther along the roads. The
 * spread is the accuracy times the usual road-to-straight-line ratio of a
 * city grid, covered at the route's own average speed.
 */

/** Road distance ÷ straight-line distance assumed for the unknown part (a city grid is ~1.3). */
export const ROAD_DETOUR = 1.3;

export type TimeRange = { low_s: number; high_s: number };

/**
 * The range of a route of `time_s` seconds and `length_m` metres whose ends
 * are uncertain by `accuracy_m` metres in all (the two ends' accuracies added).
 * A route of no length is taken at `fallbackKmh`.
 */
export function timeRange(
	time_s: number,
	length_m: number,
	accuracy_m: number,
	fallbackKmh = 15
): TimeRange {
	if (!(accuracy_m > 0)) return { low_s: time_s, high_s: time_s };
	const speed_ms = length_m > 0 && time_s > 0 ? length_m / time_s : fallbackKmh / 3.6;
	const spread = (accuracy_m * ROAD_DETOUR) / speed_ms;
	return { low_s: Math.max(0, time_s - spread), high_s: time_s + spread };
}
