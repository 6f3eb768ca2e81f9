import { describe, expect, it } from 'vitest';
import type { AtlasEntity } from './atlas';
import { entity } from '$lib/testing/entities';
import { FilterColumns } from './columns';
import { applyFilter, emptyFilter, facetCounts, FACETS, type Filter } from './query';

/** A seeded generator (mulberry32): the same entities and filters every run. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const rnd = random(13);
const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
const some = <T>(list: readonly T[]) => list.filter(() => rnd() < 0.3);

const CHAINS = ['electronics', 'logistics', 'health', null];
const KINDS = ['enterprise', 'park', 'zone', 'site', 'hub'] as const;
const STATUSES = ['operating', 'planned', 'under_construction'] as const;
const AREAS = ['north', 'core', 'south'];
const DISTRICTS = ['d1', 'd2', null];
const USES = ['warehouse', 'office', ''];

// 1,000 entities: an odd count, so the last bitset word is partly used
const ENTITIES: AtlasEntity[] = Array.from({ length: 1001 }, (_, i) => {
	const kind = pick(KINDS);
	const imported = kind === 'site';
	return entity(imported ? `u-${i}` : `e-${i}`, {
		kind,
		chain: pick(CHAINS),
		status: pick(STATUSES),
		areas: some(AREAS),
		district: pick(DISTRICTS) ?? undefined,
		road: rnd() < 0.8 ? { airport: { s: Math.floor(rnd() * 3600), m: 1000 } } : undefined,
		user: imported ? { layer: 'l', row: i, props: { use: pick(USES) } } : undefined
	} as Partial<AtlasEntity>);
});

function randomFilter(): Filter {
	const f = emptyFilter();
	f.chains = some(CHAINS.map((c) => c ?? ''));
	f.kinds = some(KINDS);
	f.statuses = some(STATUSES);
	f.areas = some([...AREAS, '_none', 'north-not-an-area']);
	f.districts = some(['d1', 'd2']);
	if (rnd() < 0.3) f.textIds = new Set(some(ENTITIES.map((e) => e.id)).concat('gone'));
	if (rnd() < 0.3) f.reach = { role: pick(['airport', 'rail']), minutes: pick([10, 30, 60]) };
	if (rnd() < 0.2) f.props = { use: some(USES) };
	return f;
}

const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => a.localeCompare(b));

describe('FilterColumns', () => {
	const columns = new FilterColumns(ENTITIES);

	it('selects what applyFilter selects, in dataset order, for 300 random filters', () => {
		for (let k = 0; k < 300; k++) {
			const f = randomFilter();
			const selection = columns.select(f);
			const expected = applyFilter(ENTITIES, f);
			expect(selection.entities.map((e) => e.id)).toEqual(expected.map((e) => e.id));
			const inside = new Set(expected.map((e) => e.id));
			expect(ENTITIES.map((_, i) => selection.has(i))).toEqual(
				ENTITIES.map((e) => inside.has(e.id))
			);
		}
	});

	it('counts what facetCounts counts, for 300 random filters', () => {
		for (let k = 0; k < 300; k++) {
			const f = randomFilter();
			const got = columns.counts(f);
			const want = facetCounts(ENTITIES, f);
			for (const facet of FACETS) expect(sorted(got[facet]), facet).toEqual(sorted(want[facet]));
		}
	});

	it('an empty filter keeps all, and an empty dataset nothing', () => {
		expect(columns.select(emptyFilter()).entities).toHaveLength(ENTITIES.length);
		const none = new FilterColumns([]);
		expect(none.select(emptyFilter()).entities).toEqual([]);
		expect(none.counts(emptyFilter()).chains.size).toBe(0);
	});

	it('knows each entity’s position', () => {
		expect(columns.position(ENTITIES[500]!.id)).toBe(500);
		expect(columns.position('nobody')).toBe(-1);
	});
});

describe('FilterColumns.inSlices', () => {
	it('builds, a slice per pause, the columns the constructor builds', async () => {
		let pauses = 0;
		const sliced = await FilterColumns.inSlices(ENTITIES, async () => void pauses++, 100);
		// 1,001 entities in slices of 100
		expect(pauses).toBe(11);
		const whole = new FilterColumns(ENTITIES);
		for (let k = 0; k < 100; k++) {
			const f = randomFilter();
			expect(sliced.select(f).bits).toEqual(whole.select(f).bits);
			const [got, want] = [sliced.counts(f), whole.counts(f)];
			for (const facet of FACETS) expect(sorted(got[facet]), facet).toEqual(sorted(want[facet]));
		}
		for (const facet of FACETS) expect([...sliced.values(facet)]).toEqual([...whole.values(facet)]);
		expect(sliced.position(ENTITIES[1000]!.id)).toBe(1000);
	});
});
