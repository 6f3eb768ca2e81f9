import { describe } from 'vitest';
import { F, FEATURES, featureOf, propsOf, itReportsEachFault, type FaultCase } from './testing';

const CASES: FaultCase[] = [
	{
		name: 'point outside the district',
		mutate: (f) => {
			featureOf(f, 'alpha-works').geometry.coordinates = [112.12, 28.02];
			delete propsOf(f, 'alpha-works').position.original;
		},
		expected: [
			`${F}alpha-works: geometry: point [112.12, 28.02] is outside the zone's district "testland"; move it, or set outside_zone: true if it lies outside on purpose`
		]
	},
	{
		name: 'outside_zone feature that is inside',
		mutate: (f) => (propsOf(f, 'alpha-works').outside_zone = true),
		expected: [
			`${F}alpha-works: outside_zone: is true but the point [112.02, 28.02] lies inside the zone's district "testland"`
		]
	},
	{
		name: 'stacked points',
		mutate: (f) => {
			const twin = structuredClone(featureOf(f, 'alpha-works'));
			twin.id = 'alpha-twin';
			twin.properties.id = 'alpha-twin';
			f[FEATURES].features.push(twin);
		},
		expected: [
			`${F}alpha-twin: geometry.coordinates: stacked on "alpha-works" (features/demo.geojson): two points with identical coordinates hide each other; offset one`
		]
	},
	{
		name: 'original datum with identical coordinates',
		mutate: (f) => (propsOf(f, 'alpha-works').position.original.coordinates = [112.02, 28.02]),
		expected: [
			`${F}alpha-works: position.original: coordinates equal the feature's position although the datum is GCJ-02: convert them to WGS-84 (npm run geodata move alpha-works --gcj02 112.02,28.02)`
		]
	}
];

describe('placement rules on broken fixtures', () => {
	itReportsEachFault(CASES);
});
