import type { Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { metresApart } from './relations';
import {
	F,
	FEATURES,
	featureOf,
	propsOf,
	itReportsEachFault,
	type FaultCase,
	type Json
} from './testing';

/**
 * A copy of alpha-works (a Point, ±50 m) under another id at `at`, stating
 * `relation` towards `target`.
 */
function addNeighbour(
	f: Json,
	id: string,
	at: [number, number],
	relation: string,
	target: string,
	accuracy_m = 50
): Json {
	const twin = structuredClone(featureOf(f, 'alpha-works'));
	twin.id = id;
	twin.properties.id = id;
	twin.geometry.coordinates = at;
	twin.properties.relations = [{ type: relation, target }];
	twin.properties.position.accuracy_m = accuracy_m;
	f[FEATURES].features.push(twin);
	return twin;
}

// At 28.02° N, 0.001° of longitude is about 98 m.
const CASES: FaultCase[] = [
	{
		name: 'across the street about 300 m apart (no fault)',
		mutate: (f) =>
			addNeighbour(f, 'alpha-opposite', [112.023, 28.02], 'across-street-from', 'alpha-works'),
		expected: []
	},
	{
		name: 'across the street about 800 m apart',
		mutate: (f) =>
			addNeighbour(f, 'alpha-opposite', [112.028, 28.02], 'across-street-from', 'alpha-works'),
		expected: [
			`${F}alpha-opposite: relations.0: across-street-from "alpha-works" (features/demo.geojson) but the two are 785 m apart, more than 500 m: correct a position or the relation`
		]
	},
	{
		name: 'across the street 800 m apart, one end known to ±3 km: as stated (no fault)',
		mutate: (f) =>
			addNeighbour(
				f,
				'alpha-opposite',
				[112.028, 28.02],
				'across-street-from',
				'alpha-works',
				3000
			),
		expected: []
	},
	{
		name: 'adjacent to an area almost 3 km away',
		mutate: (f) =>
			(propsOf(f, 'alpha-works').relations = [{ type: 'adjacent-to', target: 'beta-park' }]),
		expected: [
			`${F}alpha-works: relations.0: adjacent-to "beta-park" (features/demo.geojson) but the two are 2966 m apart, more than 500 m: correct a position or the relation`
		]
	},
	{
		name: 'adjacent to an area whose outline is an estimate to ±2 km (no fault)',
		mutate: (f) => {
			propsOf(f, 'alpha-works').relations = [{ type: 'adjacent-to', target: 'beta-park' }];
			propsOf(f, 'beta-park').position.accuracy_m = 2000;
		},
		expected: []
	},
	{
		name: 'located in a host, inside its outline (no fault)',
		mutate: (f) => addNeighbour(f, 'alpha-tenant', [112.05, 28.05], 'located-in', 'beta-park'),
		expected: []
	},
	{
		name: 'part of a host, far outside its outline',
		mutate: (f) =>
			(propsOf(f, 'alpha-works').relations = [{ type: 'part-of', target: 'beta-park' }]),
		expected: [
			`${F}alpha-works: relations.0: part-of "beta-park" (features/demo.geojson) but the point [112.02, 28.02] lies 2966 m outside its outline, more than this position's accuracy_m (50): correct a position or the relation`
		]
	},
	{
		name: 'located in a host, about 100 m outside, beyond the accuracy of ±50 m',
		mutate: (f) => addNeighbour(f, 'alpha-tenant', [112.039, 28.05], 'located-in', 'beta-park'),
		expected: [
			`${F}alpha-tenant: relations.0: located-in "beta-park" (features/demo.geojson) but the point [112.039, 28.05] lies 98 m outside its outline, more than this position's accuracy_m (50): correct a position or the relation`
		]
	},
	{
		name: 'located in a host, about 100 m outside, within the accuracy of ±200 m (no fault)',
		mutate: (f) =>
			addNeighbour(f, 'alpha-tenant', [112.039, 28.05], 'located-in', 'beta-park', 200),
		expected: []
	},
	{
		name: 'located in a point: no outline to test (no fault)',
		mutate: (f) => addNeighbour(f, 'alpha-tenant', [112.03, 28.03], 'located-in', 'alpha-works'),
		expected: []
	}
];

describe('relation rules on broken fixtures', () => {
	itReportsEachFault(CASES);
});

describe('metresApart', () => {
	const point = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [lon, lat] });
	const square = (lon: number, lat: number, side: number): Polygon => ({
		type: 'Polygon',
		coordinates: [
			[
				[lon, lat],
				[lon + side, lat],
				[lon + side, lat + side],
				[lon, lat + side],
				[lon, lat]
			]
		]
	});

	it('measures point to point on the ground', () => {
		// 0.01° of latitude is about 1112 m
		expect(metresApart(point(112, 28), point(112, 28.01))).toBeCloseTo(1112, 0);
	});

	it('measures a point to the nearest edge of an area, either way round, 0 inside', () => {
		const area = square(112, 28, 0.01);
		expect(metresApart(point(112.005, 28.02), area)).toBeCloseTo(1112, 0);
		expect(metresApart(area, point(112.005, 28.02))).toBeCloseTo(1112, 0);
		expect(metresApart(point(112.005, 28.005), area)).toBe(0);
	});

	it('measures two areas edge to edge, 0 when they overlap', () => {
		expect(metresApart(square(112, 28, 0.01), square(112, 28.02, 0.01))).toBeCloseTo(1112, 0);
		expect(metresApart(square(112, 28, 0.01), square(112.005, 28.005, 0.01))).toBe(0);
	});
});
