import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { AtlasEntity } from '$lib/data/atlas';
import { entity } from '$lib/testing/entities';
import { compareCsv, compareTable, matrixCsv } from './compare';

const site = (id: string, over: Partial<AtlasEntity>) => entity(id, { chain: 'x', ...over });

const a = site('a', {
	facts: [
		{ key: 'rate', label_zh: '率', label_en: 'Rate', value: 88, unit: '%', qualifier: 'at-least' }
	]
});
const b = site('b', { status: 'planned', point: [114.2, 30.6] });

const ctx = {
	lang: 'en' as const,
	chains: new Map([['x', { id: 'x', name_zh: '甲', name_en: 'X', color: '#000000' }]]),
	hubs: [{ role: 'airport', id: 'air', point: [114.1, 30.7] as [number, number] }],
	hubName: () => 'Airport',
	nearest: () => undefined
};

describe('compareTable', () => {
	const rows = compareTable([a, b], ctx);
	const byKey = new Map(rows.map((r) => [r.key, r]));

	it('puts the same attributes side by side and flags differences', () => {
		expect(byKey.get('chain')).toMatchObject({ values: ['X', 'X'], differs: false });
		expect(byKey.get('status')!.differs).toBe(true);
		expect(byKey.get('hub-airport')!.values[0]).toBe('11.1 km');
		expect(byKey.get('hub-airport')!.differs).toBe(true);
	});

	it('lists every fact any site has, with a dash where a site lacks it', () => {
		expect(byKey.get('fact-rate')!.values).toEqual(['≥ 88 %', '—']);
	});

	it('exports as CSV that parses back to the same table', () => {
		const csv = compareCsv([a, b], rows, 'en');
		const parsed = Papa.parse<string[]>(csv).data;
		expect(parsed[0]).toEqual(['', 'a', 'b']);
		// Every row, label and value as the table shows them.
		expect(parsed.slice(1)).toEqual(rows.map((r) => [r.label, ...r.values]));
		expect(
			parsed
				.slice(1)
				.flat()
				.filter((v) => v !== '').length
		).toBeGreaterThan(rows.length);
	});
});

describe('matrixCsv', () => {
	it('writes names on both axes and whole metres', () => {
		const csv = matrixCsv(
			['p, q', 'r'],
			[
				[0, 1234.4],
				[1234.4, 0]
			]
		);
		expect(Papa.parse<string[]>(csv).data).toEqual([
			['distance_m', 'p, q', 'r'],
			['p, q', '0', '1234'],
			['r', '1234', '0']
		]);
	});
});
