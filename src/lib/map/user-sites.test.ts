import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import type { AtlasEntity } from '$lib/data/atlas';
import {
	fillInSlices,
	userSiteFeatures,
	WRITE_SLICE,
	type SliceTarget,
	type UserSiteLayer
} from './user-sites';

function site(i: number, layer: string): AtlasEntity {
	return {
		id: `u-${layer}-${i}`,
		name_zh: `地点 ${i}`,
		name_en: `Site ${i}`,
		point: [114 + i / 1e5, 30.6],
		user: { layer }
	} as unknown as AtlasEntity;
}

function layer(name: string, n: number, color: string): UserSiteLayer {
	const entities = Array.from({ length: n }, (_, i) => site(i, name));
	const polygon = {
		type: 'Polygon' as const,
		coordinates: [
			[
				[114, 30],
				[114.01, 30],
				[114.01, 30.01],
				[114, 30]
			]
		]
	};
	return { color, entities, geometries: { [entities[1]!.id]: polygon } };
}

/** A source that records what it is given, and lets each call finish when told. */
function recorder() {
	const calls: Array<{ op: 'set' | 'update'; ids: string[] }> = [];
	const ids = (fs: readonly Feature[]) => fs.map((f) => String(f.properties!.id));
	const source: SliceTarget = {
		setData: ((data: { features: Feature[] }) => {
			calls.push({ op: 'set', ids: ids(data.features) });
			return Promise.resolve();
		}) as SliceTarget['setData'],
		updateData: ((diff: { add: Feature[] }) => {
			calls.push({ op: 'update', ids: ids(diff.add) });
			return Promise.resolve();
		}) as SliceTarget['updateData']
	};
	return { calls, source };
}

describe('userSiteFeatures', () => {
	it('gives every site a point and the sites with a polygon an area, one feature per id in each', () => {
		const layers = [layer('a', 4, '#d6336c'), layer('b', 2, '#7048e8')];
		const { points, areas } = userSiteFeatures(layers);
		expect(points.map((f) => f.properties!.id)).toEqual([
			'u-a-0',
			'u-a-1',
			'u-a-2',
			'u-a-3',
			'u-b-0',
			'u-b-1'
		]);
		expect(areas.map((f) => [f.properties!.id, f.properties!.color])).toEqual([
			['u-a-1', '#d6336c'],
			['u-b-1', '#7048e8']
		]);
		expect(points[4]!.properties).toMatchObject({
			layer: 'b',
			color: '#7048e8',
			name_en: 'Site 0'
		});
	});

	it('makes a slice across layers exactly as the whole would have it', () => {
		const layers = [layer('a', 5, '#d6336c'), layer('b', 3, '#7048e8'), layer('c', 4, '#000')];
		const whole = userSiteFeatures(layers);
		for (const size of [1, 2, 3, 5, 7, 20]) {
			const parts = { points: [] as Feature[], areas: [] as Feature[] };
			for (let start = 0; start < 12; start += size) {
				const part = userSiteFeatures(layers, start, start + size);
				parts.points.push(...part.points);
				parts.areas.push(...part.areas);
				const points = userSiteFeatures(layers, start, start + size, 'points');
				const areas = userSiteFeatures(layers, start, start + size, 'areas');
				expect(points).toEqual({ points: part.points, areas: [] });
				expect(areas).toEqual({ points: [], areas: part.areas });
			}
			expect(parts).toEqual(whole);
		}
		expect(userSiteFeatures(layers, 4, 6).points.map((f) => f.properties!.id)).toEqual([
			'u-a-4',
			'u-b-0'
		]);
	});
});

describe('fillInSlices', () => {
	it('sets the first slice and adds each next one, every feature once, in order', async () => {
		const { points } = userSiteFeatures([layer('a', WRITE_SLICE * 2 + 7, '#000')]);
		const { calls, source } = recorder();
		expect(
			await fillInSlices(
				() => source,
				points.length,
				(a, b) => points.slice(a, b),
				() => false
			)
		).toBe(true);
		expect(calls.map((c) => [c.op, c.ids.length])).toEqual([
			['set', WRITE_SLICE],
			['update', WRITE_SLICE],
			['update', 7]
		]);
		expect(calls.flatMap((c) => c.ids)).toEqual(points.map((f) => f.properties!.id));
	});

	it('empties the source when there is nothing to show', async () => {
		const { calls, source } = recorder();
		await fillInSlices(
			() => source,
			0,
			() => [],
			() => false
		);
		expect(calls).toEqual([{ op: 'set', ids: [] }]);
	});

	it('stops once newer data has come, and when the source is gone', async () => {
		const { points } = userSiteFeatures([layer('a', WRITE_SLICE * 3, '#000')]);
		const { calls, source } = recorder();
		let asked = 0;
		expect(
			await fillInSlices(
				() => source,
				points.length,
				(a, b) => points.slice(a, b),
				() => ++asked > 1
			)
		).toBe(false);
		expect(calls.map((c) => c.op)).toEqual(['set']);
		expect(
			await fillInSlices(
				() => undefined,
				points.length,
				(a, b) => points.slice(a, b),
				() => false
			)
		).toBe(false);
	});
});
