import { describe, expect, it } from 'vitest';
import { bboxOf } from './bbox';

describe('bboxOf', () => {
	it('is the point twice for a Point, altitude ignored', () => {
		expect(bboxOf({ type: 'Point', coordinates: [114.1, 30.6, 25] })).toEqual([
			114.1, 30.6, 114.1, 30.6
		]);
	});

	it('spans every ring and part of a MultiPolygon', () => {
		expect(
			bboxOf({
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[114, 30],
							[114.2, 30],
							[114.2, 30.2],
							[114, 30]
						]
					],
					[
						[
							[113.9, 30.5],
							[114.1, 30.5],
							[114.1, 30.6],
							[113.9, 30.5]
						]
					]
				]
			})
		).toEqual([113.9, 30, 114.2, 30.6]);
	});

	it('spans a LineString', () => {
		expect(
			bboxOf({
				type: 'LineString',
				coordinates: [
					[114.3, 30.1],
					[114.1, 30.4]
				]
			})
		).toEqual([114.1, 30.1, 114.3, 30.4]);
	});

	it('is inverted-infinite for a geometry without positions', () => {
		expect(bboxOf({ type: 'MultiPoint', coordinates: [] })).toEqual([
			Infinity,
			Infinity,
			-Infinity,
			-Infinity
		]);
	});
});
