/**
 * Every distance between two positions carries the uncertainty of both ends.
 * A position is known to ± `accuracy_m` metres (the radius within which the
 * true point lies), so the true distance between two positions a and b metres
 * accurate lies anywhere in [d − a − b, d + a + b]. These functions turn that
 * into ranges, into roundings the uncertainty supports, into "certainly /
 * possibly inside" for radius searches and into "is this order known" for
 * ranked lists. Pure numbers in metres and seconds; formatting is i18n's.
 */
import { timeRange, type TimeRange } from './routing/time-range';

/** An end known to within this many metres is "precise": its figures keep their normal rounding. */
export const PRECISE_M = 100;

export type DistanceRange = {
	/** the distance between the two stated positions, metres */
	d: number;
	/** the least and greatest distance the true positions allow, metres (min ≥ 0) */
	min: number;
	max: number;
	/** the uncertainty of the distance: both ends' accuracies added (× `factor`), metres */
	plusMinus: number;
	/** both ends within PRECISE_M: the distance is shown as it is */
	precise: boolean;
};

/**
 * The range of a distance `d` between ends accurate to ± `a` and ± `b` metres.
 * `factor` scales the uncertainty (a road distance: the road-to-straight ratio).
 */
export function distanceRange(d: number, a: number, b: number, factor = 1): DistanceRange {
	const plusMinus = (Math.max(0, a) + Math.max(0, b)) * factor;
	return {
		d,
		min: Math.max(0, d - plusMinus),
		max: d + plusMinus,
		plusMinus,
		precise: a <= PRECISE_M && b <= PRECISE_M
	};
}

const STEPS = [1, 2, 5];

/**
 * The rounding step an uncertainty supports: the largest 1–2–5 × 10ⁿ step not
 * above a quarter of it (so rounding moves a figure by at most an eighth of
 * its uncertainty), and at least 1 m. ±5 km → 1 km, ±2 km → 500 m, ±300 m → 50 m.
 */
export function roundingStep(uncertainty_m: number): number {
	const target = uncertainty_m / 4;
	if (!(target > 1)) return 1;
	const decade = 10 ** Math.floor(Math.log10(target));
	let step = decade;
	for (const s of STEPS) if (s * decade <= target) step = s * decade;
	return step;
}

/** `value_m` rounded to the step its uncertainty supports (never metres when it is kilometres). */
export function roundToAccuracy(value_m: number, uncertainty_m: number): number {
	const step = roundingStep(uncertainty_m);
	return Math.round(value_m / step) * step;
}

/** A distance range with every figure rounded to the step its uncertainty supports. */
export function roundRange(r: DistanceRange): DistanceRange {
	if (r.precise) return r;
	const u = r.plusMinus;
	return {
		...r,
		d: roundToAccuracy(r.d, u),
		min: Math.max(0, roundToAccuracy(r.min, u)),
		max: roundToAccuracy(r.max, u),
		plusMinus: roundToAccuracy(u, u)
	};
}

export type Membership = 'certain' | 'possible' | 'outside';

/**
 * Whether a position `d` metres from a search centre lies within the radius
 * `r`, when the two positions together are uncertain by `accuracy_m`:
 * certainly (even its farthest possible point is inside), possibly (its
 * nearest possible point is inside) or not at all.
 */
export function radiusMembership(d: number, accuracy_m: number, r: number): Membership {
	const u = Math.max(0, accuracy_m);
	if (d + u <= r) return 'certain';
	if (d - u <= r) return 'possible';
	return 'outside';
}

type Span = Pick<DistanceRange, 'min' | 'max'>;

/**
 * For a list ranked nearest first, which items' places are not certain: true
 * at i when the range of item i overlaps the range of item i − 1 (touching
 * counts: the two could be equally far). The first item is false.
 */
export function orderUncertainAt(ranked: readonly Span[]): boolean[] {
	return ranked.map((r, i) => i > 0 && r.min <= ranked[i - 1]!.max);
}

/** Whether the order of a nearest-first list is certain: no two neighbours' ranges overlap. */
export function orderCertain(ranked: readonly Span[]): boolean {
	return !orderUncertainAt(ranked).some(Boolean);
}

/**
 * The range of a drive of `time_s` seconds over `length_m` metres between
 * ends accurate to ± `a` and ± `b` metres: the uncertain distance covered at
 * the route's own average speed (see routing/time-range.ts).
 */
export function driveTimeRange(
	time_s: number,
	length_m: number,
	a: number,
	b: number,
	fallbackKmh?: number
): TimeRange {
	return timeRange(time_s, length_m, Math.max(0, a) + Math.max(0, b), fallbackKmh);
}
