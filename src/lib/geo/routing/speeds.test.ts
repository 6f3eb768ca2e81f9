import { describe, expect, it } from 'vitest';
import { MINOR_SPEED_KMH, speedKmhOf, travelSeconds } from './speeds';

describe('speedKmhOf', () => {
	it('reads the stated table, ramps at their parent class, unknown classes as minor', () => {
		expect(speedKmhOf('motorway')).toBe(80);
		expect(speedKmhOf('motorway_link')).toBe(80);
		expect(speedKmhOf('trunk_link')).toBe(60);
		expect(speedKmhOf('tertiary')).toBe(30);
		expect(speedKmhOf('living_street')).toBe(20);
		expect(speedKmhOf('pedestrian')).toBe(5);
		expect(speedKmhOf('track')).toBe(MINOR_SPEED_KMH);
	});

	it('turns metres and km/h into seconds', () => {
		expect(travelSeconds(1000, 60)).toBeCloseTo(60, 9);
		expect(travelSeconds(500, 5)).toBeCloseTo(360, 9);
	});
});
