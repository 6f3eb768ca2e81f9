import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint } from './label-point';
import { deepFreeze } from '$lib/testing/freeze';

const square = (x: number, y: number, size: number) => [
	[
		[x, y],
		[x + size, y],
		[x + size, y + size],
		[x, y + size],
		[x, y]
	]
];

describe('labelPoint', () => {
	it('names a district of several parts once, inside its largest part', () => {
		// A small island west, the district itself east (the Hanyang case: two labels before).
		const district = deepFreeze<MultiPolygon>({
			type: 'MultiPolygon',
			coordinates: [square(114.0, 30.5, 0.02), square(114.2, 30.5, 0.2)]
		});
		const p = labelPoint(district);
		expect(
			booleanPointInPolygon(p, { type: 'Polygon', coordinates: square(114.2, 30.5, 0.2) })
		).toBe(true);
	});

	it('puts the name of a concave area on the area, not in its notch', () => {
		const u = deepFreeze<Polygon>({
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[3, 0],
					[3, 3],
					[2, 3],
					[2, 1],
					[1, 1],
					[1, 3],
					[0, 3],
					[0, 0]
				]
			]
		});
		expect(booleanPointInPolygon(labelPoint(u), u)).toBe(true);
	});
});
