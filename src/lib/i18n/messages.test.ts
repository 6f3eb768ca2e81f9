import { describe, expect, it } from 'vitest';
import { LANGS, LOCALES, enumKey, t } from './messages';
import { zh } from './zh';

const KEYS = Object.keys(zh) as (keyof typeof zh)[];
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message tables', () => {
	it.each(LANGS)('%s has a non-empty string for every key, and no others', (lang) => {
		const messages: Record<string, unknown> = LOCALES[lang].messages;
		for (const key of KEYS) {
			expect(typeof messages[key], `${lang}.${key}`).toBe('string');
			expect((messages[key] as string).trim(), `${lang}.${key}`).not.toBe('');
		}
		expect(Object.keys(messages).sort()).toEqual([...KEYS].sort());
	});

	it.each(LANGS)('%s has the same {placeholders} as the first language', (lang) => {
		for (const key of KEYS) {
			expect(slots(t(lang, key)), `${lang}.${key}`).toEqual(slots(zh[key]));
		}
	});
});

describe('t', () => {
	it('fills {placeholders} and leaves unknown ones', () => {
		expect(t('en', 'qual_approx', { value: '3 km' })).toBe('about 3 km');
		expect(t('zh', 'per_month', { value: '1,500枚' })).toBe('每月 1,500枚');
		expect(t('en', 'accessAssumption', { speed: 30 })).toContain('30 km/h');
		expect(t('en', 'accessAssumption', { speed: 30 })).toContain('{detour}');
		expect(t('zh', 'detail')).toBe('详情');
		expect(t('en', 'detail')).toBe('Details');
	});
});

describe('enumKey', () => {
	it('maps dataset enum values to keys, and unknown values to null', () => {
		expect(enumKey('status', 'in-production')).toBe('status_in_production');
		expect(enumKey('relation', 'touches')).toBe('relation_touches');
		expect(enumKey('qual', 'exact')).toBeNull();
		expect(enumKey('kind', 'spaceport')).toBeNull();
	});
});
