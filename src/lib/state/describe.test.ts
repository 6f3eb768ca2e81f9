import { describe, expect, it } from 'vitest';
import { formatFact, formatMetres, relationLabel } from './describe';

const fact = (o: object) =>
	({ key: 'k', label_zh: 'x', label_en: 'x', qualifier: 'exact' as const, ...o }) as never;

describe('formatFact', () => {
	it('formats values with units and qualifiers for each locale', () => {
		expect(formatFact(fact({ value: 125, unit: 'PFLOPS' }), 'en')).toBe('125 PFLOPS');
		expect(formatFact(fact({ value: 88, unit: '%', qualifier: 'at-least' }), 'zh')).toBe('≥ 88 %');
		expect(formatFact(fact({ value: 1500, unit: 'pieces', per: 'month' }), 'en')).toBe(
			'1,500 pieces per month'
		);
		expect(formatFact(fact({ value: 70000, unit: 't', per: 'year' }), 'zh')).toBe('每年 70,000 t');
		expect(formatFact(fact({ value: 400, unit: 'projects', qualifier: 'more-than' }), 'en')).toBe(
			'more than 400 projects'
		);
		expect(formatFact(fact({ value: 1, unit: 'h', qualifier: 'within' }), 'en')).toBe('within 1 h');
	});

	it('uses the Chinese unit in Chinese, right after the number', () => {
		const f = fact({ value: 1500, unit: 'pieces', unit_zh: '枚', per: 'month' });
		expect(formatFact(f, 'zh')).toBe('每月 1,500枚');
		expect(formatFact(f, 'en')).toBe('1,500 pieces per month');
		expect(
			formatFact(fact({ value: 1, unit: 'h', unit_zh: '小时', qualifier: 'within' }), 'zh')
		).toBe('1小时以内');
	});
});

describe('formatMetres', () => {
	it('switches to km from 1,000 m', () => {
		expect(formatMetres(950, 'en')).toBe('950 m');
		expect(formatMetres(1234, 'en')).toBe('1.2 km');
		expect(formatMetres(12345, 'zh')).toBe('12.3 km');
	});
});

describe('relationLabel', () => {
	it('names relation types in the language, and passes unknown ones through', () => {
		expect(relationLabel('across-street-from', 'zh')).toBe('一街之隔');
		expect(relationLabel('links-to', 'en')).toBe('Links to');
		expect(relationLabel('mystery', 'en')).toBe('mystery');
		expect(relationLabel('part-of', 'en', true)).toBe('Includes');
		expect(relationLabel('part-of', 'zh', true)).toBe('包括');
	});
});
