import { describe } from 'vitest';
import { F, itReportsEachFault, type FaultCase } from './testing';

const CASES: FaultCase[] = [
	{
		name: 'missing zone.json',
		mutate: (f) => delete f['zone.json'],
		expected: ['zone.json: missing: the zone (chains, hubs, district, sources) is defined there'],
		only: false
	},
	{
		name: 'source file missing',
		mutate: (f) => delete f['sources/article.txt'],
		expected: [
			'zone.json: sources.0.file: "sources/article.txt" not found in geodata/ (paths are relative to geodata/)'
		]
	},
	{
		name: 'duplicate chain id',
		mutate: (f) => (f['zone.json'].chains[1].id = 'widgets'),
		expected: [
			'zone.json: chains.1.id: duplicate chain id "widgets"',
			`${F}gamma-zone: chain: unknown chain "gadgets"; zone.json chains are: widgets`
		]
	}
];

describe('zone.json rules on broken fixtures', () => {
	itReportsEachFault(CASES);
});
