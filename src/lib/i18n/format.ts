/** Numbers and quantities in the UI language's conventions (Intl, via the locale table). */
import { LOCALES, type Lang } from './locales';

export function formatNumber(n: number, lang: Lang): string {
	return new Intl.NumberFormat(LOCALES[lang].intl, { maximumFractionDigits: 2 }).format(n);
}

/** A distance in metres: "950 m" below 1 km, else "1.2 km" (one decimal). */
export function formatMetres(m: number, lang: Lang): string {
	const locale = LOCALES[lang].intl;
	if (m >= 1000) {
		return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(m / 1000)} km`;
	}
	return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(m)} m`;
}

/**
 * A number with its unit: "125 PFLOPS", "88 %", "1,500枚". Chinese counted
 * nouns follow the number directly; symbols and words are spaced.
 */
export function formatQuantity(n: number, unit: string, lang: Lang): string {
	const value = formatNumber(n, lang);
	return /[\u3400-\u9fff]/.test(unit) ? `${value}${unit}` : `${value} ${unit}`;
}
