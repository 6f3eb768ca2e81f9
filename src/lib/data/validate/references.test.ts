import { describe } from 'vitest';
import { F, propsOf, itReportsEachFault, type FaultCase, type Json } from './testing';

const CASES: FaultCase[] = [
	{
		name: 'duplicate id across files',
		mutate: (f) => {
			const orgs = f['organisations.json'].organisations as Json[];
			orgs.push({ ...orgs[0], id: 'beta-park' });
		},
		expected: [
			'organisations.json: beta-park: id: duplicate id: also used in features/demo.geojson'
		]
	},
	{
		name: 'an id kept for imported sites',
		mutate: (f) => {
			const orgs = f['organisations.json'].organisations as Json[];
			orgs[0]!.id = 'u-partner';
		},
		expected: ['organisations.json: u-partner: id: ids starting "u-" are kept for imported sites']
	},
	{
		name: 'unknown chain',
		mutate: (f) => (propsOf(f, 'alpha-works').chain = 'sprockets'),
		expected: [
			`${F}alpha-works: chain: unknown chain "sprockets"; zone.json chains are: widgets, gadgets`
		]
	},
	{
		name: 'unresolved relation',
		mutate: (f) =>
			propsOf(f, 'alpha-works').relations.push({ type: 'links-to', target: 'nowhere' }),
		expected: [`${F}alpha-works: relations.1.target: "nowhere" is not a feature or organisation id`]
	},
	{
		name: 'unresolved organisation relation',
		mutate: (f) => (f['organisations.json'].organisations[0].relations[0].target = 'omega-works'),
		expected: [
			'organisations.json: delta-partner: relations.0.target: "omega-works" is not a feature or organisation id'
		]
	},
	{
		name: 'source sentence not in the article',
		mutate: (f) => (propsOf(f, 'alpha-works').source.sentence_zh = '京东方测试厂位于月球'),
		expected: [`${F}alpha-works: source.sentence_zh: not found verbatim in sources/article.txt`]
	},
	{
		name: 'unknown source doc',
		mutate: (f) => (propsOf(f, 'alpha-works').source.doc = 'rumour'),
		expected: [
			`${F}alpha-works: source.doc: unknown source document "rumour"; zone.json sources are: test-article`
		]
	},
	{
		name: 'unknown hub id',
		mutate: (f) => (f['zone.json'].hubs.airport = 'nowhere'),
		expected: ['zone.json: hubs.airport: "nowhere" is not a feature id']
	},
	{
		name: 'district_id that resolves to nothing',
		mutate: (f) => (f['zone.json'].district_id = 'atlantis'),
		expected: [
			'zone.json: district_id: "atlantis" is not a feature of boundaries/',
			'boundaries/districts.geojson: testland: role: must be "neighbour": zone.json district_id is "atlantis"'
		]
	},
	{
		name: 'metro station on an unknown line',
		mutate: (f) => f['basemap/metro.geojson'].features[1].properties.lines.push('metro-line-9'),
		expected: [
			'basemap/metro.geojson: metro-alpha: lines.1: "metro-line-9" is not a metro line id in basemap/'
		]
	}
];

describe('cross-reference rules on broken fixtures', () => {
	itReportsEachFault(CASES);
});
