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
	lang: 'en'
};

describe('URL view state', () => {
	it('parse ∘ serialise is the identity on a full view', () => {
		expect(parseView(serializeView(full))).toEqual(full);
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
	});

	it('keeps at most four compared sites', () => {
		expect(parseView(new URLSearchParams('cmp=a,b,c,d,e')).compare).toEqual(['a', 'b', 'c', 'd']);
	});

	it('drops duplicate ids', () => {
		expect(parseView(new URLSearchParams('kind=park,park')).kinds).toEqual(['park']);
	});
});
