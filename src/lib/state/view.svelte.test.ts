import { describe, expect, it, vi } from 'vitest';
import type { AtlasIndex } from '$lib/data/atlas';
import { ZONE_ENTITIES } from '$lib/testing/entities';
import { AtlasState } from './atlas.svelte';
import { Catalog } from './catalog.svelte';
import { AtlasView } from './view.svelte';

const index = {
	zone: { chains: [], hubs: {} },
	bbox: [114, 30, 115, 31],
	attributions: [],
	entities: ZONE_ENTITIES,
	organisations: [],
	districts: {},
	layers: {}
} as unknown as AtlasIndex;

describe('AtlasView', () => {
	it('derives the filter, the matching set, the counts and the selection from the state', async () => {
		const atlas = new AtlasState();
		const view = new AtlasView(atlas, new Catalog(index));
		expect(view.matching).toHaveLength(ZONE_ENTITIES.length);
		expect(view.textIds).toBeNull();

		atlas.toggleFacet('chains', 'logistics');
		expect(view.matching.map((e) => e.id)).toEqual(['core', 'c', 'd']);
		// Counts are faceted: each chain option says what it would leave with the others.
		expect(view.counts.chains.get('electronics')).toBe(3);

		atlas.query = 'seat';
		await vi.waitFor(() => expect([...view.textIds!]).toEqual(['seat']));
		expect(view.textQuery).toBe('seat');
		expect(view.matching).toEqual([]);
		atlas.query = '';
		await vi.waitFor(() => expect(view.textIds).toBeNull());

		atlas.select('c');
		expect(view.selected?.id).toBe('c');
		atlas.select(null);
		expect(view.selected).toBeUndefined();
	});
});
