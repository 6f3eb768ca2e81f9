/**
 * Dataset text in the UI language. The dataset spells a translatable field
 * once per language (`name_zh`, `name_en`, `summary_en`, `unit_zh`…), so a new
 * language is picked up as soon as the data has `<field>_<lang>`.
 */
import { LANGS, type Lang } from './locales';

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
