import { describe, expect, it } from 'vitest';
import { wcagContrast } from 'culori';
import type { AtlasIndex } from '$lib/data/atlas';
import { LAYER_IDS, type LayerId } from '$lib/data/atlas';
import { buildEmbeddedStyle } from './style';

const index = Object.freeze({
	zone: {
		id: 'z',
		name_zh: '测试区',
		name_en: 'Test zone',
		short_zh: '测试',
		short_en: 'Test',
		district_id: 'd',
		hubs: {},
		chains: [{ id: 'a', name_zh: '甲', name_en: 'A', color: '#112233' }],
		sources: []
	},
	bbox: [0, 0, 1, 1],
	attributions: [],
	entities: [],
	organisations: [],
	layers: Object.fromEntries(LAYER_IDS.map((id) => [id, { file: `${id}.geojson`, count: 0 }])),
	labels: { type: 'FeatureCollection', features: [] }
}) as unknown as AtlasIndex;

/** Every literal #rrggbb in a paint value (a colour or an expression choosing between colours). */
function coloursIn(value: unknown): string[] {
	if (typeof value === 'string') return /^#[0-9a-f]{6}$/i.test(value) ? [value] : [];
	return Array.isArray(value) ? value.flatMap(coloursIn) : [];
}

describe('map label contrast (WCAG 2.2 AA, 4.5:1 for text)', () => {
	const visible = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>;
	const style = buildEmbeddedStyle(index, { lang: 'zh', dataUrl: '/data/', visible });
	const haloed = style.layers.flatMap((l) => {
		if (l.type !== 'symbol' || !l.paint?.['text-halo-color']) return [];
		const text = coloursIn(l.paint['text-color']);
		const halo = coloursIn(l.paint['text-halo-color']);
		return text.flatMap((t) => halo.map((h) => ({ id: l.id, text: t, halo: h })));
	});

	it('checks the data and basemap labels', () => {
		expect(haloed.length).toBeGreaterThan(8);
	});

	it('every label colour is readable on its halo', () => {
		const low = haloed
			.map((p) => ({ ...p, ratio: Math.round(wcagContrast(p.text, p.halo) * 100) / 100 }))
			.filter((p) => p.ratio < 4.5);
		expect(low).toEqual([]);
	});
});
