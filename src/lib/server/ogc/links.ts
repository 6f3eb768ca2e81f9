/**
 * Links of the OGC API documents. Every href is absolute (built on the
 * request's origin) and a paging link keeps every other query parameter of
 * the request as it was.
 */
import type { Format, ItemsQuery } from './params';

export type Link = { href: string; rel: string; type: string; title?: string };

export const GEOJSON = 'application/geo+json';
export const JSON_TYPE = 'application/json';
export const HTML = 'text/html';

/** The URL with some query parameters replaced (null removes one); the others are kept. */
export function withParams(url: URL, changes: Record<string, string | null>): string {
	const next = new URL(url.href);
	for (const [name, value] of Object.entries(changes)) {
		if (value === null) next.searchParams.delete(name);
		else next.searchParams.set(name, value);
	}
	// URLSearchParams writes every comma as %2C; lists (bbox, filters) read better as they were typed
	return next.href.replace(/%2C/gi, ',');
}

/** self and alternate: the same resource in the format asked for and in the other one. */
export function selfLinks(url: URL, format: Format, jsonType = JSON_TYPE): Link[] {
	const json = { rel: format === 'json' ? 'self' : 'alternate', type: jsonType, title: 'JSON' };
	const html = { rel: format === 'html' ? 'self' : 'alternate', type: HTML, title: 'HTML' };
	return [
		{
			href: withParams(url, { f: format === 'json' ? url.searchParams.get('f') : 'json' }),
			...json
		},
		{ href: withParams(url, { f: 'html' }), ...html }
	].sort((a, b) => (a.rel === 'self' ? -1 : b.rel === 'self' ? 1 : 0));
}

/**
 * next when features remain after this page, prev when the page does not start
 * at 0 (its offset goes back one page, not below 0). Each keeps the request's
 * other parameters and states limit and offset explicitly.
 */
export function pagingLinks(
	url: URL,
	query: ItemsQuery,
	numberMatched: number,
	type: string
): Link[] {
	const links: Link[] = [];
	const limit = String(query.limit);
	if (query.offset + query.limit < numberMatched)
		links.push({
			href: withParams(url, { offset: String(query.offset + query.limit), limit }),
			rel: 'next',
			type,
			title: 'Next page'
		});
	if (query.offset > 0)
		links.push({
			href: withParams(url, { offset: String(Math.max(0, query.offset - query.limit)), limit }),
			rel: 'prev',
			type,
			title: 'Previous page'
		});
	return links;
}
