import { describe } from 'vitest';
import {
	F,
	FEATURES,
	featureOf,
	propsOf,
	itReportsEachFault,
	type FaultCase,
	type Json
} from './testing';

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
		name: 'cluster members sharing their centre (no fault)',
		mutate: (f) => {
			const twin = addTwin(f, 'alpha-twin');
			for (const p of [propsOf(f, 'alpha-works'), twin.properties]) {
				p.position.cluster = 'alpha-cluster';
				p.position.accuracy_m = 3000;
			}
		},
		expected: []
	},
	{
		name: 'a cluster member away from its centre',
		mutate: (f) => {
			const twin = addTwin(f, 'alpha-twin');
			twin.geometry.coordinates = [112.03, 28.02];
			for (const p of [propsOf(f, 'alpha-works'), twin.properties]) {
				p.position.cluster = 'alpha-cluster';
				p.position.accuracy_m = 3000;
			}
		},
		expected: [
			`${F}alpha-twin: geometry.coordinates: [112.03, 28.02] differs from [112.02, 28.02], the point of "alpha-works" (features/demo.geojson) in cluster "alpha-cluster": the members of a cluster share its centre`
		]
	},
	{
		name: 'a cluster precise enough for a pin, and a stacked point outside the cluster',
		mutate: (f) => {
			addTwin(f, 'alpha-twin');
			propsOf(f, 'alpha-works').position.cluster = 'alpha-cluster';
		},
		expected: [
			`${F}alpha-works: position.cluster: a cluster is drawn as an area, which needs accuracy_m > 1000 (it is 50); remove "cluster" or state the cluster's real accuracy`,
			`${F}alpha-twin: geometry.coordinates: stacked on "alpha-works" (features/demo.geojson): two points with identical coordinates hide each other; offset one`
		]
	},
	{
		name: 'a cluster named like a feature',
		mutate: (f) => {
			const twin = addTwin(f, 'alpha-twin');
			for (const p of [propsOf(f, 'alpha-works'), twin.properties]) {
				p.position.cluster = 'beta-park';
				p.position.accuracy_m = 3000;
			}
		},
		expected: [
			`${F}alpha-works: position.cluster: "beta-park" is also the id of feature "beta-park" (features/demo.geojson); a cluster is drawn as an area of its own and needs an id no feature has: rename the cluster`,
			`${F}alpha-twin: position.cluster: "beta-park" is also the id of feature "beta-park" (features/demo.geojson); a cluster is drawn as an area of its own and needs an id no feature has: rename the cluster`
		]
	},
	{
		name: 'a polygon in a cluster',
		mutate: (f) => (propsOf(f, 'beta-park').position.cluster = 'alpha-cluster'),
		expected: [
			`${F}beta-park: position.cluster: only a Point can be a cluster member (this is a Polygon); remove "cluster"`
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

/** A copy of alpha-works under another id, on the same point. */
function addTwin(f: Json, id: string): Json {
	const twin = structuredClone(featureOf(f, 'alpha-works'));
	twin.id = id;
	twin.properties.id = id;
	f[FEATURES].features.push(twin);
	return twin;
}

describe('placement rules on broken fixtures', () => {
	itReportsEachFault(CASES);
});
