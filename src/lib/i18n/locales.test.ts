import { describe, expect, it } from 'vitest';
import { LANGS, LOCALES, isLang, nextLang, otherLang, preferredLang } from './locales';

describe('the locale table', () => {
	it('has a row for every language, with a canonical BCP-47 tag and an Intl locale', () => {
		expect(LANGS).toEqual(['zh', 'en']);
		for (const lang of LANGS) {
			const row = LOCALES[lang];
			expect(Intl.getCanonicalLocales(row.tag)).toEqual([row.tag]);
			expect(Intl.NumberFormat.supportedLocalesOf(row.intl)).toEqual([row.intl]);
			expect(row.autonym).not.toBe('');
			expect(Object.keys(row.messages).length).toBeGreaterThan(0);
		}
		expect(Object.keys(LOCALES)).toEqual([...LANGS]);
	});

	it('keeps the tags the page has always used', () => {
		expect(LOCALES.zh.tag).toBe('zh-CN');
		expect(LOCALES.en.tag).toBe('en');
	});
});

describe('choosing a language', () => {
	it('greets in the saved language, else the first', () => {
		expect(preferredLang('en')).toBe('en');
		expect(preferredLang('fr')).toBe('zh');
		expect(preferredLang(null)).toBe('zh');
		expect(isLang('zh')).toBe(true);
		expect(isLang('zh-CN')).toBe(false);
	});

	it('switches to the next language, round the table', () => {
		expect(nextLang('zh')).toBe('en');
		expect(nextLang('en')).toBe('zh');
		const seen = new Set<string>();
		let lang = LANGS[0]!;
		for (let i = 0; i < LANGS.length; i++) {
			seen.add(lang);
			lang = nextLang(lang);
		}
		expect(seen.size).toBe(LANGS.length);
		expect(lang).toBe(LANGS[0]);
	});

	it('names the second language under a title: the first, or for its readers the second', () => {
		expect(otherLang('zh')).toBe('en');
		expect(otherLang('en')).toBe('zh');
	});
});
