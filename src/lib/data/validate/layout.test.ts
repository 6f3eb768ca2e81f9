import { describe } from 'vitest';
import { itReportsEachFault, type FaultCase } from './testing';

const CASES: FaultCase[] = [
	{
		name: 'file outside the layout',
		mutate: (f) => (f['features/notes.json'] = {}),
		expected: [
			'features/notes.json: not part of the geodata layout (zone.json, organisations.json, features/*.geojson, boundaries/*.geojson, basemap/*.geojson, roads/*.geojson, sources/*.txt)'
		]
	},
	{
		name: 'no boundaries/ file',
		mutate: (f) => delete f['boundaries/districts.geojson'],
		expected: [
			'boundaries/: no boundaries/*.geojson files',
			'zone.json: district_id: "testland" is not a feature of boundaries/'
		]
	}
];

describe('layout rules on broken fixtures', () => {
	itReportsEachFault(CASES);
});
