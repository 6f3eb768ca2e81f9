import { describe, expect, it } from 'vitest';
import { ROAD_DETOUR, timeRange } from './time-range';

describe('timeRange', () => {
	it('is a single time for an exact position', () => {
		expect(timeRange(600, 8000, 0)).toEqual({ low_s: 600, high_s: 600 });
	});

	it('spreads by the accuracy over the route’s average speed, never below zero', () => {
		// 10 km in 10 min: 16.67 m/s; ±5 km × 1.3 = 6.5 km → ±390 s
		const r = timeRange(600, 10_000, 5000);
		expect(r.high_s).toBeCloseTo(600 + (5000 * ROAD_DETOUR) / (10_000 / 600), 6);
		expect(r.low_s).toBeCloseTo(600 - 390, 6);
		expect(timeRange(120, 1000, 5000).low_s).toBe(0);
	});

	it('takes a route of no length at the fallback speed', () => {
		expect(timeRange(0, 0, 100, 18).high_s).toBeCloseTo((100 * ROAD_DETOUR) / 5, 6);
	});
});
