import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import type { Polygon } from 'geojson';
import { coverageGaps } from './coverage';

const square: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[0, 0],
			[0.1, 0],
			[0.1, 0.1],
			[0, 0.1],
			[0, 0]
		]
	]
};

describe('coverageGaps', () => {
	it('is the whole area when there is no network', () => {
		const gaps = coverageGaps([], square);
		const total = gaps.reduce((sum, g) => sum + area(g), 0);
		expect(total / area(square)).toBeCloseTo(1, 3);
	});

	it('is nothing where a dense network covers the area', () => {
		const lines = Array.from({ length: 11 }, (_, j) =>
			Array.from({ length: 11 }, (_, i) => [i * 0.01, j * 0.01])
		);
		expect(coverageGaps(lines, square)).toEqual([]);
	});

	it('leaves the uncovered half as a gap, clipped to the area', () => {
		// roads only in the western half (x ≤ 0.04): cells beyond x = 0.06 stay uncovered
		const lines = Array.from({ length: 11 }, (_, j) =>
			Array.from({ length: 5 }, (_, i) => [i * 0.01, j * 0.01])
		);
		const gaps = coverageGaps(lines, square);
		const share = gaps.reduce((sum, g) => sum + area(g), 0) / area(square);
		expect(share).toBeGreaterThan(0.35);
		expect(share).toBeLessThan(0.5);
		for (const g of gaps) {
			const xs = (g.geometry as Polygon).coordinates[0]!.map((p) => p[0]!);
			expect(Math.min(...xs)).toBeGreaterThanOrEqual(0.05 - 1e-9);
		}
	});
});
