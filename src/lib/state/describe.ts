/** Text about an entity in the user's language: popup content, labels. */
import type { AtlasEntity, EntitySummary } from '$lib/data/atlas';
import type { Chain, Fact, Position } from '$lib/data/schema';
import { formatMetres, formatQuantity } from '$lib/i18n/format';
import { LOCALES, enumKey, localized, otherLang, t, type Lang } from '$lib/i18n/messages';
import { tabOf, type Panel } from './url';

export function entityName(e: Pick<AtlasEntity, 'name_zh' | 'name_en'>, lang: Lang): string {
	return localized(e, 'name', lang);
}

export function chainName(chain: Chain | undefined, lang: Lang): string {
	if (!chain) return t(lang, 'noChain');
	return localized(chain, 'name', lang);
}

export function enumLabel(lang: Lang, prefix: 'kind' | 'status' | 'method', value: string): string {
	const key = enumKey(prefix, value);
	return key ? t(lang, key) : value;
}

export function describeEntity(entity: AtlasEntity, chains: Chain[], lang: Lang): EntitySummary {
	const chain = chains.find((c) => c.id === entity.chain);
	const status = enumLabel(lang, 'status', entity.status);
	const lines = [
		`${enumLabel(lang, 'kind', entity.kind)} · ${chainName(chain, lang)}`,
		entity.status_year ? `${status} (${entity.status_year})` : status
	];
	const approx = entity.position.method !== 'sourced';
	return {
		title: entityName(entity, lang),
		subtitle: localized(entity, 'name', otherLang(lang)),
		subtitleLang: LOCALES[otherLang(lang)].tag,
		lines,
		note: approx
			? `${t(lang, 'approx')} · ±${formatMetres(entity.position.accuracy_m, lang)}`
			: `${t(lang, 'accuracy')} ±${formatMetres(entity.position.accuracy_m, lang)}`,
		swatch: chain?.color,
		lang: LOCALES[lang].tag
	};
}

/** "≥ 88 %", "1,500 pieces per month", "within 1 h"; in Chinese "每月 1,500枚", "1小时以内". */
export function formatFact(f: Fact, lang: Lang): string {
	let text = formatQuantity(f.value, localized(f, 'unit', lang), lang);
	const qualifier = enumKey('qual', f.qualifier);
	if (qualifier) text = t(lang, qualifier, { value: text });
	const per = f.per && enumKey('per', f.per);
	if (per) text = t(lang, per, { value: text });
	return text;
}

/** A relation's name; `inverse` names it from the target's side ('part-of' → 'includes'). */
export function relationLabel(type: string, lang: Lang, inverse = false): string {
	const key = enumKey(inverse ? 'inv' : 'rel', type.replaceAll('-', '_'));
	return key ? t(lang, key) : type;
}

/**
 * How good a position is, for users: a headline with the accuracy, what the
 * method means in plain words, and the dataset's own note in this language.
 * The method code and the raw source record are technical details, not here.
 */
export function positionForUsers(
	p: Pick<Position, 'method' | 'accuracy_m' | 'note_zh' | 'note_en'>,
	lang: Lang
): { approx: boolean; headline: string; method: string; note: string } {
	const approx = p.method !== 'sourced';
	const accuracy = formatMetres(p.accuracy_m, lang);
	const help = enumKey('methodHelp', p.method);
	return {
		approx,
		headline: t(lang, approx ? 'position_approx' : 'position_sourced', { accuracy }),
		method: help ? t(lang, help) : '',
		note: localized(p, 'note', lang)
	};
}

/**
 * The page title of a state, most specific first: the selected feature, the
 * open panel (unless it is the default legend), the atlas's name.
 */
export function pageTitle(lang: Lang, selected: string | null, panel: Panel): string {
	const parts = [selected, panel === 'layers' ? null : t(lang, `tab_${tabOf(panel)}`)];
	return [...parts.filter((p): p is string => !!p), t(lang, 'appTitle')].join(' · ');
}
