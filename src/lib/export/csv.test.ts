import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
	it('neutralises every cell a spreadsheet would run as a formula', async () => {
		const risky = [
			'=HYPERLINK("http://x")',
			"+1+cmd|' /C calc'!A0",
			'-2+3',
			'@SUM(A1)',
			'\tx',
			'\rx'
		];
		const text = await toCsv([risky]);
		const [row] = Papa.parse<string[]>(text).data;
		expect(row).toEqual(risky.map((c) => `'${c}`));
	});

	it('keeps numbers as numbers, negative ones too, and Chinese as it is', async () => {
		const text = await toCsv([
			['名称', 'd_m'],
			['临空港 "A" 园', -12],
			['x', 1500]
		]);
		expect(text).toBe('名称,d_m\r\n"临空港 ""A"" 园",-12\r\nx,1500');
	});

	it('writes null and undefined as empty cells', async () => {
		expect(await toCsv([[null, undefined, 0]])).toBe(',,0');
	});
});
