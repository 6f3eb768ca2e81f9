import { describe, expect, it } from 'vitest';
import type { Geometry, Polygon } from 'geojson';
import { deepFreeze } from '$lib/testing/freeze';
import { decimalsOf, geometryProblems, positionProblems, ringProblems } from './geometry';
import { F, featureOf, propsOf, itReportsEachFault, type FaultCase } from './testing';

const CASES: FaultCase[] = [
	{
		name: 'swapped lon/lat',
		mutate: (f) => (featureOf(f, 'alpha-works').geometry.coordinates = [28.02, 112.02]),
		expected: [
			`${F}alpha-works: geometry.coordinates: latitude 112.02 is out of range [-90, 90]; the position looks like [lat, lon]: write [lon, lat]`
		]
	},
	{
		name: 'latitude out of range',
		mutate: (f) => (featureOf(f, 'alpha-works').geometry.coordinates = [112.02, 95]),
		expected: [`${F}alpha-works: geometry.coordinates: latitude 95 is out of range [-90, 90]`]
	},
	{
		name: 'swapped inside the valid range (zone at mid latitudes)',
		mutate: (f) => {
			// a zone at 40° E, 50° N, where [lat, lon] is still a valid position
			const shift = (c: unknown): unknown =>
				Array.isArray(c) && typeof c[0] === 'number'
					? [round(c[0] - 72), round(c[1] + 22)]
					: Array.isArray(c)
						? c.map(shift)
						: c;
			const round = (n: number) => Math.round(n * 1e6) / 1e6;
			for (const path of Object.keys(f).filter((p) => p.endsWith('.geojson'))) {
				for (const feat of f[path].features)
					feat.geometry.coordinates = shift(feat.geometry.coordinates);
			}
			propsOf(f, 'alpha-works').position.original = undefined;
			delete propsOf(f, 'alpha-works').position.original;
			featureOf(f, 'alpha-works').geometry.coordinates = [50.02, 40.02];
		},
		expected: [
			`${F}alpha-works: geometry.coordinates: position [50.02, 40.02] looks swapped: [40.02, 50.02] lies in the zone; write [lon, lat]`
		]
	},
	{
		name: 'clockwise exterior ring',
		mutate: (f) => featureOf(f, 'beta-park').geometry.coordinates[0].reverse(),
		expected: [
			`${F}beta-park: geometry.coordinates.0: exterior ring is clockwise; RFC 7946 wants exterior rings counterclockwise (right-hand rule)`
		]
	},
	{
		name: 'counterclockwise hole',
		mutate: (f) =>
			featureOf(f, 'beta-park').geometry.coordinates.push([
				[112.045, 28.045],
				[112.055, 28.045],
				[112.055, 28.055],
				[112.045, 28.045]
			]),
		expected: [
			`${F}beta-park: geometry.coordinates.1: hole is counterclockwise; RFC 7946 wants holes clockwise (right-hand rule)`
		]
	},
	{
		name: 'empty polygon: one message, the other files still checked',
		mutate: (f) => (featureOf(f, 'beta-park').geometry.coordinates = []),
		expected: [`${F}beta-park: geometry.coordinates: is empty: a ring needs at least 4 positions`]
	},
	{
		name: 'unclosed ring',
		mutate: (f) => featureOf(f, 'beta-park').geometry.coordinates[0].pop(),
		expected: [
			`${F}beta-park: geometry.coordinates.0: ring is not closed: the last position [112.04, 28.06] must repeat the first [112.04, 28.04]`
		]
	},
	{
		name: 'ring with fewer than 4 positions',
		mutate: (f) =>
			(featureOf(f, 'beta-park').geometry.coordinates = [
				[
					[112.04, 28.04],
					[112.06, 28.04],
					[112.04, 28.04]
				]
			]),
		expected: [
			`${F}beta-park: geometry.coordinates.0: ring has 3 positions; a closed ring needs at least 4`
		]
	},
	{
		name: 'self-intersecting polygon',
		mutate: (f) =>
			(featureOf(f, 'beta-park').geometry.coordinates = [
				[
					[112.04, 28.04],
					[112.06, 28.06],
					[112.06, 28.04],
					[112.04, 28.06],
					[112.04, 28.04]
				]
			]),
		expected: [`${F}beta-park: geometry: polygon self-intersects at [112.05, 28.05]`]
	},
	{
		name: 'more than 6 decimals',
		mutate: (f) => (featureOf(f, 'alpha-works').geometry.coordinates = [112.0200001, 28.02]),
		expected: [
			`${F}alpha-works: geometry.coordinates: 112.0200001 has 7 decimals; round coordinates to 6 (≈0.1 m)`
		]
	}
];

describe('geometry rules on broken fixtures', () => {
	itReportsEachFault(CASES);
});

/** A geometry on its own, as a user's imported file would bring it. */
const square: Polygon = deepFreeze({
	type: 'Polygon',
	coordinates: [
		[
			[114.1, 30.6],
			[114.2, 30.6],
			[114.2, 30.7],
			[114.1, 30.7],
			[114.1, 30.6]
		]
	]
});
const reversed = (p: Polygon): Polygon => ({
	type: 'Polygon',
	coordinates: p.coordinates.map((ring) => [...ring].reverse())
});

describe('geometry rules on a single geometry', () => {
	it('find nothing wrong with a valid polygon', () => {
		expect(geometryProblems(square)).toEqual({ problems: [], usable: true });
	});

	it('judge the winding with the same message, and keep the geometry usable', () => {
		expect(ringProblems(reversed(square))).toEqual([
			{
				field: 'geometry.coordinates.0',
				message:
					'exterior ring is clockwise; RFC 7946 wants exterior rings counterclockwise (right-hand rule)'
			}
		]);
		expect(geometryProblems(reversed(square)).usable).toBe(true);
	});

	it('make an unclosed ring unusable for point-in-polygon', () => {
		const open: Polygon = { type: 'Polygon', coordinates: [square.coordinates[0]!.slice(0, -1)] };
		const { problems, usable } = geometryProblems(open);
		expect(problems.map((p) => p.message)).toEqual([
			'ring is not closed: the last position [114.1, 30.7] must repeat the first [114.1, 30.6]'
		]);
		expect(usable).toBe(false);
	});

	it('tell a swapped position only when a zone box is given', () => {
		const point = { type: 'Point' as const, coordinates: [30.65, 114.15] };
		const zone = [114.1, 30.6, 114.2, 30.7];
		expect(positionProblems({ type: 'Point', coordinates: [114.15, 30.65] }, zone)).toEqual([]);
		expect(positionProblems(point).map((p) => p.message)).toEqual([
			'latitude 114.15 is out of range [-90, 90]; the position looks like [lat, lon]: write [lon, lat]'
		]);
		expect(positionProblems(point, zone)).toEqual([
			{
				field: 'geometry.coordinates',
				message:
					'latitude 114.15 is out of range [-90, 90]; the position looks like [lat, lon]: write [lon, lat]'
			}
		]);
	});

	it('count every position with one fault in one problem', () => {
		const fine = {
			type: 'LineString' as const,
			coordinates: [
				[114.1000001, 30.6],
				[114.2000001, 30.7],
				[114.3, 30.8]
			]
		};
		expect(positionProblems(fine)).toEqual([
			{
				field: 'geometry.coordinates.0',
				message: '114.1000001 has 7 decimals; round coordinates to 6 (≈0.1 m) (and 1 more)'
			}
		]);
	});

	it('leave coordinates that do not nest as the type says to the structure check', () => {
		const malformed = { type: 'Polygon', coordinates: [114.1, 30.6] } as unknown as Polygon;
		expect(geometryProblems(malformed)).toEqual({ problems: [], usable: false });
	});
});

describe('decimalsOf', () => {
	it('counts decimals as JSON writes them', () => {
		expect(decimalsOf(114.123456)).toBe(6);
		expect(decimalsOf(114.1234567)).toBe(7);
		expect(decimalsOf(114)).toBe(0);
		expect(decimalsOf(1e-7)).toBe(7);
	});
});

describe('empty geometry (issue 14)', () => {
	it.each([
		[{ type: 'Polygon', coordinates: [] }, 'geometry.coordinates'],
		[{ type: 'Polygon', coordinates: [[]] }, 'geometry.coordinates.0'],
		[{ type: 'MultiPolygon', coordinates: [] }, 'geometry.coordinates'],
		[{ type: 'MultiPolygon', coordinates: [[]] }, 'geometry.coordinates.0'],
		[{ type: 'MultiPolygon', coordinates: [[[]]] }, 'geometry.coordinates.0.0'],
		[{ type: 'LineString', coordinates: [] }, 'geometry.coordinates']
	])('%j is one schema problem, not a crash', (geometry, field) => {
		const r = geometryProblems(geometry as Geometry);
		expect(r.usable).toBe(false);
		expect(r.problems).toEqual([{ field, message: expect.stringMatching(/^is empty: /) }]);
	});
});
