/**
 * The name a map label shows: the full name less what a label can do without
 * (asides in brackets, the company form), so a label stays two or three lines
 * over its marker. The popup and the detail panel keep the full name.
 */
export function mapLabel(name: string): string {
	const short = name
		.replace(/\s*[(（][^()（）]*[)）]/g, '')
		.replace(/,?\s*Co\.,?\s*Ltd\.?$/i, '')
		.replace(/(股份)?有限(责任)?公司$/, '')
		.replace(/\s+/g, ' ')
		.replace(/[\s,，]+$/, '')
		.trim();
	return short || name;
}
