/** Numbers and quantities in the UI language's conventions (Intl, via the locale table). */
import { roundRange, type DistanceRange } from '$lib/geo/uncertainty';
import { LOCALES, type Lang } from './locales';
import { t } from './messages';

/** One formatter per locale and number of decimals: making one costs far more than using it. */
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
	const key = `${locale}/${digits}`;
	let f = formatters.get(key);
	if (!f)
		formatters.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
	return f;
}

export function formatNumber(n: number, lang: Lang): string {
	return numberFormat(LOCALES[lang].intl, 2).format(n);
}

/** A distance in metres: "950 m" below 1 km, else "1.2 km" (one decimal). */
export function formatMetres(m: number, lang: Lang): string {
	const locale = LOCALES[lang].intl;
	if (m >= 1000) {
		return `${numberFormat(locale, 1).format(m / 1000)} km`;
	}
	return `${numberFormat(locale, 0).format(m)} m`;
}

/**
 * A number with its unit: "125 PFLOPS", "88 %", "1,500枚". Chinese counted
 * nouns follow the number directly; symbols and words are spaced.
 */
export function formatQuantity(n: number, unit: string, lang: Lang): string {
	const value = formatNumber(n, lang);
	return /[\u3400-\u9fff]/.test(unit) ? `${value}${unit}` : `${value} ${unit}`;
}

/** "0–8 km", "200–800 m": a span in one unit (km when its top is 1 km or more). */
export function formatSpan(low_m: number, high_m: number, lang: Lang): string {
	const locale = LOCALES[lang].intl;
	const km = high_m >= 1000;
	const fmt = numberFormat(locale, km ? 1 : 0);
	const f = (m: number) => fmt.format(km ? m / 1000 : m);
	return `${f(low_m)}–${f(high_m)} ${km ? 'km' : 'm'}`;
}

/**
 * A distance with the uncertainty of both its ends: as it is between precise
 * ends ("249 m"), as a span when it may be nil ("0–8 km"), else as a value
 * and its ± ("约 12 km ± 5 km"), every figure rounded to what the
 * uncertainty supports.
 */
export function formatDistance(r: DistanceRange, lang: Lang): string {
	if (r.precise) return formatMetres(r.d, lang);
	const x = roundRange(r);
	if (x.min === 0) return formatSpan(0, x.max, lang);
	return t(lang, 'distPlusMinus', {
		value: formatMetres(x.d, lang),
		pm: formatMetres(x.plusMinus, lang)
	});
}
