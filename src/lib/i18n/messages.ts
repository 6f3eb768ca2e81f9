/**
 * The locale layer's entry: UI strings (`t`), the languages, and dataset text
 * in the UI language (`localized`). Data names come from the dataset
 * (`name_zh`, `name_en`…), never from the message tables.
 *
 * To add a language: write its message file (`ja.ts`, typed
 * `Record<MessageKey, string>` like `en.ts`) and add one row to LOCALES in
 * `locales.ts`. Dataset text appears in it once geodata has the fields
 * (`name_ja`, `summary_ja`…), which `localized` then picks up; until then it
 * falls back to the first language.
 *
 * Layout: `locales.ts` the locale table (tag, Intl locale, messages per
 * language); `zh.ts`, `en.ts` the messages; `localized.ts` dataset fields;
 * `format.ts` numbers and units.
 */
import { LOCALES, type Lang } from './locales';
import { zh, type MessageKey } from './zh';

export {
	LANGS,
	LANG_KEY,
	LOCALES,
	isLang,
	nextLang,
	otherLang,
	preferredLang,
	type Lang,
	type Locale
} from './locales';
export { localized, type LocalizedField } from './localized';
export type { MessageKey } from './zh';

/** A UI string; `{name}` placeholders in it are filled from `vars`. */
export function t(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
	const text: string = LOCALES[lang].messages[key];
	if (!vars) return text;
	return text.replace(/\{(\w+)\}/g, (slot, name: string) =>
		name in vars ? String(vars[name]) : slot
	);
}

/** Message key for a dataset enum value such as kind 'park' or status 'in-production'. */
export function enumKey(
	prefix:
		| 'kind'
		| 'status'
		| 'method'
		| 'methodHelp'
		| 'parts'
		| 'rel'
		| 'inv'
		| 'qual'
		| 'per'
		| 'relation',
	value: string
): MessageKey | null {
	const key = `${prefix}_${value.replaceAll('-', '_')}`;
	return key in zh ? (key as MessageKey) : null;
}
