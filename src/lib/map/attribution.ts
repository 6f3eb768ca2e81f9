/**
 * MapLibre's attribution control writes a source's `attribution` as HTML.
 * The atlas's attributions come from data (geodata's `meta.attribution`), so
 * they are escaped into text first: markup in a dataset can never become an
 * element (or a request) on the page.
 */
const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function attributionText(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
