/**
 * Dataset text in the UI language. The dataset spells a translatable field
 * once per language (`name_zh`, `name_en`, `summary_en`, `unit_zh`…), so a new
 * language is picked up as soon as the data has `<field>_<lang>`.
 */
import { LANGS, LOCALES, type Lang } from './locales';

/** The fields of T that come in languages: 'name' for `{ name_zh, name_en }`. */
export type LocalizedField<T> = string extends keyof T
	? string
	: { [K in keyof T & string]: K extends `${infer F}_${Lang}` ? F : never }[keyof T & string];

/**
 * `obj[<field>_<lang>]`, falling back to the language-neutral `obj[<field>]`
 * (a fact's `unit`), then to the field in the other languages in LANGS order
 * (the first is the sources' language), and for `name` to the object's `id`.
 * Empty strings count as missing. '' when there is nothing to show.
 */
export function localized<T extends object>(obj: T, field: LocalizedField<T>, lang: Lang): string {
	const values = obj as Record<string, unknown>;
	const keys = [
		`${field}_${lang}`,
		field,
		...LANGS.filter((l) => l !== lang).map((l) => `${field}_${l}`),
		...(field === 'name' ? ['id'] : [])
	];
	for (const key of keys) {
		const value = values[key];
		if (typeof value === 'string' && value !== '') return value;
	}
	return '';
}

/**
 * The language tag of what localized() shows when it is not the UI language
 * (a name the dataset gives only in Chinese, on the English page), for the
 * element's `lang` so that a screen reader reads it in its own voice;
 * undefined when it is the UI language or language-neutral.
 */
export function textLang<T extends object>(
	obj: T,
	field: LocalizedField<T>,
	lang: Lang
): string | undefined {
	const values = obj as Record<string, unknown>;
	const has = (key: string) => typeof values[key] === 'string' && values[key] !== '';
	if (has(`${field}_${lang}`) || has(field)) return undefined;
	const from = LANGS.find((l) => l !== lang && has(`${field}_${l}`));
	return from ? LOCALES[from].tag : undefined;
}
