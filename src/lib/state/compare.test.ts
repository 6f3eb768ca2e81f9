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

	it('puts the same attributes side by side and flags differences', async () => {
		expect(byKey.get('chain')).toMatchObject({ values: ['X', 'X'], differs: false });
		expect(byKey.get('status')!.differs).toBe(true);
		expect(byKey.get('hub-airport')!.values[0]).toBe('11.1 km');
		expect(byKey.get('hub-airport')!.differs).toBe(true);
	});

	it('lists every fact any site has, with a dash where a site lacks it', async () => {
		expect(byKey.get('fact-rate')!.values).toEqual(['≥ 88 %', '—']);
	});

	it('exports as CSV that parses back to the same table', async () => {
		const csv = await compareCsv([a, b], rows, 'en');
		const parsed = Papa.parse<string[]>(csv).data;
		expect(parsed[0]).toEqual(['', 'a', 'b']);
		// Every row, label and value as the table shows them; a distance row is followed
		// by its figures in metres and their uncertainty, as numbers.
		expect(parsed.slice(1).filter((r) => !/\(m\)$/.test(r[0]!))).toEqual(
			rows.map((r) => [r.label, ...r.values])
		);
		const airport = parsed.findIndex((r) => r[0] === 'Airport');
		expect(parsed[airport + 1]).toEqual(['Airport (m)', '11120', '14668']);
		expect(parsed[airport + 2]).toEqual(['Airport ± (m)', '100', '100']);
		expect(csv).toContain('Airport ± (m),100,100');
		expect(
			parsed
				.slice(1)
				.flat()
				.filter((v) => v !== '').length
		).toBeGreaterThan(rows.length);
	});
});

describe('compare rows of estimated sites', () => {
	const far = site('far', { position: { method: 'cluster', source: 's', accuracy_m: 5000 } });
	const rows = compareTable([far, b], {
		...ctx,
		hubs: [{ ...ctx.hubs[0]!, accuracy_m: 2000 }],
		nearest: (e) => ({ item: e === far ? b : far, distance_m: 249 })
	});
	const byKey = new Map(rows.map((r) => [r.key, r]));

	it('shows distances with both ends’ uncertainty, rounded to it', async () => {
		// 11.1 km between a ±5 km site and a ±2 km hub
		expect(byKey.get('hub-airport')!.values[0]).toBe('about 11 km ± 7 km');
		expect(byKey.get('hub-airport')!.metres![0]).toMatchObject({ plusMinus: 7000 });
		// never "249 m" between ±5 km and ±100 m positions
		expect(byKey.get('nearest')!.values).toEqual(['b (0–5 km)', 'far (0–5 km)']);
	});
});

describe('matrixCsv', () => {
	it('writes names on both axes and whole metres', async () => {
		const csv = await matrixCsv(
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

	it('adds each area’s accuracy as a last column of numbers', async () => {
		const csv = await matrixCsv(
			['p', 'r'],
			[
				[0, 3456.7],
				[3456.7, 0]
			],
			[2500, 0]
		);
		expect(csv.split('\r\n')).toEqual(['distance_m,p,r,accuracy_m', 'p,0,3457,2500', 'r,3457,0,0']);
	});
});
