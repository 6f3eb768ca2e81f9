import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { pointInArea } from './point-in-area';
import { deepFreeze } from '$lib/testing/freeze';

/** A 0.2° square with a 0.1° clockwise hole in its middle. */
const framed: Polygon = deepFreeze({
	type: 'Polygon',
	coordinates: [
		[
			[114.0, 30.0],
			[114.2, 30.0],
			[114.2, 30.2],
			[114.0, 30.2],
			[114.0, 30.0]
		],
		[
			[114.05, 30.05],
			[114.05, 30.15],
			[114.15, 30.15],
			[114.15, 30.05],
			[114.05, 30.05]
		]
	]
});

describe('pointInArea', () => {
	it('is true inside and on the edge, false outside', () => {
		expect(pointInArea([114.02, 30.02], framed)).toBe(true);
		expect(pointInArea([114.0, 30.1], framed)).toBe(true);
		expect(pointInArea([114.3, 30.1], framed)).toBe(false);
	});

	it('respects holes', () => {
		expect(pointInArea([114.1, 30.1], framed)).toBe(false);
	});

	it('finds a point in any part of a MultiPolygon', () => {
		const two: MultiPolygon = deepFreeze({
			type: 'MultiPolygon',
			coordinates: [framed.coordinates, [framed.coordinates[0]!.map(([x, y]) => [x! + 1, y!])]]
		});
		expect(pointInArea([115.1, 30.1], two)).toBe(true);
		expect(pointInArea([114.6, 30.1], two)).toBe(false);
	});
});
