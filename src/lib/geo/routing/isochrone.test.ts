import { describe, expect, it } from 'vitest';
import type { LonLat } from '../lonlat';
import { compileRoadGraph } from './graph';
import { isochrone, isochroneSecondsTo } from './isochrone';
import { RoadRouter } from './route';
import { CONNECTOR_SPEED_KMH, travelSeconds } from './speeds';
import { AT, expectNestedAroundOrigin, FIXTURE, U } from './testing';

const router = new RoadRouter(compileRoadGraph(FIXTURE));

describe('isochrone on the hand-made fixture', () => {
	const iso = isochrone(router, AT.A, { minutes: [0.5, 1, 1.5, 2, 3] });
	const at = (nodes: Uint32Array) =>
		Array.from(nodes, (n) => [router.graph.lon[n], router.graph.lat[n]]);

	it('bands the nodes by hand-computed arrival time', () => {
		expect(iso.bands.map((b) => b.minutes)).toEqual([0.5, 1, 1.5, 2, 3]);
		expect(at(iso.bands[0]!.nodes)).toEqual([AT.A]);
		expect(at(iso.bands[1]!.nodes)).toEqual([AT.A, AT.C]); // C at T = 40.03 s
		// B by C at 2T + 5 s = 85.06 s (not 160 s on its own road), D at the same time
		expect(at(iso.bands[2]!.nodes).sort()).toEqual([AT.A, AT.B, AT.C, AT.D].sort());
		expect(iso.bands[3]!.nodes.length).toBe(4); // S at 3T + 5 s = 125.09 s is past 2 min
		expect(at(iso.bands[4]!.nodes).sort()).toEqual(
			[AT.A, AT.B, AT.C, AT.D, AT.S, AT.E].sort() // never F, G: another component
		);
	});

	it('nests the areas and keeps the origin inside each', () => {
		expectNestedAroundOrigin(iso);
	});

	it('writes exterior rings anticlockwise and holes clockwise (RFC 7946)', () => {
		const signedArea = (ring: number[][]) =>
			ring.reduce((sum, p, i) => {
				const q = ring[(i + 1) % ring.length]!;
				return sum + (p[0]! * q[1]! - q[0]! * p[1]!) / 2;
			}, 0);
		for (const band of iso.bands) {
			for (const [outer, ...holes] of band.area!.coordinates) {
				expect(signedArea(outer!)).toBeGreaterThan(0);
				for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
			}
		}
	});

	it('starts from the nearest road of a point off the network, connector counted', () => {
		const off: LonLat = [0.003, -0.001];
		const fromOff = isochrone(router, off, { minutes: [1, 2, 3] });
		expect(fromOff.snap.distance_m).toBeCloseTo(U, 3);
		expect(fromOff.bands[0]!.nodes.length).toBe(0); // the 27 s connector and the road to the nearest node exceed 1 min
		expectNestedAroundOrigin(fromOff);
	});

	it('gives the same seconds to a point as the route does', () => {
		for (const p of [[0.003, -0.001], AT.E, [0.006, -0.001], [0.005, 0.004]] as LonLat[]) {
			const r = router.route(AT.A, p);
			if (!r.reachable) throw new Error('unreachable');
			expect(isochroneSecondsTo(router, iso, p), `to ${p}`).toBeCloseTo(r.time_s, 6);
		}
		const walk = travelSeconds(U, CONNECTOR_SPEED_KMH);
		expect(isochroneSecondsTo(router, iso, [0.003, -0.001])).toBeCloseTo(
			(3 * U * 3.6) / 20 + walk,
			6
		);
	});
});
