import type { Handle, HandleServerError } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { basemapSources, widenPolicy } from '$lib/server/csp';

/** Read once: both are set at server start. */
const basemap = basemapSources(publicEnv.PUBLIC_BASEMAP_STYLE_URL, env.BASEMAP_ORIGINS);

/**
 * `<html lang>` for the first paint (the client keeps it in sync with the
 * language switch); the online basemap's origins in the page's CSP when it is
 * configured; pages revalidated on every visit (they name the current build's
 * hashed scripts).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', 'zh-CN')
	});
	const policy = response.headers.get('content-security-policy');
	if (policy && basemap.length) {
		response.headers.set('content-security-policy', widenPolicy(policy, basemap));
	}
	if (response.headers.get('content-type')?.startsWith('text/html')) {
		response.headers.set('cache-control', 'no-cache');
	}
	return response;
};
/** Server faults logged in full per minute at most; the rest are counted (a flood cannot fill the disk). */
const LOG_PER_MINUTE = 20;
let window = { start: 0, logged: 0, dropped: 0 };

/**
 * A bad request (an unknown path, a malformed address) is the client's, not a
 * server fault: it is not logged. A server fault is logged with its stack, at
 * most LOG_PER_MINUTE a minute; then one line says how many were left out.
 */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status < 500) return { message };
	const now = Date.now();
	if (now - window.start > 60_000) {
		if (window.dropped) console.error(`… ${window.dropped} more server errors not logged`);
		window = { start: now, logged: 0, dropped: 0 };
	}
	if (window.logged++ < LOG_PER_MINUTE) console.error(error);
	else window.dropped++;
	return { message };
};
