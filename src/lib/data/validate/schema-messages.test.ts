import { describe, expect, it } from 'vitest';
import { Fact } from '../schema';
import { schemaProblems } from './schema-messages';
import { F, propsOf, renameFeature, itReportsEachFault, type FaultCase } from './testing';

const CASES: FaultCase[] = [
	{
		name: 'missing name_zh',
		mutate: (f) => delete propsOf(f, 'alpha-works').name_zh,
		expected: [`${F}alpha-works: name_zh: is required`]
	},
	{
		name: 'empty name_en',
		mutate: (f) => (propsOf(f, 'alpha-works').name_en = ''),
		expected: [`${F}alpha-works: name_en: must not be empty`]
	},
	{
		name: 'bad id slug',
		mutate: (f) => {
			renameFeature(f, 'beta-park', 'Beta_Park');
			propsOf(f, 'alpha-works').relations = [];
		},
		expected: [
			`${F}Beta_Park: id: must be a lowercase ASCII slug like "boe-wuhan" (got "Beta_Park")`
		]
	},
	{
		name: 'unknown kind',
		mutate: (f) => (propsOf(f, 'alpha-works').kind = 'factory'),
		expected: [
			`${F}alpha-works: kind: must be one of "park", "enterprise", "project", "institution", "lab", "zone", "hub", "landmark" (got "factory")`
		]
	},
	{
		name: 'unknown status',
		mutate: (f) => (propsOf(f, 'alpha-works').status = 'dreaming'),
		expected: [
			`${F}alpha-works: status: must be one of "operating", "in-production", "completed", "under-construction", "planned", "signed", "upgrading", "existing" (got "dreaming")`
		]
	},
	{
		name: 'unknown property key',
		mutate: (f) => (propsOf(f, 'alpha-works').colour = 'red'),
		expected: [`${F}alpha-works: unknown key "colour"`]
	},
	{
		name: 'meta without licence',
		mutate: (f) => delete f['basemap/water.geojson'].meta.licence,
		expected: ['basemap/water.geojson: meta.licence: is required']
	},
	{
		name: 'fact without unit',
		mutate: (f) => delete propsOf(f, 'beta-park').facts[0].unit,
		expected: [`${F}beta-park: facts.0.unit: is required`]
	},
	{
		name: 'fact with a non-numeric value',
		mutate: (f) => (propsOf(f, 'beta-park').facts[0].value = '2 km²'),
		expected: [`${F}beta-park: facts.0.value: must be a number (got "2 km²")`]
	},
	{
		name: 'negative accuracy',
		mutate: (f) => (propsOf(f, 'alpha-works').position.accuracy_m = -5),
		expected: [`${F}alpha-works: position.accuracy_m: must be a positive number (got -5)`]
	},
	{
		name: 'unknown datum',
		mutate: (f) => (propsOf(f, 'alpha-works').position.original.datum = 'WGS84'),
		expected: [
			`${F}alpha-works: position.original.datum: must be one of "WGS-84", "GCJ-02", "BD-09" (got "WGS84")`
		]
	},
	{
		name: 'chain colour not #rrggbb',
		mutate: (f) => (f['zone.json'].chains[0].color = 'blue'),
		expected: ['zone.json: chains.0.color: must match /^#[0-9a-f]{6}$/i (got "blue")']
	},
	{
		name: 'boundary with a bad role',
		mutate: (f) => (f['boundaries/districts.geojson'].features[0].properties.role = 'friend'),
		expected: [
			'boundaries/districts.geojson: eastland: role: must be one of "zone", "neighbour" (got "friend")'
		]
	},
	{
		name: 'basemap feature of unknown type',
		mutate: (f) => (f['basemap/water.geojson'].features[0].properties.type = 'canal'),
		expected: [
			'basemap/water.geojson: test-river: type: must be one of "river", "lake", "line", "station" (got "canal")'
		]
	}
];

describe('schema messages on broken fixtures', () => {
	itReportsEachFault(CASES);
});

describe('schemaProblems', () => {
	it('reads each zod issue as a field path and a message', () => {
		expect(schemaProblems(Fact, { key: 'area', value: 'big' }, 'facts.0')).toEqual([
			{ field: 'facts.0.label_zh', message: 'is required' },
			{ field: 'facts.0.label_en', message: 'is required' },
			{ field: 'facts.0.value', message: 'must be a number (got "big")' },
			{ field: 'facts.0.unit', message: 'is required' }
		]);
	});

	it('finds nothing in a valid value', () => {
		const fact = { key: 'area', label_zh: '面积', label_en: 'Area', value: 2, unit: 'km²' };
		expect(schemaProblems(Fact, fact)).toEqual([]);
	});
});
