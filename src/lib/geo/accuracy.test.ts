import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import { accuracyCircle } from './accuracy';

describe('accuracyCircle', () => {
	const center: [number, number] = [114.13, 30.65];

	it('puts every vertex at the radius, in metres, geodesically', () => {
		const ring = accuracyCircle(center, 2000).geometry.coordinates[0]!;
		for (const v of ring) {
			expect(distance(center, v, { units: 'meters' })).toBeCloseTo(2000, 0);
		}
	});

	it('closes the ring and keeps properties', () => {
		const f = accuracyCircle(center, 500, { role: 'accuracy' }, 16);
		const ring = f.geometry.coordinates[0]!;
		expect(ring[0]).toEqual(ring[ring.length - 1]);
		expect(ring).toHaveLength(17);
		expect(f.properties).toEqual({ role: 'accuracy' });
	});

	it('rejects a non-positive radius', () => {
		expect(() => accuracyCircle(center, 0)).toThrow(RangeError);
		expect(() => accuracyCircle(center, Number.NaN)).toThrow(RangeError);
	});
});
