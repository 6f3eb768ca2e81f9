/**
 * Test-only: the hand-made road fixture, a seeded random source and the
 * reader of the real reference roads (absent on a machine without shared/).
 *
 * The fixture lies on the equator, where a degree is the same distance both
 * ways, so lengths are whole multiples of U = 0.001° = 111.1950797 m on
 * Turf's sphere and times follow from speeds.ts by hand:
 *
 *     D (0.004,0.006) ── S (0.004,0.008) ── E (0.006,0.008)   unclassified, 2U + 2U
 *     │ tertiary 3U (a slower parallel `service` edge is dropped)
 *     C (0.004,0.003)
 *    ╱ ╲  primary 5U (A–C), primary_link 5U (C–B)
 *   A ── B   residential 8U, A (0,0), B (0.008,0)
 *
 *   F (0.02,0) ── G (0.02,0.002)   residential, a component of its own
 *
 * 5U at 50 km/h, 3U at 30 and 2U at 20 all take T = 0.36·U s = 40.0302 s;
 * C is the only junction (three edges), so A→B is faster by C (2T + 5 s =
 * 85.06 s over 10U) than on the direct residential road (8U: 160.12 s).
 */
import { existsSync, readFileSync } from 'node:fs';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import intersect from '@turf/intersect';
import { feature, featureCollection } from '@turf/helpers';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { expect } from 'vitest';
import { deepFreeze } from '$lib/testing/freeze';
import type { LonLat } from '../lonlat';
import type { RoadEdgeProperties, RoadEdges } from './graph';
import type { Isochrone } from './isochrone';

/** metres in 0.001° on Turf's sphere */
export const U = (6371008.8 * Math.PI) / 180 / 1000;
/** seconds for 5U at 50 km/h, 3U at 30 or 2U at 20 */
export const T = 0.36 * U;

export const AT = deepFreeze({
	A: [0, 0],
	B: [0.008, 0],
	C: [0.004, 0.003],
	D: [0.004, 0.006],
	S: [0.004, 0.008],
	E: [0.006, 0.008],
	F: [0.02, 0],
	G: [0.02, 0.002]
} satisfies Record<string, LonLat>);

function edge(
	highway: string,
	u: string,
	v: string,
	coords: LonLat[]
): Feature<LineString, RoadEdgeProperties> {
	return {
		type: 'Feature',
		properties: { highway, u, v },
		geometry: { type: 'LineString', coordinates: coords }
	};
}

export const FIXTURE: RoadEdges = deepFreeze({
	type: 'FeatureCollection',
	features: [
		// drawn from B to A: the source does not orient geometry from u to v
		edge('residential', 'A', 'B', [AT.B, AT.A]),
		edge('primary', 'A', 'C', [AT.A, AT.C]),
		edge('primary_link', 'C', 'B', [AT.C, AT.B]),
		edge('tertiary', 'C', 'D', [AT.C, AT.D]),
		edge('service', 'D', 'C', [AT.D, AT.C]),
		// one edge with an interior vertex: S becomes a shape node
		edge('unclassified', 'D', 'E', [AT.D, AT.S, AT.E]),
		edge('residential', 'F', 'G', [AT.F, AT.G]),
		edge('residential', 'G', 'G', [AT.G, [0.021, 0.002], AT.G])
	]
});

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so sampled pairs repeat. */
export function rng(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The reference roads of western Wuhan (ODbL), shared beside the checkout, not in it. */
export const REAL_ROADS_PATH = new URL(
	'../../../../../shared/reference/roads/wuhan_west_roads_osm_wgs84.geojson',
	import.meta.url
).pathname;

export function readRealRoads(): RoadEdges | undefined {
	if (!existsSync(REAL_ROADS_PATH)) return undefined;
	return JSON.parse(readFileSync(REAL_ROADS_PATH, 'utf8')) as RoadEdges;
}

/** Asserts what every isochrone owes its reader: nested bands, each around its origin. */
export function expectNestedAroundOrigin(iso: Isochrone) {
	iso.bands.forEach((band, k) => {
		expect(
			booleanPointInPolygon(iso.origin, band.area!),
			`${band.minutes} min holds the origin`
		).toBe(true);
		const inner = iso.bands[k - 1];
		if (!inner) return;
		expect(Array.from(band.nodes.subarray(0, inner.nodes.length))).toEqual(Array.from(inner.nodes));
		expect(
			covered(inner.area!, band.area!),
			`${inner.minutes} ⊂ ${band.minutes} min`
		).toBeGreaterThan(1 - 1e-6);
	});
}

/** The share of `inner`'s area that lies inside `outer`. */
function covered(inner: Polygon | MultiPolygon, outer: Polygon | MultiPolygon): number {
	const both = intersect(featureCollection([feature(inner), feature(outer)]));
	return both ? area(both) / area(inner) : 0;
}
