/**
 * The Content-Security-Policy is written once in svelte.config.js (kit.csp,
 * hash mode). The optional online basemap is configured at server start
 * (PUBLIC_BASEMAP_STYLE_URL), not at build: its sources are added to the
 * policy of each page here, and only when it is configured, so an offline
 * atlas allows no other origin.
 */

/** Directives a MapLibre style's requests fall under (style JSON, tiles, sprites, glyphs). */
const BASEMAP_DIRECTIVES = ['connect-src', 'img-src'] as const;

/** A CSP source expression from an http(s) URL's origin, `data:` for a data URL; null otherwise. */
function sourceOf(url: string): string | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return null;
	}
	if (parsed.protocol === 'data:') return 'data:';
	if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return parsed.origin;
	return null;
}

/**
 * The sources the online basemap needs: the style URL's origin and the
 * origins listed in `extra` (space- or comma-separated: the tile, sprite and
 * glyph hosts of the style, when they differ from the style's own).
 */
export function basemapSources(styleUrl: string | undefined, extra: string | undefined): string[] {
	if (!styleUrl) return [];
	const sources = [styleUrl, ...(extra ?? '').split(/[\s,]+/)].filter(Boolean).map(sourceOf);
	return [...new Set(sources.filter((s): s is string => s !== null))];
}

/** `policy` with `sources` appended to the basemap directives (each directive created if absent). */
export function widenPolicy(policy: string, sources: readonly string[]): string {
	if (!sources.length) return policy;
	const parts = policy
		.split(';')
		.map((p) => p.trim())
		.filter(Boolean);
	for (const name of BASEMAP_DIRECTIVES) {
		const i = parts.findIndex((p) => p.split(/\s+/)[0] === name);
		const values = i < 0 ? [name, "'self'"] : parts[i]!.split(/\s+/);
		for (const s of sources) if (!values.includes(s)) values.push(s);
		if (i < 0) parts.push(values.join(' '));
		else parts[i] = values.join(' ');
	}
	return parts.join('; ');
}
