import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_CHAIN_DELTA_E, closestPairs } from './chain-colours';

const zone = JSON.parse(readFileSync('geodata/zone.json', 'utf8')) as {
	chains: { id: string; color: string }[];
};

describe('chain colours under simulated colour vision deficiencies', () => {
	it('keeps every pair of the dataset palette apart in all four visions', () => {
		const pairs = closestPairs(zone.chains.map((c) => c.color));
		// the README states these figures; update both together
		expect(pairs.map((p) => [p.vision, p.deltaE])).toEqual([
			['normal', 22.2],
			['protanopia', 12.9],
			['deuteranopia', 14.1],
			['tritanopia', 11]
		]);
		for (const p of pairs)
			expect(p.deltaE, `${p.vision}: ${p.a} / ${p.b}`).toBeGreaterThanOrEqual(MIN_CHAIN_DELTA_E);
	});

	it('catches a red/green pair that only normal vision tells apart', () => {
		// Distinct for normal vision, nearly one colour for protan and deutan readers.
		const pairs = closestPairs(['#e0603c', '#8a9a2a', '#1f77b4']);
		const by = Object.fromEntries(pairs.map((p) => [p.vision, p.deltaE]));
		expect(by.normal).toBeGreaterThan(MIN_CHAIN_DELTA_E);
		expect(by.deuteranopia).toBeLessThan(MIN_CHAIN_DELTA_E);
	});

	it('rejects what is not a colour', () => {
		expect(() => closestPairs(['#0072b2', 'blue-ish'])).toThrow(/not a colour: blue-ish/);
	});
});
