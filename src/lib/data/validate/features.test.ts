import { describe, expect, it } from 'vitest';
import { featureProblems } from './features';
import {
	F,
	FEATURES,
	featureOf,
	propsOf,
	valid,
	itReportsEachFault,
	type FaultCase
} from './testing';
import type { Json } from './testing';

const CASES: FaultCase[] = [
	{
		name: 'feature id differs from properties.id',
		mutate: (f) => (featureOf(f, 'gamma-zone').id = 'gamma-area'),
		expected: [`${F}gamma-area: id: "gamma-area" differs from properties.id "gamma-zone"`]
	},
	{
		name: 'geometry type not allowed for entities',
		mutate: (f) =>
			(featureOf(f, 'alpha-works').geometry = {
				type: 'LineString',
				coordinates: [
					[112.02, 28.02],
					[112.03, 28.03]
				]
			}),
		expected: [
			`${F}alpha-works: geometry.type: must be one of Point, Polygon, MultiPolygon in features/ (got "LineString")`
		]
	},
	{
		name: 'invalid GeoJSON structure (check-geojson)',
		mutate: (f) =>
			(featureOf(f, 'alpha-works').geometry = { type: 'Circle', coordinates: [112.02, 28.02] }),
		expected: [
			`${F}alpha-works: GeoJSON: This type of GeoJSON object is not allowed here.`,
			`${F}alpha-works: geometry.type: must be one of Point, Polygon, MultiPolygon in features/ (got "Circle")`
		]
	},
	{
		name: 'kind zone drawn as a point',
		mutate: (f) => (propsOf(f, 'alpha-works').kind = 'zone'),
		expected: [
			`${F}alpha-works: geometry.type: a kind "zone" feature needs a Polygon or MultiPolygon (it is drawn as an area)`
		]
	},
	{
		name: 'missing meta',
		mutate: (f) => delete f[FEATURES].meta,
		expected: [
			`${FEATURES}: meta: missing: every file needs a top-level "meta" with its licence and attribution`
		]
	},
	{
		name: 'markup in an attribution (it would run in the map attribution control)',
		mutate: (f) => (f[FEATURES].meta.attribution = '<img src="http://evil.example/x.png">'),
		expected: [
			`${FEATURES}: meta.attribution: must be plain text: "<" and ">" (markup) are not allowed`
		]
	},
	{
		name: 'empty FeatureCollection',
		mutate: (f) => (f['basemap/water.geojson'].features = []),
		expected: [
			'basemap/water.geojson: features: empty FeatureCollection: a file must hold at least one feature'
		]
	},
	{
		name: 'not a FeatureCollection',
		mutate: (f) =>
			(f['basemap/water.geojson'] = { type: 'Feature', properties: {}, geometry: null }),
		expected: ['basemap/water.geojson: must be a GeoJSON FeatureCollection']
	}
];

describe('feature rules on broken fixtures', () => {
	itReportsEachFault(CASES);
});

describe('featureProblems (one feature, from anywhere)', () => {
	const alpha = () => structuredClone(featureOf(valid as Json, 'alpha-works'));

	it('finds nothing wrong with a valid feature, and keeps its geometry and entity', () => {
		const check = featureProblems(alpha(), 'features');
		expect(check.problems).toEqual([]);
		expect(check.id).toBe('alpha-works');
		expect(check.geometry?.type).toBe('Point');
		expect(check.entity?.id).toBe('alpha-works');
	});

	it('reports the same problems as the dataset check, without a file', () => {
		const f = alpha();
		delete f.id;
		f.geometry.coordinates = [28.02, 112.02];
		expect(featureProblems(f, 'features').problems).toEqual([
			{
				field: 'id',
				message: 'missing: each Feature needs a top-level "id" equal to properties.id'
			},
			{
				field: 'geometry.coordinates',
				message:
					'latitude 112.02 is out of range [-90, 90]; the position looks like [lat, lon]: write [lon, lat]'
			}
		]);
	});

	it('judges properties by the schema of the folder', () => {
		const messages = featureProblems(alpha(), 'boundaries').problems.map((p) => p.message);
		expect(messages).toContain('must be one of Polygon, MultiPolygon in boundaries/ (got "Point")');
	});
});
