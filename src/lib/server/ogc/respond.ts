/**
 * HTTP for the OGC API and the downloads: content negotiation (`f` first, then
 * Accept), CORS, caching headers and conditional requests. Responses carry a
 * weak ETag, a hash of what they say apart from the moment they were made (an
 * items page's timeStamp), so If-None-Match gives 304 while the data and the
 * request stay the same, and a CDN can keep them for MAX_AGE seconds.
 */
import { createHash } from 'node:crypto';
import type { Format } from './params';
import { problem, type Problem } from './problem';

/** Seconds a client or CDN may keep a response without asking again. */
export const MAX_AGE = 300;

export const CORS_HEADERS = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, HEAD, OPTIONS',
	'access-control-allow-headers': 'Accept, If-None-Match, Content-Type',
	'access-control-expose-headers': 'ETag, Link, Content-Disposition'
} as const;

/** The answer to a CORS preflight. */
export function preflight(): Response {
	return new Response(null, {
		status: 204,
		headers: { ...CORS_HEADERS, 'access-control-max-age': '86400' }
	});
}

/**
 * The format to answer in: `f` when given, else the Accept header's preference
 * between HTML and JSON (q-values honoured; JSON when neither is named).
 */
export function negotiate(f: Format | null, accept: string | null): Format {
	if (f) return f;
	let html = -1;
	let json = -1;
	for (const part of (accept ?? '').split(',')) {
		const [type, ...params] = part.trim().toLowerCase().split(';');
		const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const q = qParam ? Number(qParam.slice(2)) || 0 : 1;
		if (type === 'text/html' || type === 'application/xhtml+xml') html = Math.max(html, q);
		if (type && /^application\/([a-z.+-]*\+)?json$/.test(type)) json = Math.max(json, q);
	}
	return html > json && html > 0 ? 'html' : 'json';
}

/** A weak ETag of some text. */
export function etagOf(text: string): string {
	return `W/"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
}

/** Whether If-None-Match names this ETag (weak comparison, `*` matches all). */
export function notModified(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	const bare = (t: string) => t.trim().replace(/^W\//, '');
	return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

export type Body = {
	text: string;
	type: string;
	/** what the ETag is computed from, when it differs from `text` */
	version?: string;
	status?: number;
	headers?: Record<string, string>;
};

/** A 200 (or `status`) with every header, or a 304 when the client has it already. */
export function respond(request: Request, body: Body): Response {
	const status = body.status ?? 200;
	const etag = etagOf(`${body.type}\n${body.version ?? body.text}`);
	const headers: Record<string, string> = {
		...CORS_HEADERS,
		'content-type': `${body.type}; charset=utf-8`,
		'cache-control': status === 200 ? `public, max-age=${MAX_AGE}` : 'no-store',
		vary: 'Accept',
		...body.headers
	};
	if (status !== 200) return new Response(body.text, { status, headers });
	headers.etag = etag;
	if (notModified(request.headers.get('if-none-match'), etag)) {
		delete headers['content-type'];
		return new Response(null, { status: 304, headers });
	}
	return new Response(body.text, { status, headers });
}

/** A problem response (application/problem+json), never cached. */
export function problemResponse(request: Request, p: Problem): Response {
	return respond(request, {
		text: JSON.stringify(p),
		type: 'application/problem+json',
		status: p.status
	});
}

/** The API is read-only: any method but GET, HEAD and OPTIONS is a 405 problem (JSON, like every error). */
export function methodNotAllowed(request: Request): Response {
	const p = problem(405, `${request.method} is not allowed here; the API is read-only`);
	return respond(request, {
		text: JSON.stringify(p),
		type: 'application/problem+json',
		status: 405,
		headers: { allow: 'GET, HEAD, OPTIONS' }
	});
}
