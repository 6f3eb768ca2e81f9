import { describe, expect, it } from 'vitest';
import type { LonLat } from '../lonlat';
import { compileRoadGraph } from './graph';
import { reachAt, reachFrom } from './reach';
import { RoadRouter } from './route';
import { AT, FIXTURE, readRealRoads, REAL_ROADS_PATH, rng, T, U } from './testing';

const router = new RoadRouter(compileRoadGraph(FIXTURE));

describe('reach on the hand-made fixture', () => {
	it('gives each point the time, length and origin of its route to the nearest origin', () => {
		const origins: LonLat[] = [AT.A, AT.E];
		const reach = reachFrom(router, origins);
		for (const p of [AT.B, AT.C, AT.D, AT.S, [0.003, -0.001], [0.005, 0.008]] as LonLat[]) {
			const found = reachAt(router, reach, p)!;
			const routes = origins.map((o) => router.route(o, p));
			const times = routes.map((r) => (r.reachable ? r.time_s : Infinity));
			const best = times.indexOf(Math.min(...times));
			const r = routes[best]!;
			if (!r.reachable) throw new Error('unreachable');
			expect(found.from, `origin of ${p}`).toBe(best);
			expect(found.time_s, `time to ${p}`).toBeCloseTo(r.time_s, 6);
			expect(found.length_m, `length to ${p}`).toBeCloseTo(r.length_m, 6);
		}
	});

	it('hand-computed: C is T from A on the primary road, 5U of it', () => {
		const c = reachAt(router, reachFrom(router, [AT.A]), AT.C)!;
		expect(c.time_s).toBeCloseTo(T, 6);
		expect(c.length_m).toBeCloseTo(5 * U, 6);
		expect(c.connector_m).toBe(0);
	});

	it('reports nothing for a point on another component', () => {
		expect(reachAt(router, reachFrom(router, [AT.A]), AT.F)).toBeNull();
	});

	it('stops at a time budget', () => {
		const bounded = reachFrom(router, [AT.A], { maxTime_s: 60 });
		expect(reachAt(router, bounded, AT.C)).not.toBeNull();
		expect(reachAt(router, bounded, AT.E)).toBeNull();
	});
});

const roads = readRealRoads();
describe.skipIf(!roads)(
	roads ? 'reach on the real roads' : `reach on the real roads (SKIPPED: no ${REAL_ROADS_PATH})`,
	() => {
		it('agrees with the router for 30 seeded points and three origins', () => {
			const real = new RoadRouter(compileRoadGraph(roads!));
			const origins: LonLat[] = [
				[114.1148, 30.647],
				[114.1329, 30.6751],
				[114.2, 30.78]
			];
			const reach = reachFrom(real, origins);
			const random = rng(7);
			for (let k = 0; k < 30; k++) {
				const p: LonLat = [114.0 + random() * 0.25, 30.55 + random() * 0.18];
				const found = reachAt(real, reach, p);
				const times = origins.map((o) => {
					const r = real.route(p, o);
					return r.reachable ? r : null;
				});
				const best = times.reduce<number>(
					(b, r, i) => (r && (b < 0 || r.time_s < times[b]!.time_s) ? i : b),
					-1
				);
				if (best < 0) {
					expect(found).toBeNull();
					continue;
				}
				expect(found!.from, `point ${k}`).toBe(best);
				expect(found!.time_s, `point ${k}`).toBeCloseTo(times[best]!.time_s, 5);
				expect(found!.length_m, `point ${k}`).toBeCloseTo(times[best]!.length_m, 3);
			}
		});
	}
);
