import { describe, expect, it } from 'vitest';
import { distanceRange } from '$lib/geo/uncertainty';
import { formatDistance, formatMetres, formatNumber, formatQuantity, formatSpan } from './format';

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

describe('formatDistance', () => {
	it('keeps the normal rounding between precise ends', () => {
		expect(formatDistance(distanceRange(249.4, 100, 0), 'en')).toBe('249 m');
		expect(formatDistance(distanceRange(12_345, 50, 100), 'zh')).toBe('12.3 km');
	});

	it('never shows metres between kilometre estimates: a span when it may be nil', () => {
		expect(formatDistance(distanceRange(249, 5000, 5000), 'zh')).toBe('0–10 km');
		expect(formatDistance(distanceRange(3000, 5000, 100), 'en')).toBe('0–8 km');
	});

	it('says value ± uncertainty, both rounded, when the range is clear of zero', () => {
		expect(formatDistance(distanceRange(12_345, 5000, 100), 'zh')).toBe('约 12 km ± 5 km');
		expect(formatDistance(distanceRange(12_345, 2000, 300), 'en')).toBe('about 12.5 km ± 2.5 km');
		expect(formatDistance(distanceRange(937, 150, 150), 'en')).toBe('about 950 m ± 300 m');
	});
});

describe('formatSpan', () => {
	it('writes both ends in the unit of the top', () => {
		expect(formatSpan(0, 8000, 'en')).toBe('0–8 km');
		expect(formatSpan(500, 2500, 'zh')).toBe('0.5–2.5 km');
		expect(formatSpan(200, 800, 'en')).toBe('200–800 m');
	});
});
