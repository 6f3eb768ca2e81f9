import { describe, expect, it } from 'vitest';
import type { AtlasEntity } from '$lib/data/atlas';
import { tallyOf } from '$lib/data/tally';
import { countByKind, describeMapView, type DistrictNames } from './view-text';

const entity = (id: string, kind: string, district: string | null, name = id) =>
	Object.freeze({
		id,
		kind,
		district,
		name_zh: `${name}中`,
		name_en: name
	}) as unknown as AtlasEntity;

const DISTRICTS: DistrictNames = Object.freeze({
	hp: { name_zh: '黄陂区', name_en: 'Huangpi' },
	dxh: { name_zh: '东西湖区', name_en: 'Dongxihu' },
	cd: { name_zh: '蔡甸区', name_en: 'Caidian' },
	hy: { name_zh: '汉阳区', name_en: 'Hanyang' }
});

const VISIBLE = Object.freeze([
	entity('e1', 'enterprise', 'dxh'),
	entity('e2', 'enterprise', 'dxh'),
	entity('p1', 'park', 'dxh'),
	entity('z1', 'zone', 'hp'),
	entity('s1', 'site', null)
]);

describe('countByKind', () => {
	it('counts each kind once per entity, in the dataset’s kind order, candidate sites last', () => {
		expect(countByKind(tallyOf(VISIBLE))).toEqual([
			['park', 1],
			['enterprise', 2],
			['zone', 1],
			['site', 1]
		]);
	});
});

describe('describeMapView', () => {
	const facts = { tally: tallyOf(VISIBLE), center: [114.2, 30.7] as [number, number], zoom: 11.6 };

	it('names the districts in view, the zoom, the counts by kind and the selection (en)', () => {
		expect(describeMapView({ ...facts, selected: VISIBLE[2] }, DISTRICTS, 'en')).toBe(
			'Map: Dongxihu, Huangpi, zoom 12. ' +
				'In view, 5 features: Park 1, Enterprise 2, Planning area 1, Candidate site 1. ' +
				'Selected: p1.'
		);
	});

	it('says the same in Chinese', () => {
		expect(describeMapView({ ...facts, selected: VISIBLE[2] }, DISTRICTS, 'zh')).toBe(
			'地图：东西湖区、黄陂区，缩放 12 级。' +
				'视野内 5 个要素：园区 1、企业 2、规划片区 1、候选地块 1。' +
				'已选：p1中。'
		);
	});

	it('gives the centre when no feature is in view', () => {
		const empty = {
			tally: tallyOf([]),
			center: [114.213, 30.7049] as [number, number],
			zoom: 15,
			selected: null
		};
		expect(describeMapView(empty, DISTRICTS, 'en')).toBe(
			'Map: centre 30.7° N, 114.21° E, zoom 15. No features in view.'
		);
		expect(describeMapView(empty, DISTRICTS, 'zh')).toBe(
			'地图：中心 北纬 30.7°、东经 114.21°，缩放 15 级。视野内没有要素。'
		);
		expect(describeMapView({ ...empty, center: [-73.99, -33.5] }, DISTRICTS, 'en')).toContain(
			'centre 33.5° S, 73.99° W'
		);
	});

	it('names the three districts with most features in view and says how many more', () => {
		const wide = ['hy', 'cd', 'dxh', 'hp', 'dxh', 'hp', 'hp'].map((d, i) =>
			entity(`x${i}`, 'enterprise', d)
		);
		const text = describeMapView(
			{ tally: tallyOf(wide), center: [114, 30], zoom: 9, selected: null },
			DISTRICTS,
			'en'
		);
		// Caidian and Hanyang tie at one: by name
		expect(text).toMatch(/^Map: Huangpi, Dongxihu, Caidian and 1 more districts, zoom 9\./);
		expect(text).toContain('In view, 7 features: Enterprise 7.');
	});

	it('leaves its inputs alone', () => {
		describeMapView({ ...facts, selected: null }, DISTRICTS, 'en');
		expect(VISIBLE.map((e) => e.id)).toEqual(['e1', 'e2', 'p1', 'z1', 's1']);
	});
});
