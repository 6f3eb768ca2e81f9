import { describe, expect, it } from 'vitest';
import { wcagContrast } from 'culori';
import type { AtlasIndex } from '$lib/data/atlas';
import { LAYER_IDS, type LayerId } from '$lib/data/atlas';
import { buildEmbeddedStyle, prepareBasemap } from './style';
import { darkenTo, highContrast, MIN_LINE_CONTRAST } from './contrast';
import { sharePrograms } from './shared-programs';

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

describe('the high-contrast basemap', () => {
	const visible = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>;
	const plain = buildEmbeddedStyle(index, {
		lang: 'zh',
		dataUrl: '/data/',
		visible,
		asWritten: true
	});
	const style = highContrast(plain);

	it('is what the style gives once prepareBasemap has loaded it (culori loads on first use)', async () => {
		const opts = { lang: 'zh' as const, dataUrl: '/data/', visible, contrast: true };
		await prepareBasemap('contrast');
		expect(buildEmbeddedStyle(index, opts)).toEqual({
			...style,
			layers: sharePrograms(style.layers)
		});
	});

	it('keeps every layer, on a white ground', () => {
		expect(style.layers.map((l) => l.id)).toEqual(plain.layers.map((l) => l.id));
		const ground = style.layers.find((l) => l.type === 'background')!;
		expect(ground.paint?.['background-color']).toBe('#ffffff');
	});

	it('labels are black on a white halo (21:1, beyond AAA)', () => {
		const symbols = style.layers.filter((l) => l.type === 'symbol');
		expect(symbols.length).toBeGreaterThan(8);
		for (const l of symbols) {
			const ratio = wcagContrast(
				String(l.paint?.['text-color']),
				String(l.paint?.['text-halo-color'])
			);
			expect(ratio, l.id).toBeGreaterThanOrEqual(7);
		}
	});

	it('every plain line colour stands 3:1 against the ground, and some had to be darkened', () => {
		const lines = (s: typeof style) =>
			s.layers.flatMap((l) => {
				const c = l.type === 'line' ? l.paint?.['line-color'] : undefined;
				return typeof c === 'string' ? [{ id: l.id, c }] : [];
			});
		const low = lines(style).filter((l) => wcagContrast(l.c, '#ffffff') < MIN_LINE_CONTRAST);
		expect(low).toEqual([]);
		const before = lines(plain).filter((l) => wcagContrast(l.c, '#ffffff') < MIN_LINE_CONTRAST);
		expect(before.length).toBeGreaterThan(0);
	});

	it('darkens only as far as needed, keeping the hue', () => {
		expect(darkenTo('#000000', 3)).toBe('#000000');
		const blue = darkenTo('#b5d3e7', 3);
		expect(wcagContrast(blue, '#ffffff')).toBeGreaterThanOrEqual(3);
		expect(wcagContrast(blue, '#ffffff')).toBeLessThan(3.6);
	});
});
