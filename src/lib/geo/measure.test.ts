import { describe, expect, it } from 'vitest';
import destination from '@turf/destination';
import type { Position } from 'geojson';
import { SQUARE_METRES_PER_MU, measureArea, measureLine } from './measure';

/** A square of side `m` metres with its SW corner at `sw`, built along geodesics. */
function square(sw: Position, m: number): Position[] {
	const km = m / 1000;
	const se = destination(sw, km, 90).geometry.coordinates;
	const ne = destination(se, km, 0).geometry.coordinates;
	const nw = destination(sw, km, 0).geometry.coordinates;
	return [sw, se, ne, nw, sw];
}

describe('measureArea', () => {
	it('a 1 km × 1 km square near 30.6° N is 1.000 km² ± 0.5 %', () => {
		const a = measureArea({ type: 'Polygon', coordinates: [square([114.1, 30.6], 1000)] });
		expect(Math.abs(a.km2 - 1)).toBeLessThan(0.005);
		expect(a.ha).toBeCloseTo(a.m2 / 10000, 9);
		expect(a.mu).toBeCloseTo(a.m2 / SQUARE_METRES_PER_MU, 9);
		expect(Math.abs(a.mu - 1500)).toBeLessThan(7.5);
		expect(Math.abs(a.perimeter_m - 4000)).toBeLessThan(20);
	});

	it('subtracts holes and adds multipolygon parts', () => {
		const outer = square([114.1, 30.6], 1000);
		const hole = square([114.102, 30.602], 200).reverse();
		const withHole = measureArea({ type: 'Polygon', coordinates: [outer, hole] });
		const solid = measureArea({ type: 'Polygon', coordinates: [outer] });
		expect(solid.m2 - withHole.m2).toBeGreaterThan(39000);
		expect(solid.m2 - withHole.m2).toBeLessThan(41000);
		const two = measureArea({
			type: 'MultiPolygon',
			coordinates: [[outer], [square([114.2, 30.6], 1000)]]
		});
		expect(two.m2 / solid.m2).toBeCloseTo(2, 2);
	});
});

describe('measureLine', () => {
	it('gives each segment and the total, in metres', () => {
		const a: Position = [114.1, 30.6];
		const b = destination(a, 1, 90).geometry.coordinates;
		const c = destination(b, 2, 0).geometry.coordinates;
		const m = measureLine([a, b, c]);
		expect(m.segments_m).toHaveLength(2);
		expect(m.segments_m[0]).toBeCloseTo(1000, 0);
		expect(m.segments_m[1]).toBeCloseTo(2000, 0);
		expect(m.total_m).toBeCloseTo(3000, 0);
	});

	// By hand: Δlat 0.158846° × 111.195 km = 17.663 km; Δlon 0.071256° × 111.195 × cos 30.70° = 6.810 km;
	// √(17.663² + 6.810²) = 18.93 km.
	it('the airport to the district seat is 18.93 km', () => {
		const m = measureLine({
			type: 'LineString',
			coordinates: [
				[114.20806, 30.78361],
				[114.136804, 30.624764]
			]
		});
		expect(Math.abs(m.total_m - 18930)).toBeLessThan(30);
	});

	it('a single point has no length', () => {
		expect(measureLine([[114, 30]])).toEqual({ segments_m: [], total_m: 0 });
	});
});
