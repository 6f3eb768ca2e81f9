import { describe, expect, it } from 'vitest';
import {
	distanceRange,
	driveTimeRange,
	orderCertain,
	orderUncertainAt,
	radiusMembership,
	roundRange,
	roundToAccuracy,
	roundingStep
} from './uncertainty';

describe('distanceRange', () => {
	it('widens a distance by both ends’ accuracies, never below zero', () => {
		expect(distanceRange(3000, 5000, 100)).toEqual({
			d: 3000,
			min: 0,
			max: 8100,
			plusMinus: 5100,
			precise: false
		});
		expect(distanceRange(12_000, 2000, 300)).toEqual({
			d: 12_000,
			min: 9700,
			max: 14_300,
			plusMinus: 2300,
			precise: false
		});
	});

	it('calls two ends within 100 m precise', () => {
		expect(distanceRange(249, 100, 0)).toMatchObject({ min: 149, max: 349, precise: true });
		expect(distanceRange(249, 101, 0).precise).toBe(false);
	});

	it('scales the uncertainty by a factor (a road distance)', () => {
		expect(distanceRange(10_000, 1000, 1000, 1.3)).toMatchObject({
			plusMinus: 2600,
			min: 7400,
			max: 12_600
		});
	});
});

describe('rounding to what the accuracy supports', () => {
	it('picks a 1–2–5 step not above a quarter of the uncertainty', () => {
		expect(roundingStep(0)).toBe(1);
		expect(roundingStep(4)).toBe(1);
		expect(roundingStep(100)).toBe(20);
		expect(roundingStep(300)).toBe(50);
		expect(roundingStep(2000)).toBe(500);
		expect(roundingStep(5100)).toBe(1000);
		expect(roundingStep(7000)).toBe(1000);
		expect(roundingStep(10_000)).toBe(2000);
		expect(roundingStep(20_000)).toBe(5000);
	});

	it('never keeps metres beside kilometres of uncertainty', () => {
		expect(roundToAccuracy(249, 10_000)).toBe(0);
		expect(roundToAccuracy(3456, 5100)).toBe(3000);
		expect(roundToAccuracy(3456, 2000)).toBe(3500);
		expect(roundToAccuracy(3456, 300)).toBe(3450);
		expect(roundToAccuracy(3456, 0)).toBe(3456);
	});

	it('rounds every figure of a range, and leaves a precise one alone', () => {
		expect(roundRange(distanceRange(3000, 5000, 100))).toMatchObject({
			d: 3000,
			min: 0,
			max: 8000,
			plusMinus: 5000
		});
		expect(roundRange(distanceRange(12_345, 2000, 300))).toMatchObject({
			d: 12_500,
			min: 10_000,
			max: 14_500,
			plusMinus: 2500
		});
		const precise = distanceRange(249.4, 50, 0);
		expect(roundRange(precise)).toBe(precise);
	});
});

describe('radiusMembership', () => {
	it('is certain when even the farthest possible point is inside', () => {
		expect(radiusMembership(500, 500, 1000)).toBe('certain'); // edge: d + acc = r
		expect(radiusMembership(0, 0, 0)).toBe('certain');
	});

	it('is possible when only the nearest possible point is inside', () => {
		expect(radiusMembership(500, 501, 1000)).toBe('possible');
		expect(radiusMembership(0, 6000, 1000)).toBe('possible');
		expect(radiusMembership(3000, 2000, 1000)).toBe('possible'); // edge: d − acc = r
	});

	it('is outside when even the nearest possible point is beyond', () => {
		expect(radiusMembership(3001, 2000, 1000)).toBe('outside');
		expect(radiusMembership(1001, 0, 1000)).toBe('outside');
	});
});

describe('order certainty of a nearest-first list', () => {
	const r = (min: number, max: number) => ({ min, max });

	it('is certain when neighbours’ ranges are apart', () => {
		const list = [r(0, 100), r(150, 300), r(301, 400)];
		expect(orderUncertainAt(list)).toEqual([false, false, false]);
		expect(orderCertain(list)).toBe(true);
		expect(orderCertain([])).toBe(true);
	});

	it('is not certain where ranges overlap or touch', () => {
		const list = [r(0, 6000), r(0, 6000), r(9000, 12_000), r(12_000, 13_000)];
		expect(orderUncertainAt(list)).toEqual([false, true, false, true]);
		expect(orderCertain(list)).toBe(false);
	});

	it('follows from distanceRange for ±3 km cluster members sharing one point', () => {
		const list = [distanceRange(0, 3000, 3000), distanceRange(0, 3000, 3000)];
		expect(orderCertain(list)).toBe(false);
	});
});

describe('driveTimeRange', () => {
	it('is one time between exact ends', () => {
		expect(driveTimeRange(600, 8000, 0, 0)).toEqual({ low_s: 600, high_s: 600 });
	});

	it('covers both ends’ accuracies × 1.3 at the route’s average speed', () => {
		// 10 km in 600 s: 16.67 m/s; (4000 + 1000) × 1.3 = 6500 m → ±390 s
		const t = driveTimeRange(600, 10_000, 4000, 1000);
		expect(t.low_s).toBeCloseTo(210, 9);
		expect(t.high_s).toBeCloseTo(990, 9);
		expect(driveTimeRange(120, 1000, 5000, 100).low_s).toBe(0);
	});
});
