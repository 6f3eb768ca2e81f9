/** Text about an entity in the user's language: popup content, labels. */
import type { AtlasEntity } from '$lib/data/atlas';
import type { Chain, Fact } from '$lib/data/schema';
import { enumKey, t, type Lang } from '$lib/i18n/messages';
import type { PopupContent } from '$lib/map/popup';

export function entityName(e: Pick<AtlasEntity, 'name_zh' | 'name_en'>, lang: Lang): string {
	return lang === 'en' ? e.name_en : e.name_zh;
}

export function chainName(chain: Chain | undefined, lang: Lang): string {
	if (!chain) return t(lang, 'noChain');
	return lang === 'en' ? chain.name_en : chain.name_zh;
}

export function enumLabel(lang: Lang, prefix: 'kind' | 'status' | 'method', value: string): string {
	const key = enumKey(prefix, value);
	return key ? t(lang, key) : value;
}

export function formatMetres(m: number, lang: Lang): string {
	const locale = lang === 'en' ? 'en' : 'zh-CN';
	if (m >= 1000) {
		return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(m / 1000)} km`;
	}
	return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(m)} m`;
}

export function describeEntity(entity: AtlasEntity, chains: Chain[], lang: Lang): PopupContent {
	const chain = chains.find((c) => c.id === entity.chain);
	const other = lang === 'en' ? entity.name_zh : entity.name_en;
	const status = enumLabel(lang, 'status', entity.status);
	const lines = [
		`${enumLabel(lang, 'kind', entity.kind)} · ${chainName(chain, lang)}`,
		entity.status_year ? `${status} (${entity.status_year})` : status
	];
	const approx = entity.position.method !== 'sourced';
	return {
		title: entityName(entity, lang),
		subtitle: other,
		lines,
		note: approx
			? `${t(lang, 'approx')} · ±${formatMetres(entity.position.accuracy_m, lang)}`
			: `${t(lang, 'accuracy')} ±${formatMetres(entity.position.accuracy_m, lang)}`,
		swatch: chain?.color,
		lang: lang === 'en' ? 'en' : 'zh-CN'
	};
}

export function formatNumber(n: number, lang: Lang): string {
	return new Intl.NumberFormat(lang === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 2 }).format(
		n
	);
}

/** "≥ 88 %", "1,500 pieces per month", "within 1 h"; in Chinese "每月 1,500枚", "1小时以内". */
export function formatFact(f: Fact, lang: Lang): string {
	const unit = lang === 'zh' && f.unit_zh ? f.unit_zh : f.unit;
	const n = formatNumber(f.value, lang);
	// Chinese counted nouns follow the number directly; symbols are spaced.
	const value =
		unit === '%' ? `${n} %` : /[\u3400-\u9fff]/.test(unit) ? `${n}${unit}` : `${n} ${unit}`;
	let text = value;
	if (f.qualifier === 'at-least') text = `≥ ${value}`;
	else if (f.qualifier === 'more-than')
		text = lang === 'en' ? `more than ${value}` : `${value}以上`;
	else if (f.qualifier === 'approx') text = lang === 'en' ? `about ${value}` : `约 ${value}`;
	else if (f.qualifier === 'within') text = lang === 'en' ? `within ${value}` : `${value}以内`;
	if (f.per) {
		const per = enumKey('per', f.per);
		if (per) text = lang === 'en' ? `${text} ${t(lang, per)}` : `${t(lang, per)} ${text}`;
	}
	return text;
}

/** A relation's name; `inverse` names it from the target's side ('part-of' → 'includes'). */
export function relationLabel(type: string, lang: Lang, inverse = false): string {
	const key = enumKey(inverse ? 'inv' : 'rel', type.replaceAll('-', '_'));
	return key ? t(lang, key) : type;
}
