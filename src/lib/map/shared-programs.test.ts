import { describe, expect, it } from 'vitest';
import {
	createPropertyExpression,
	latest,
	normalizePropertyExpression,
	validateStyleMin,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { LAYER_IDS, type AtlasIndex, type LayerId } from '$lib/data/atlas';
import { sharePrograms } from './shared-programs';
import { buildEmbeddedStyle } from './style';

/** How MapLibre binds a paint value (what its program key says): u, a or z. */
function binding(layer: LayerSpecification, prop: string): string {
	const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
		`paint_${layer.type}`
	]![prop]!;
	const value = (layer as { paint?: Record<string, unknown> }).paint?.[prop];
	if (value === undefined || !Array.isArray(value)) return 'u';
	const parsed = createPropertyExpression(value, prop as never, spec);
	if (parsed.result !== 'success')
		throw new Error(`${layer.id} ${prop}: ${JSON.stringify(parsed)}`);
	return { constant: 'u', camera: 'u', source: 'a', composite: 'z' }[parsed.value.kind];
}

/** What the value is for a feature at a zoom, as MapLibre evaluates it. */
function evaluate(layer: LayerSpecification, prop: string, zoom: number, feature: object) {
	const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
		`paint_${layer.type}`
	]![prop]!;
	const value = (layer as { paint?: Record<string, unknown> }).paint?.[prop] ?? spec.default;
	const v = normalizePropertyExpression(value as never, prop as never, spec).evaluate(
		{ zoom } as never,
		feature as never,
		{ hover: true }
	);
	return JSON.stringify(v);
}

const SHARED = {
	fill: ['fill-color', 'fill-opacity', 'fill-outline-color'],
	line: ['line-color', 'line-opacity', 'line-width'],
	circle: ['circle-color', 'circle-radius', 'circle-stroke-color', 'circle-stroke-width']
} as const;

const layers: LayerSpecification[] = [
	{ id: 'f1', type: 'fill', source: 's', paint: { 'fill-color': '#abcdef', 'fill-opacity': 0.3 } },
	{
		id: 'f2',
		type: 'fill',
		source: 's',
		paint: { 'fill-color': ['get', 'c'], 'fill-outline-color': '#000000' }
	},
	{
		id: 'l1',
		type: 'line',
		source: 's',
		paint: { 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 14, 4] }
	},
	{
		id: 'l2',
		type: 'line',
		source: 's',
		paint: {
			'line-color': ['case', ['boolean', ['feature-state', 'hover'], false], '#ff0000', '#00ff00'],
			'line-width': ['step', ['zoom'], 1, 12, 2]
		}
	},
	{ id: 'l3', type: 'line', source: 's', paint: { 'line-width': ['get', 'w'] } },
	{
		id: 'c1',
		type: 'circle',
		source: 's',
		paint: { 'circle-radius': ['match', ['get', 'k'], 'a', 6, 4], 'circle-color': '#123456' }
	},
	{
		id: 'c2',
		type: 'circle',
		source: 's',
		paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 4, 14, 8] }
	}
];

describe('sharePrograms', () => {
	const shared = sharePrograms(layers);

	it('binds each shared property the same way in every layer of a type', () => {
		for (const [type, props] of Object.entries(SHARED)) {
			for (const prop of props) {
				const kinds = new Set(shared.filter((l) => l.type === type).map((l) => binding(l, prop)));
				expect(kinds.size, `${type} ${prop}`).toBe(1);
			}
		}
		// before, they differed
		expect(
			new Set(layers.filter((l) => l.type === 'circle').map((l) => binding(l, 'circle-radius')))
				.size
		).toBe(2);
	});

	it('draws the same values: every property, several zooms and features', () => {
		const features = [
			{ properties: { c: '#ff00ff', k: 'a', w: 3 }, state: { hover: true } },
			{ properties: { c: '#00ffff', k: 'b', w: 5 }, state: {} }
		];
		for (const [i, before] of layers.entries()) {
			const after = shared[i]!;
			for (const prop of SHARED[before.type as keyof typeof SHARED]) {
				for (const zoom of [5, 9, 11.5, 12, 14, 17]) {
					for (const f of features) {
						const feature = { type: 1, properties: f.properties, geometry: [] };
						expect(evaluate(after, prop, zoom, feature), `${before.id} ${prop} z${zoom}`).toBe(
							evaluate(before, prop, zoom, feature)
						);
					}
				}
			}
		}
	});

	it('leaves other layer types and other properties alone', () => {
		const symbol: LayerSpecification = {
			id: 's',
			type: 'symbol',
			source: 's',
			paint: { 'text-color': '#000000' }
		};
		expect(sharePrograms([symbol])).toEqual([symbol]);
		expect(
			(shared[0] as { paint: Record<string, unknown> }).paint['fill-antialias']
		).toBeUndefined();
	});

	it('leaves the atlas style valid, with one program per drawn type', () => {
		const visible = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<
			LayerId,
			boolean
		>;
		const index = {
			zone: { short_en: 'T', chains: [], hubs: {} },
			bbox: [0, 0, 1, 1],
			attributions: [],
			entities: [],
			layers: Object.fromEntries(LAYER_IDS.map((id) => [id, { file: `${id}.geojson`, count: 0 }])),
			labels: { type: 'FeatureCollection', features: [] }
		} as unknown as AtlasIndex;
		const style = buildEmbeddedStyle(index, { lang: 'en', dataUrl: '/data/', visible });
		expect(validateStyleMin(style)).toEqual([]);
		for (const [type, props] of Object.entries(SHARED)) {
			const keys = new Set(
				style.layers
					.filter((l) => l.type === type)
					.map((l) => props.map((p) => binding(l, p)).join(''))
			);
			expect(keys.size, type).toBeLessThanOrEqual(1);
		}
	});
});
