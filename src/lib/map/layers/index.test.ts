import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '$lib/data/atlas';
import {
	ENTITY_SOURCES,
	FILTER_LAYERS,
	GROUPS,
	INTERACTIVE_LAYERS,
	LABEL_LAYERS,
	LAYERS_OF,
	LEGEND,
	atlasLayerOf,
	buildLayerDefs
} from './index';

const defs = buildLayerDefs({
	lang: 'zh',
	name: ['literal', 'n'],
	color: ['literal', '#000'],
	width: (n) => n,
	denseFrom: () => 0
});
const ids = defs.map((d) => d.spec.id);

describe('the layer registry', () => {
	it('declares every map layer once, each with a source except the background', () => {
		expect(new Set(ids).size).toBe(ids.length);
		for (const d of defs) {
			if (d.spec.type === 'background') continue;
			expect('source' in d.spec && d.spec.source, d.spec.id).toBeTruthy();
		}
	});

	it('has one group per compiled data layer, each in the legend', () => {
		expect(Object.keys(LAYERS_OF).sort()).toEqual([...LAYER_IDS].sort());
		expect(LEGEND.map((l) => l.id).sort()).toEqual([...LAYER_IDS].sort());
		for (const id of LAYER_IDS) {
			expect(LAYERS_OF[id].length, id).toBeGreaterThan(0);
			for (const l of LAYERS_OF[id]) expect(atlasLayerOf(l)).toBe(id);
		}
	});

	it('draws areas below points and names on top', () => {
		const at = (id: string) => ids.indexOf(id);
		expect(at('background')).toBe(0);
		expect(at('zones-fill')).toBeLessThan(at('facilities-circle'));
		expect(at('parks-fill')).toBeLessThan(at('hubs-circle'));
		expect(at('facilities-circle')).toBeLessThan(at('facilities-label'));
		expect(at('boundaries-fill')).toBeLessThan(at('water-fill'));
	});

	it('derives the roles from the declarations', () => {
		// Picking prefers what is drawn on top.
		// the names of coarse positions' areas stand in for their markers
		expect(INTERACTIVE_LAYERS).toEqual([
			'approx-label',
			'facilities-circle',
			'hubs-circle',
			'user-circle',
			'user-fill',
			'parks-fill',
			'zones-fill',
			'approx-fill'
		]);
		expect(LABEL_LAYERS).toContain('facilities-label');
		expect(LABEL_LAYERS).not.toContain('analysis-label'); // its text is a measurement
		// Hubs and landmarks are context: never filtered.
		const filtered = [...FILTER_LAYERS.match, ...FILTER_LAYERS.context];
		expect(filtered.some((l) => l.startsWith('hubs'))).toBe(false);
		expect(FILTER_LAYERS.context).toEqual(['zones-line', 'zones-label']);
		expect([...ENTITY_SOURCES.keys()].sort()).toEqual([
			'approx',
			'facilities',
			'hubs',
			'parks',
			'zones'
		]);
	});

	it('keeps group ids unique', () => {
		expect(new Set(GROUPS.map((g) => g.id)).size).toBe(GROUPS.length);
	});
});
