import { describe, expect, it } from 'vitest';
import { formatMetres, formatNumber, formatQuantity } from './format';

describe('formatMetres', () => {
	it('switches to km from 1,000 m', () => {
		expect(formatMetres(950, 'en')).toBe('950 m');
		expect(formatMetres(999.6, 'en')).toBe('1,000 m');
		expect(formatMetres(1234, 'en')).toBe('1.2 km');
		expect(formatMetres(12345, 'zh')).toBe('12.3 km');
		expect(formatMetres(1000, 'zh')).toBe('1 km');
	});

	it('groups thousands in each locale', () => {
		expect(formatMetres(1_234_567, 'en')).toBe('1,234.6 km');
		expect(formatMetres(1_234_567, 'zh')).toBe('1,234.6 km');
	});
});

describe('formatNumber', () => {
	it('keeps at most two decimals, grouped by the locale', () => {
		expect(formatNumber(1500, 'en')).toBe('1,500');
		expect(formatNumber(1500, 'zh')).toBe('1,500');
		expect(formatNumber(0.125, 'en')).toBe('0.13');
		expect(formatNumber(12345.678, 'zh')).toBe('12,345.68');
	});
});

describe('formatQuantity', () => {
	it('spaces symbols and words, and writes Chinese counted nouns right after the number', () => {
		expect(formatQuantity(125, 'PFLOPS', 'en')).toBe('125 PFLOPS');
		expect(formatQuantity(88, '%', 'zh')).toBe('88 %');
		expect(formatQuantity(1500, '枚', 'zh')).toBe('1,500枚');
		expect(formatQuantity(2.5, '小时', 'zh')).toBe('2.5小时');
	});
});
