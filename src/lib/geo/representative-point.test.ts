import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centroid from '@turf/centroid';
import type { MultiPolygon, Polygon } from 'geojson';
import { representativePoint } from './representative-point';
import { deepFreeze } from '$lib/testing/freeze';

/** A U open to the north: its centroid falls in the notch, outside the shape. */
const U: Polygon = deepFreeze({
	type: 'Polygon',
	coordinates: [
		[
			[114.0, 30.0],
			[114.3, 30.0],
			[114.3, 30.3],
			[114.2, 30.3],
			[114.2, 30.1],
			[114.1, 30.1],
			[114.1, 30.3],
			[114.0, 30.3],
			[114.0, 30.0]
		]
	]
});

describe('representativePoint', () => {
	it('is the Point itself, without altitude', () => {
		expect(representativePoint({ type: 'Point', coordinates: [114.1, 30.6, 25] })).toEqual([
			114.1, 30.6
		]);
	});

	it('lies on a concave polygon where the centroid does not', () => {
		expect(booleanPointInPolygon(centroid(U), U)).toBe(false);
		expect(booleanPointInPolygon(representativePoint(U), U)).toBe(true);
	});

	it('lies on one of the parts of a MultiPolygon', () => {
		const two: MultiPolygon = deepFreeze({
			type: 'MultiPolygon',
			coordinates: [U.coordinates, U.coordinates.map((r) => r.map(([x, y]) => [x! + 1, y!]))]
		});
		expect(booleanPointInPolygon(representativePoint(two), two)).toBe(true);
	});
});
