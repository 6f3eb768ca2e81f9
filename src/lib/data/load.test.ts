import { describe, expect, it } from 'vitest';
import { loadAtlasIndex } from './load';

const ZONE = { chains: [], hubs: {} };
const entity = (i: number) => ({ id: `e-${i}` });

/** A fetch over a few files, recording what was asked. */
function files(map: Record<string, unknown>) {
	const asked: string[] = [];
	const fetchFn = (async (url: string) => {
		asked.push(url);
		if (!(url in map)) return new Response('', { status: 404 });
		const body = map[url];
		return new Response(typeof body === 'string' ? body : JSON.stringify(body));
	}) as unknown as typeof fetch;
	return { fetchFn, asked };
}

describe('loadAtlasIndex', () => {
	const parts = { url: 'entities/{n}.json', per: 2, count: 5 };
	const index = { zone: ZONE, bbox: [0, 0, 1, 1], entities: [], parts };
	const all = Array.from({ length: 5 }, (_, i) => entity(i));

	it('reads the entities from their parts, in order, one part per pause', async () => {
		const { fetchFn, asked } = files({
			'/d/atlas.json': index,
			'/d/entities/0.json': all.slice(0, 2),
			'/d/entities/1.json': all.slice(2, 4),
			'/d/entities/2.json': all.slice(4)
		});
		let pauses = 0;
		const got = await loadAtlasIndex(fetchFn, '/d/', async () => void pauses++);
		expect(got.entities).toEqual(all);
		expect(pauses).toBe(3);
		expect(asked).toEqual([
			'/d/atlas.json',
			'/d/entities/0.json',
			'/d/entities/1.json',
			'/d/entities/2.json'
		]);
	});

	it('names a part that is missing, cut short or of the wrong size', async () => {
		const base = {
			'/d/atlas.json': index,
			'/d/entities/0.json': all.slice(0, 2),
			'/d/entities/2.json': all.slice(4)
		};
		const pause = async () => {};
		await expect(loadAtlasIndex(files(base).fetchFn, '/d/', pause)).rejects.toThrow(
			'/d/entities/1.json: HTTP 404'
		);
		await expect(
			loadAtlasIndex(files({ ...base, '/d/entities/1.json': '[{"id":' }).fetchFn, '/d/', pause)
		).rejects.toThrow(/\/d\/entities\/1\.json: not valid JSON after 7 characters/);
		await expect(
			loadAtlasIndex(
				files({ ...base, '/d/entities/1.json': all.slice(2, 3) }).fetchFn,
				'/d/',
				pause
			)
		).rejects.toThrow('/d/entities/1.json: 1 entities, expected 2');
	});

	it('reads an index that holds its entities as it is', async () => {
		const whole = { zone: ZONE, bbox: [0, 0, 1, 1], entities: all };
		const { fetchFn, asked } = files({ '/d/atlas.json': whole });
		expect((await loadAtlasIndex(fetchFn, '/d/')).entities).toEqual(all);
		expect(asked).toEqual(['/d/atlas.json']);
	});
});
