import { describe, expect, it } from 'vitest';
import { metresPerPixel, niceScale } from './snapshot';

describe('scale', () => {
	it('knows the web-mercator resolution (z0 at the equator: 78 km per px)', () => {
		expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
		expect(metresPerPixel(60, 1)).toBeCloseTo(78271.5 / 4, 0);
	});

	it('picks a round length that fits', () => {
		expect(niceScale(10, 150)).toEqual({ metres: 1000, px: 100, label: '1 km' });
		expect(niceScale(1, 120)).toEqual({ metres: 100, px: 100, label: '100 m' });
		expect(niceScale(30, 100)).toMatchObject({ metres: 2000, label: '2 km' });
		expect(niceScale(3, 200)).toMatchObject({ metres: 500, label: '500 m' });
	});
});
