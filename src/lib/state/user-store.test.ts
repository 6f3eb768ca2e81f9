import 'fake-indexeddb/auto';
import { createStore, del, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { AtlasEntity } from '$lib/data/atlas';
import {
	IdbUserStore,
	MemoryUserStore,
	SITES_PER_RECORD,
	StoreError,
	checkLayer,
	type UserLayer
} from './user-store';
import { UserData } from './user-data.svelte';

function site(id: string): AtlasEntity {
	return {
		id,
		name_zh: '地块',
		name_en: '地块',
		aliases: [],
		kind: 'site',
		chain: null,
		status: 'existing',
		status_year: null,
		facts: [],
		relations: [],
		outside_zone: false,
		source: { sentence_zh: '', doc: 'import' },
		position: { method: 'sourced', source: 'a.csv row 2', accuracy_m: 50 },
		point: [114.1, 30.65],
		layers: [],
		areas: [],
		district: null,
		search: { pinyin: 'di kuai', initials: 'dk' },
		user: { layer: 'l1', row: 2, props: { 用地: '工业' } }
	};
}

function layer(id = 'l1'): UserLayer {
	return {
		id,
		name: 'Sites',
		color: '#d6336c',
		visible: true,
		created: '2026-12-01T00:00:00.000Z',
		file: { name: 'a.csv', format: 'csv', datum: 'GCJ-02', rows: 1 },
		entities: [site(`u-${id}-2`)],
		geometries: {},
		facets: ['用地']
	};
}

describe('IdbUserStore', () => {
	it('keeps layers, compare sets and views across store instances (a reload)', async () => {
		const a = new IdbUserStore('t-reload');
		await a.putLayer(layer());
		await a.putSet({ id: 's1', name: 'A vs B', ids: ['x', 'y'], created: '1' });
		await a.putView({ id: 'v1', name: 'North', href: '/?c=1', created: '1' });
		const b = new IdbUserStore('t-reload');
		const all = await b.readAll();
		expect(all.layers.map((l) => l.id)).toEqual(['l1']);
		expect(all.layers[0]!.entities[0]!.user?.props).toEqual({ 用地: '工业' });
		expect(all.compareSets[0]!.ids).toEqual(['x', 'y']);
		expect(all.views[0]!.href).toBe('/?c=1');
		await b.deleteLayer('l1');
		expect((await a.readAll()).layers).toEqual([]);
	});

	it('reports a corrupted record with its key and reason and reads the rest', async () => {
		const raw = createStore('t-corrupt', 'user');
		const store = new IdbUserStore('t-corrupt', raw);
		await store.putLayer(layer('good'));
		await set('layer:bad', { id: 'bad', name: 'x', color: 'red' }, raw);
		await set('view:v', 42, raw);
		const all = await store.readAll();
		expect(all.layers.map((l) => l.id)).toEqual(['good']);
		expect(all.corrupted).toEqual([
			{ key: 'layer:bad', reason: '"created" is not text' },
			{ key: 'view:v', reason: 'not a saved view' }
		]);
	});
});

describe('IdbUserStore: big layers in chunks', () => {
	const big = (n: number): UserLayer => ({
		...layer('big'),
		entities: Array.from({ length: n }, (_, i) => site(`u-big-${i}`)),
		geometries: {
			'u-big-7': {
				type: 'Polygon',
				coordinates: [
					[
						[114, 30],
						[114.01, 30],
						[114.01, 30.01],
						[114, 30]
					]
				]
			}
		}
	});

	it('stores the sites a chunk per record and reads them back whole, in order', async () => {
		const raw = createStore('t-chunks', 'user');
		const store = new IdbUserStore('t-chunks', raw);
		await store.putLayer(big(SITES_PER_RECORD * 2 + 1));
		expect((await keys(raw)).map(String).sort()).toEqual([
			'layer:big',
			'sites:big:0',
			'sites:big:1',
			'sites:big:2'
		]);
		const [read] = (await store.readAll()).layers;
		expect(read!.entities).toHaveLength(SITES_PER_RECORD * 2 + 1);
		expect(read!.entities.at(-1)!.id).toBe(`u-big-${SITES_PER_RECORD * 2}`);
		expect(Object.keys(read!.geometries)).toEqual(['u-big-7']);
		expect(read).not.toHaveProperty('chunks');
	});

	it('renames without rewriting the sites, and deletes every chunk', async () => {
		const raw = createStore('t-chunks-meta', 'user');
		const store = new IdbUserStore('t-chunks-meta', raw);
		const data = new UserData(store);
		await data.addLayer(big(10));
		await set('sites:big:0', { entities: [site('u-big-x')], geometries: {} }, raw);
		await data.rename('big', 'Plots');
		const [read] = (await store.readAll()).layers;
		expect(read!.name).toBe('Plots');
		// the chunk written behind its back is still what is read: rename did not touch it
		expect(read!.entities.map((e) => e.id)).toEqual(['u-big-x']);
		await data.removeLayer('big');
		expect(await keys(raw)).toEqual([]);
	});

	it('a layer stored whole (before chunks) keeps its sites through a rename', async () => {
		const raw = createStore('t-chunks-old', 'user');
		await set('layer:old', layer('old'), raw);
		const store = new IdbUserStore('t-chunks-old', raw);
		const data = new UserData(store);
		data.apply(await store.readAll());
		await data.rename('old', 'Renamed');
		const [read] = (await new IdbUserStore('t-chunks-old', raw).readAll()).layers;
		expect(read!.name).toBe('Renamed');
		expect(read!.entities.map((e) => e.id)).toEqual(['u-old-2']);
	});

	it('reports a layer whose chunk is missing, and reads the rest', async () => {
		const raw = createStore('t-chunks-missing', 'user');
		const store = new IdbUserStore('t-chunks-missing', raw);
		await store.putLayer(big(SITES_PER_RECORD + 1));
		await store.putLayer(layer('ok'));
		await del('sites:big:1', raw);
		const all = await store.readAll();
		expect(all.layers.map((l) => l.id)).toEqual(['ok']);
		expect(all.corrupted).toEqual([
			{ key: 'layer:big', reason: 'sites 2 of 2 are missing or unreadable' }
		]);
	});
});

describe('checkLayer', () => {
	it('accepts a layer and names what is wrong with a broken one', () => {
		expect(checkLayer(layer())).toBeNull();
		const broken = { ...layer(), entities: [{ id: 'x', name_zh: 'x', point: ['a', 1] }] };
		expect(checkLayer(broken)).toBe('entity 1 has no point');
		expect(checkLayer({ ...layer(), color: 'blue' })).toBe('"color" is not #rrggbb');
	});
});

describe('UserData', () => {
	it('shows only visible layers to the tools', async () => {
		const data = new UserData(new MemoryUserStore(), () => '2026-12-01T00:00:00.000Z');
		await data.addLayer(layer('a'));
		await data.addLayer({ ...layer('b'), visible: false });
		expect(data.entities.map((e) => e.id)).toEqual(['u-a-2']);
		await data.setVisible('b', true);
		expect(data.entities.map((e) => e.id)).toEqual(['u-a-2', 'u-b-2']);
	});

	it('keeps working in memory and says so when the browser refuses for lack of space', async () => {
		const store = new MemoryUserStore();
		const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
		store.putLayer = async () => {
			throw new StoreError('write', 'layer:a', quota);
		};
		const data = new UserData(store);
		await data.addLayer(layer('a'));
		expect(data.layers.map((l) => l.id)).toEqual(['a']);
		expect(data.problem?.kind).toBe('quota');
		expect(data.persistent).toBe(false);
	});

	it('renames, recolours and deletes, and writes each change', async () => {
		const store = new MemoryUserStore();
		const data = new UserData(store);
		await data.addLayer(layer('a'));
		await data.rename('a', '  Plots  ');
		await data.recolour('a', '#123456');
		const stored = (await store.readAll()).layers[0]!;
		expect([stored.name, stored.color]).toEqual(['Plots', '#123456']);
		await data.removeLayer('a');
		expect((await store.readAll()).layers).toEqual([]);
	});

	it('reports a store it cannot use at all', () => {
		const data = new UserData(null);
		expect(data.problem?.kind).toBe('unavailable');
	});
});
