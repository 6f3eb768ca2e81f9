import { describe, expect, it } from 'vitest';
import { CONTEXT_KINDS, type AtlasIndex } from '$lib/data/atlas';
import { tallyOf } from '$lib/data/tally';
import { entity, ZONE_ENTITIES } from '$lib/testing/entities';
import { Catalog } from './catalog.svelte';
import { splitDetails } from '$lib/data/details';
import { FACETS, facetValues } from '$lib/data/query';
import { FilterColumns } from '$lib/data/columns';

const index = {
	zone: { chains: [], hubs: {} },
	bbox: [114, 30, 115, 31],
	attributions: [],
	entities: ZONE_ENTITIES,
	districts: {},
	organisations: [],
	layers: {}
} as unknown as AtlasIndex;

const sites = (n: number) =>
	Array.from({ length: n }, (_, i) =>
		entity(`u-l-${i}`, { kind: 'site', name_zh: `地块${i}`, name_en: `plot ${i}` })
	);

describe('Catalog with imported sites', () => {
	it('indexes a few sites', async () => {
		const catalog = new Catalog(index);
		catalog.setUserEntities(sites(3));
		expect(catalog.byId.has('u-l-2')).toBe(true);
		const version = catalog.searchVersion;
		await catalog.searchSettled();
		expect(catalog.searchVersion).toBe(version + 1);
		expect((await catalog.search.search('plot 2', 1))[0]?.id).toBe('u-l-2');
	});

	it('indexes a big import a chunk per task: lookups at once, search when the last chunk is in', async () => {
		const catalog = new Catalog(index);
		const many = sites(5000);
		catalog.setUserEntities(many);
		expect(catalog.byId.get('u-l-4999')).toBe(many[4999]);
		expect(catalog.facilities.nearest([114.1, 30.6], 1)).toHaveLength(1);
		// not yet searchable: the index takes them a slice per task
		expect(await catalog.search.search('plot 4999', 1)).toEqual([]);
		await catalog.searchSettled();
		expect((await catalog.search.search('plot 4999', 1))[0]?.id).toBe('u-l-4999');
		// and removing them again leaves them out of search
		catalog.setUserEntities([]);
		await catalog.searchSettled();
		expect(await catalog.search.search('plot 4999', 1)).toEqual([]);
	});
});

describe('Catalog lookups derived from every entity', () => {
	const related = {
		...index,
		entities: [
			...ZONE_ENTITIES,
			entity('supplier', { relations: [{ type: 'supplies', target: 'a' }] as never }),
			entity('other', { relations: [{ type: 'located_in', target: 'north' }] as never })
		],
		organisations: [{ id: 'org', relations: [{ type: 'invests_in', target: 'a' }] }]
	} as unknown as AtlasIndex;

	it('lists the relations stated towards an entity, entities then organisations', () => {
		const catalog = new Catalog(related);
		expect(catalog.incoming('a')).toEqual([
			{ id: 'supplier', type: 'supplies' },
			{ id: 'org', type: 'invests_in' }
		]);
		expect(catalog.incoming('north')).toEqual([{ id: 'other', type: 'located_in' }]);
		expect(catalog.incoming('nobody')).toEqual([]);
	});

	it('knows the coarsest position, also over more entities than a call can take as arguments', () => {
		const many = Array.from({ length: 200_000 }, (_, i) =>
			entity(`u-${i}`, {
				kind: 'site',
				position: { ...ZONE_ENTITIES[0]!.position, accuracy_m: i % 977 }
			})
		);
		const catalog = new Catalog({ ...related, entities: many });
		expect(catalog.coarsest()).toBe(976);
	});

	it('computes facet options once per dataset, again when imported sites change it', () => {
		const catalog = new Catalog(related);
		const kinds = catalog.values('kind');
		expect(catalog.values('kind')).toBe(kinds);
		expect(catalog.areas()).toBe(catalog.areas());
		catalog.setUserEntities(sites(1));
		expect(catalog.values('kind')).not.toBe(kinds);
		expect(catalog.values('kind')).toContain('site');
	});
});

describe('Catalog of a large dataset (details on demand)', () => {
	const full = Array.from({ length: 5 }, (_, i) =>
		entity(`e${i}`, { source: { sentence_zh: `句${i}`, doc: 'doc' } })
	);
	const split = full.map((e) => splitDetails(structuredClone(e)));
	/** a fresh copy each time: the catalog merges details into its entities */
	const large = () =>
		({
			...index,
			entities: split.map((s) => structuredClone(s.core)),
			details: { url: 'details/{n}.json', per: 2 }
		}) as AtlasIndex;

	it('reads only the file that holds an entity, once, and merges its details in place', async () => {
		const asked: number[] = [];
		const catalog = new Catalog(large(), undefined, async (n) => {
			asked.push(n);
			return split.slice(n * 2, n * 2 + 2).map((s) => s.details);
		});
		expect(catalog.hasDetails(['e3'])).toBe(false);
		await catalog.details(['e3', 'e2']);
		expect(asked).toEqual([1]);
		expect(catalog.hasDetails(['e2', 'e3'])).toBe(true);
		expect(catalog.byId.get('e3')).toEqual(full[3]);
		expect(catalog.byId.get('e4')!.source).toBeUndefined();
		await catalog.details(['e0', 'e4']);
		expect(asked.sort()).toEqual([0, 1, 2]);
		expect(catalog.index.entities).toEqual(full);
	});

	it('says which file failed, and asks for it again next time', async () => {
		let fail = true;
		const catalog = new Catalog(large(), undefined, async (n) => {
			if (fail) throw new Error(`/data/details/${n}.json: HTTP 404`);
			return split.slice(n * 2, n * 2 + 2).map((s) => s.details);
		});
		await expect(catalog.details(['e0'])).rejects.toThrow('details/0.json: HTTP 404');
		expect(catalog.detailsProblem).toBe('/data/details/0.json: HTTP 404');
		fail = false;
		await catalog.details(['e0']);
		expect(catalog.detailsProblem).toBeNull();
		expect(catalog.byId.get('e0')!.source.sentence_zh).toBe('句0');
	});

	it('a dataset with its details in atlas.json reads nothing', async () => {
		const catalog = new Catalog(index, undefined, async () => {
			throw new Error('not asked');
		});
		expect(catalog.hasDetails(['north'])).toBe(true);
		await catalog.details(['north']);
	});
});

describe('Catalog.known', () => {
	it('names every facet value an entity has and every id, imported sites included', () => {
		const catalog = new Catalog(index);
		const known = catalog.known();
		for (const f of FACETS)
			expect([...known.facets[f]].sort()).toEqual(
				[...new Set(ZONE_ENTITIES.flatMap((e) => facetValues(e, f)))].sort()
			);
		expect(known.ids.has('north')).toBe(true);
		expect(known.ids.has('u-l-1')).toBe(false);
		catalog.setUserEntities(sites(2));
		expect(known.ids.has('u-l-1')).toBe(true);
	});
});

describe('Catalog.warm', () => {
	it('builds the lookups a first selection and the view description need, one per idle moment', async () => {
		const catalog = new Catalog(index);
		let moments = 0;
		await catalog.warm(async () => void moments++);
		expect(moments).toBe(4);
		expect(catalog.facilities.nearest([114.1, 30.6], 1)).toHaveLength(1);
	});
});

describe('Catalog.tally', () => {
	it('counts, on its columns, what the same walk over the entities counts', () => {
		const catalog = new Catalog(index);
		const all = index.entities.map((_, i) => i);
		const shown = ['facilities', 'hubs', 'parks', 'zones', 'approx'] as const;
		const odd = (i: number) => i % 2 === 1;
		const got = catalog.tally(all, odd, shown);
		const expected = tallyOf(
			index.entities.filter(
				(e, i) =>
					e.layers.some((l) => (shown as readonly string[]).includes(l)) &&
					(CONTEXT_KINDS.includes(e.kind) || odd(i))
			)
		);
		expect(got.total).toBe(expected.total);
		expect(Object.fromEntries(got.kinds)).toEqual(Object.fromEntries(expected.kinds));
		expect(Object.fromEntries(got.districts)).toEqual(Object.fromEntries(expected.districts));
		expect(got.total).toBeGreaterThan(0);
		expect(got.total).toBeLessThan(index.entities.length);
	});
});

describe('Catalog with columns built while loading', () => {
	it('uses them for the compiled dataset, also once imported sites have come and gone', () => {
		const columns = new FilterColumns(index.entities);
		const catalog = new Catalog(index, undefined, null, columns);
		catalog.setUserEntities([]);
		expect(catalog.columns()).toBe(columns);
		catalog.setUserEntities(sites(2));
		expect(catalog.columns()).not.toBe(columns);
		expect(catalog.columns().entities).toHaveLength(index.entities.length + 2);
		catalog.setUserEntities([]);
		expect(catalog.columns()).toBe(columns);
	});
});
