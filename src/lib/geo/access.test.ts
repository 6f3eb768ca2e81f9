import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAVEL, hubAccess, travelMinutes } from './access';

const hubs = Object.freeze([
	{ role: 'airport', id: 'airport', point: [114.20806, 30.78361] as [number, number] },
	{ role: 'seat', id: 'seat', point: [114.136804, 30.624764] as [number, number] }
]);

describe('hubAccess', () => {
	it('measures straight-line distance to every hub, nearest first', () => {
		const r = hubAccess([114.136804, 30.624764], hubs, DEFAULT_TRAVEL, 'nope');
		expect(r.map((h) => h.role)).toEqual(['seat', 'airport']);
		expect(r[0]!.distance_m).toBe(0);
		// 18.93 km by hand (see measure.test.ts)
		expect(Math.abs(r[1]!.distance_m - 18930)).toBeLessThan(30);
		expect(r[1]!.road_m).toBeCloseTo(r[1]!.distance_m * 1.3, 6);
	});

	it('leaves out the site itself', () => {
		expect(hubAccess([114.2, 30.7], hubs, DEFAULT_TRAVEL, 'airport').map((h) => h.id)).toEqual([
			'seat'
		]);
	});
});

describe('travelMinutes', () => {
	it('is road distance over speed: 10 km straight, ×1.5, at 30 km/h is 30 min', () => {
		expect(travelMinutes(10000, { speed_kmh: 30, detour: 1.5 })).toBeCloseTo(30, 9);
	});
	it('rejects meaningless assumptions', () => {
		expect(() => travelMinutes(1000, { speed_kmh: 0, detour: 1.3 })).toThrow(RangeError);
		expect(() => travelMinutes(1000, { speed_kmh: 40, detour: 0.5 })).toThrow(RangeError);
	});
});
