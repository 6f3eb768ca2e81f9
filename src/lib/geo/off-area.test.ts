import distance from '@turf/distance';
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { crossesLine, metresOutside } from './off-area';

/** A 0.1° square at 114–114.1 E, 30.5–30.6 N. */
const square: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[114, 30.5],
			[114.1, 30.5],
			[114.1, 30.6],
			[114, 30.6],
			[114, 30.5]
		]
	]
};

describe('metresOutside', () => {
	it('is 0 inside and on the edge', () => {
		expect(metresOutside([114.05, 30.55], square)).toBe(0);
		expect(metresOutside([114.1, 30.55], square)).toBe(0);
	});

	it('is the distance to the nearest edge, within 0.5 % of the great-circle distance', () => {
		const east: [number, number] = [114.12, 30.55];
		const expected = distance(east, [114.1, 30.55], { units: 'meters' });
		expect(Math.abs(metresOutside(east, square) - expected) / expected).toBeLessThan(0.005);
		const corner: [number, number] = [114.11, 30.61];
		const toCorner = distance(corner, [114.1, 30.6], { units: 'meters' });
		expect(Math.abs(metresOutside(corner, square) - toCorner) / toCorner).toBeLessThan(0.005);
	});
});

describe('crossesLine', () => {
	const river: LineString = {
		type: 'LineString',
		coordinates: [
			[114, 30.55],
			[114.05, 30.56],
			[114.1, 30.55]
		]
	};

	it('tells a way across a line from one along a side of it', () => {
		expect(crossesLine([114.05, 30.6], [114.05, 30.5], river)).toBe(true);
		expect(crossesLine([114.02, 30.6], [114.08, 30.58], river)).toBe(false);
		expect(crossesLine([114.2, 30.6], [114.2, 30.5], river)).toBe(false);
	});
});
