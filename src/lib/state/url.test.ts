import { describe, expect, it } from 'vitest';
import { parseView, serializeView, type UrlView } from './url';

const full: UrlView = {
	center: [114.13268, 30.67705],
	zoom: 12.5,
	bearing: 30,
	basemap: 'online',
	layers: ['facilities', 'hubs'],
	chains: ['electronics', 'logistics'],
	statuses: ['operating'],
	kinds: ['park', 'enterprise'],
	areas: ['zoumaling-logistics'],
	districts: ['dongxihu'],
	query: '京东方',
	selected: 'boe-wuhan',
	compare: ['boe-wuhan', 'jiangfeng-phase-1'],
	panel: 'results',
	measures: [
		{
			type: 'LineString',
			coordinates: [
				[114.115, 30.65],
				[114.165, 30.650001]
			]
		},
		{
			type: 'Polygon',
			coordinates: [
				[
					[114.1, 30.6],
					[114.2, 30.6],
					[114.2, 30.7],
					[114.1, 30.6]
				]
			]
		}
	],
	zoneAreas: ['zone:bonded-zone-central-area', 'drawn:1'],
	nearPoint: [114.123456, 30.654321],
	nearRadiusKm: 3.5,
	nearCount: 10,
	reach: { role: 'rail', minutes: 15 },
	route: { from: { id: 'boe-wuhan' }, to: { point: [114.123456, 30.654321] } },
	iso: { id: 'hanou-logistics-park' },
	lang: 'en'
};

describe('URL view state', () => {
	it('parse ∘ serialise is the identity on a full view', () => {
		expect(parseView(serializeView(full))).toEqual(full);
	});

	it('reads road tools: reach, a route with a missing end, an isochrone at a point', () => {
		const v = parseView(new URLSearchParams('reach=metro:10&rt=~boe-wuhan&iso=114.1,30.6'));
		expect(v.reach).toEqual({ role: 'metro', minutes: 10 });
		expect(v.route).toEqual({ from: null, to: { id: 'boe-wuhan' } });
		expect(v.iso).toEqual({ point: [114.1, 30.6] });
	});

	it('drops malformed road tools', () => {
		for (const q of [
			'reach=rail:7', // not an offered limit
			'reach=rail',
			'reach=Rail:15',
			'rt=boe-wuhan', // no separator
			'rt=~',
			'rt=a~b~c',
			'rt=<script>~BOE',
			'iso=200,95',
			'iso=BOE'
		]) {
			const v = parseView(new URLSearchParams(q));
			expect([v.reach, v.route, v.iso], q).toEqual([undefined, undefined, undefined]);
		}
	});

	it('parse ∘ serialise is the identity on the empty view', () => {
		expect(parseView(serializeView({}))).toEqual({});
	});

	it('keeps an explicitly empty layer list (every layer hidden)', () => {
		expect(parseView(serializeView({ layers: [] }))).toEqual({ layers: [] });
	});

	it('round-trips through a URL string', () => {
		const url = new URL(`https://example.org/?${serializeView(full)}`);
		expect(parseView(url.searchParams)).toEqual(full);
	});

	it('serialises equal views to equal strings, in a fixed order', () => {
		expect(serializeView(full).toString()).toBe(serializeView({ ...full }).toString());
		expect(serializeView({ zoom: 3, lang: 'zh' }).toString()).toBe('z=3&lang=zh');
	});

	it('ignores malformed parameters and applies the rest', () => {
		const view = parseView(
			new URLSearchParams(
				'c=abc,30&z=99&b=x&bm=evil&lyr=facilities,nope&chain=Bad Id,electronics&sel=<script>&panel=x&lang=fr&q=%20%20&extra=1'
			)
		);
		expect(view).toEqual({ layers: ['facilities'], chains: ['electronics'] });
	});

	it('rejects out-of-range coordinates', () => {
		expect(parseView(new URLSearchParams('c=200,30')).center).toBeUndefined();
		expect(parseView(new URLSearchParams('c=114,95')).center).toBeUndefined();
		expect(parseView(new URLSearchParams('c=114')).center).toBeUndefined();
	});

	it('bounds the size of lists and the query', () => {
		const many = Array.from({ length: 500 }, (_, i) => `id-${i}`).join(',');
		const view = parseView(new URLSearchParams({ chain: many, q: 'x'.repeat(5000) }));
		expect(view.chains).toHaveLength(50);
		expect(view.query).toHaveLength(200);
		// one limit both ways: the writer never puts more in a link than the reader takes
		expect(serializeView({ query: 'y'.repeat(10_000) }).get('q')).toHaveLength(200);
	});

	it('keeps at most four compared sites', () => {
		expect(parseView(new URLSearchParams('cmp=a,b,c,d,e')).compare).toEqual(['a', 'b', 'c', 'd']);
	});

	it('encodes measurements compactly (1e-6°) and drops shapes that do not decode', () => {
		const p = serializeView({ measures: full.measures });
		expect(p.get('m')!.length).toBeLessThan(60);
		const bad = new URLSearchParams(`m=${encodeURIComponent(p.get('m')!)}~Xabc~L~P??`);
		expect(parseView(bad).measures).toEqual(full.measures);
	});

	it('ignores malformed analysis parameters', () => {
		const view = parseView(
			new URLSearchParams('zd=zone:a,evil:b,zone:<x>&near=114,91&r=0.3&nn=7&m=Lzzz')
		);
		expect(view).toEqual({ zoneAreas: ['zone:a'] });
		expect(parseView(new URLSearchParams('r=25')).nearRadiusKm).toBeUndefined();
		expect(parseView(new URLSearchParams('r=2.5')).nearRadiusKm).toBe(2.5);
	});

	it('keeps a valid centre when the zoom is not a usable number', () => {
		expect(parseView(new URLSearchParams('z=1e308&c=114.1,30.6'))).toEqual({
			center: [114.1, 30.6]
		});
	});

	it('accepts the reserved "outside every area" value', () => {
		expect(parseView(new URLSearchParams('area=_none,a')).areas).toEqual(['_none', 'a']);
	});

	it('drops duplicate ids', () => {
		expect(parseView(new URLSearchParams('kind=park,park')).kinds).toEqual(['park']);
	});
});
