import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { BBox } from './bbox';
import { boxesOverlap, geometryIntersectsBox } from './bbox-intersects';

const BOX: BBox = [0, 0, 1, 1];
const square = (w: number, s: number, e: number, n: number): Geometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	]
});

describe('geometryIntersectsBox', () => {
	it.each([
		['a point inside', { type: 'Point', coordinates: [0.5, 0.5] }, true],
		['a point on the edge', { type: 'Point', coordinates: [1, 0.5] }, true],
		['a point outside', { type: 'Point', coordinates: [1.1, 0.5] }, false],
		[
			'a multipoint with one inside',
			{
				type: 'MultiPoint',
				coordinates: [
					[5, 5],
					[0.2, 0.2]
				]
			},
			true
		],
		[
			'a line crossing without a vertex inside',
			{
				type: 'LineString',
				coordinates: [
					[-1, 0.5],
					[2, 0.5]
				]
			},
			true
		],
		[
			'a line passing by',
			{
				type: 'LineString',
				coordinates: [
					[-1, 2],
					[2, 1.5]
				]
			},
			false
		],
		// the envelope of this diagonal overlaps the box, the line does not
		[
			'a diagonal line beside the corner',
			{
				type: 'LineString',
				coordinates: [
					[0.5, 2],
					[2, 0.5]
				]
			},
			false
		],
		['a polygon around the box', square(-1, -1, 2, 2), true],
		['a polygon inside the box', square(0.2, 0.2, 0.4, 0.4), true],
		['a polygon apart', square(2, 2, 3, 3), false],
		[
			'a polygon whose hole holds the box',
			{
				type: 'Polygon',
				coordinates: [
					[
						[-2, -2],
						[3, -2],
						[3, 3],
						[-2, 3],
						[-2, -2]
					],
					[
						[-1, -1],
						[2, -1],
						[2, 2],
						[-1, 2],
						[-1, -1]
					]
				]
			},
			false
		],
		['a null geometry', null, false]
	] as [string, Geometry | null, boolean][])('%s: %s', (_name, geometry, expected) => {
		expect(geometryIntersectsBox(geometry, BOX)).toBe(expected);
	});
});

describe('boxesOverlap', () => {
	it('counts touching edges and rejects apart boxes', () => {
		expect(boxesOverlap(BOX, [1, 1, 2, 2])).toBe(true);
		expect(boxesOverlap(BOX, [1.01, 0, 2, 1])).toBe(false);
	});
});
