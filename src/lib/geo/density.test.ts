import { describe, expect, it } from 'vitest';
import { zoomForDensity } from './density';

const BOX = [114.0, 30.55, 114.4, 30.85]; // about 38 × 33 km

describe('zoomForDensity', () => {
	it('is 0 for a layer a single tile holds', () => {
		expect(zoomForDensity(51, BOX, 2000)).toBe(0);
		expect(zoomForDensity(2000, BOX, 2000)).toBe(0);
	});

	it('rises with the count: a tile at that zoom holds at most perTile points', () => {
		const z = zoomForDensity(100_000, BOX, 2000);
		expect(z).toBe(13);
		const perTile = (zoom: number) =>
			(100_000 * (360 / 2 ** zoom) ** 2 * Math.cos((30.7 * Math.PI) / 180)) / (0.4 * 0.3);
		expect(perTile(z)).toBeLessThanOrEqual(2000);
		expect(perTile(z - 1)).toBeGreaterThan(2000);
		expect(zoomForDensity(10_000, BOX, 2000)).toBeLessThan(z);
	});

	it('survives a degenerate box', () => {
		expect(zoomForDensity(10, [114, 30, 114, 30], 5)).toBeLessThanOrEqual(22);
	});
});
