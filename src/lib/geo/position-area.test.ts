import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PIN_MAX_ACCURACY_M, isPinned, positionArea } from './position-area';

// a 0.1° × 0.1° square (≈ 9.6 km × 11.1 km at 30° N), west edge at 114.0
const square: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[114.0, 30.6],
			[114.1, 30.6],
			[114.1, 30.7],
			[114.0, 30.7],
			[114.0, 30.6]
		]
	]
};

describe('isPinned', () => {
	it('draws a pin up to the threshold and an area beyond it', () => {
		expect(isPinned(50)).toBe(true);
		expect(isPinned(PIN_MAX_ACCURACY_M)).toBe(true);
		expect(isPinned(PIN_MAX_ACCURACY_M + 1)).toBe(false);
		expect(isPinned(5000)).toBe(false);
	});
});

describe('positionArea', () => {
	it('is the geodesic circle without an outline', () => {
		const g = positionArea([114.05, 30.65], 2000);
		expect(g.type).toBe('Polygon');
		const ring = (g as Polygon).coordinates[0]!;
		for (const p of ring) {
			expect(distance([114.05, 30.65], p, { units: 'meters' })).toBeCloseTo(2000, -1);
		}
		// π r² within the polygon's chord error (64 steps: −0.16 %)
		expect(area(g) / (Math.PI * 2000 ** 2)).toBeCloseTo(0.998, 2);
	});

	it('is cut to the outline the position is known to lie in', () => {
		// centred 1 km east of the west edge: the part west of 114.0 is cut away
		const g = positionArea([114.0104, 30.65], 3000, square);
		const full = Math.PI * 3000 ** 2;
		expect(area(g)).toBeLessThan(0.85 * full);
		expect(area(g)).toBeGreaterThan(0.6 * full);
		expect(booleanPointInPolygon([113.99, 30.65], g)).toBe(false);
		expect(booleanPointInPolygon([114.02, 30.65], g)).toBe(true);
	});

	it('keeps the whole circle when it does not meet the outline', () => {
		const g = positionArea([114.3, 30.9], 1500, square);
		expect(area(g) / (Math.PI * 1500 ** 2)).toBeCloseTo(0.998, 2);
	});
});
