/**
 * The locale table: one row per UI language. The row's key is the language
 * code used in the URL (`?lang=en`), in localStorage and in dataset field
 * names (`name_en`); the first row is the atlas's default language and the
 * language of its sources.
 */
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type Locale = {
	/** BCP-47 tag for `<html lang>` and `lang=` attributes */
	tag: string;
	/** locale passed to `Intl` for numbers and for sorting names */
	intl: string;
	/** the language's name in itself, as the language switch shows it */
	autonym: string;
	/** its script, for map labels: a Han character is about twice as wide as a Latin letter */
	script: 'han' | 'latin';
	messages: Readonly<Record<MessageKey, string>>;
};

export const LOCALES = {
	zh: { tag: 'zh-CN', intl: 'zh-CN', autonym: '中文', script: 'han', messages: zh },
	en: { tag: 'en', intl: 'en', autonym: 'English', script: 'latin', messages: en }
} as const satisfies Record<string, Locale>;

export type Lang = keyof typeof LOCALES;

/** Every UI language, in the table's order (the first is the default). */
export const LANGS = Object.keys(LOCALES) as readonly Lang[];

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Where the chosen language is stored in the browser. */
export const LANG_KEY = 'atlas.lang';

/** The language to greet a user in: the one they chose before, else the atlas's first. */
export function preferredLang(saved: unknown): Lang {
	return isLang(saved) ? saved : LANGS[0]!;
}

/** The language the language switch offers next: the following row, wrapping round. */
export function nextLang(lang: Lang): Lang {
	return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;
}

/**
 * The language of the second name shown under a title: the atlas's first
 * language (that of its sources), or for readers of that language, the second.
 */
export function otherLang(lang: Lang): Lang {
	const [first, second] = LANGS;
	return lang === first ? (second ?? lang) : first!;
}
