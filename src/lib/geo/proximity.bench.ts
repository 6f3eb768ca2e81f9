/**
 * `npm run bench`: the spatial index against Turf's linear scan, side by side
 * in the same run, so the ratio (not the machine's speed) is what is read.
 * Synthetic points over the zone's extent with a fixed seed.
 */
import nearestPoint from '@turf/nearest-point';
import { featureCollection, point } from '@turf/helpers';
import { bench, describe } from 'vitest';
import type { LonLat } from './lonlat';
import { ProximityIndex } from './proximity';

function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

for (const n of [1_000, 100_000]) {
	const r = rng(7);
	const pts = Array.from({ length: n }, () => [113.95 + r() * 0.35, 30.55 + r() * 0.25] as LonLat);
	const index = new ProximityIndex(pts, (p) => p);
	const fc = featureCollection(pts.map((p) => point(p)));
	const queries = Array.from(
		{ length: 64 },
		() => [113.95 + r() * 0.35, 30.55 + r() * 0.25] as LonLat
	);
	let q = 0;

	describe(`nearest of ${n.toLocaleString('en')} points`, () => {
		bench('ProximityIndex.nearest (kdbush + geokdbush)', () => {
			index.nearest(queries[q++ % queries.length]!, 5);
		});
		bench('baseline: Turf nearestPoint (linear scan)', () => {
			nearestPoint(queries[q++ % queries.length]!, fc);
		});
	});

	describe(`within 2 km of ${n.toLocaleString('en')} points`, () => {
		bench('ProximityIndex.within', () => {
			index.within(queries[q++ % queries.length]!, 2000);
		});
	});
}
