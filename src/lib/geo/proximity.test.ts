import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import nearestPoint from '@turf/nearest-point';
import { featureCollection, point } from '@turf/helpers';
import type { LonLat } from './lonlat';
import { ProximityIndex } from './proximity';

/** Deterministic pseudo-random numbers (mulberry32), so the fuzz is repeatable. */
function rng(seed: number) {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type P = { id: string; at: LonLat };
const pts: P[] = Object.freeze([
	{ id: 'origin', at: [114.1, 30.6] },
	{ id: 'east-1km', at: [114.110451, 30.6] },
	{ id: 'north-2km', at: [114.1, 30.617987] },
	{ id: 'far', at: [114.3, 30.7] }
]) as P[];

describe('ProximityIndex', () => {
	const index = new ProximityIndex(pts, (p) => p.at);

	it('returns the nearest first with geodesic distances in metres', () => {
		const near = index.nearest([114.1, 30.6], 3);
		expect(near.map((n) => n.item.id)).toEqual(['origin', 'east-1km', 'north-2km']);
		expect(near[0]!.distance_m).toBe(0);
		expect(near[1]!.distance_m).toBeCloseTo(1000, -1);
		expect(near[2]!.distance_m).toBeCloseTo(2000, -1);
	});

	it('lists the items in a box, in item order, and matches a scan on random boxes', () => {
		expect(index.inBox([114.09, 30.59, 114.2, 30.61]).map((p) => p.id)).toEqual([
			'origin',
			'east-1km'
		]);
		expect(index.inBox([0, 0, 1, 1])).toEqual([]);
		expect(new ProximityIndex([] as P[], (p) => p.at).inBox([-180, -90, 180, 90])).toEqual([]);
		const r = rng(7);
		const many = Array.from({ length: 2000 }, (_, i) => ({
			id: `p${i}`,
			at: [114 + r() * 0.4, 30.5 + r() * 0.3] as LonLat
		}));
		const big = new ProximityIndex(many, (p) => p.at);
		for (let k = 0; k < 50; k++) {
			const w = 114 + r() * 0.4;
			const s = 30.5 + r() * 0.3;
			const box = [w, s, w + r() * 0.2, s + r() * 0.2] as [number, number, number, number];
			const scan = many.filter(
				(p) => p.at[0] >= box[0] && p.at[0] <= box[2] && p.at[1] >= box[1] && p.at[1] <= box[3]
			);
			expect(big.inBox(box)).toEqual(scan);
			// the same items as positions, in no particular order
			const positions = big.indicesInBox(box).sort((a, b) => a - b);
			expect(positions.map((i) => many[i])).toEqual(scan);
		}
		expect(new ProximityIndex([] as P[], (p) => p.at).indicesInBox([-180, -90, 180, 90])).toEqual(
			[]
		);
	});

	it('finds everything within a radius and nothing beyond', () => {
		expect(index.within([114.1, 30.6], 1500).map((n) => n.item.id)).toEqual(['origin', 'east-1km']);
		expect(index.within([114.1, 30.6], 990)).toHaveLength(1);
	});

	it('respects a predicate (the active filters)', () => {
		const near = index.nearest([114.1, 30.6], 2, { where: (p) => p.id !== 'origin' });
		expect(near.map((n) => n.item.id)).toEqual(['east-1km', 'north-2km']);
	});

	it('works when empty', () => {
		expect(new ProximityIndex<P>([], (p) => p.at).nearest([0, 0], 5)).toEqual([]);
	});

	it('agrees with a brute-force Turf scan on 1,000 seeded random points', () => {
		const r = rng(42);
		const many = Array.from({ length: 1000 }, (_, i) => ({
			id: `p${i}`,
			at: [113.9 + r() * 0.5, 30.5 + r() * 0.3] as LonLat
		}));
		const idx = new ProximityIndex(many, (p) => p.at);
		const fc = featureCollection(many.map((p) => point(p.at, { id: p.id })));
		for (let q = 0; q < 50; q++) {
			const from: LonLat = [113.9 + r() * 0.5, 30.5 + r() * 0.3];
			const mine = idx.nearest(from, 1)[0]!;
			const turf = nearestPoint(from, fc);
			expect(mine.item.id).toBe(turf.properties.id);
			expect(mine.distance_m).toBeCloseTo(distance(from, mine.item.at, { units: 'meters' }), -1);
		}
	});
});
