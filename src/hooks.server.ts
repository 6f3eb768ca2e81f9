import type { Handle, HandleServerError } from '@sveltejs/kit';

/** `<html lang>` for the first paint; the client keeps it in sync with the language switch. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', 'zh-CN') });

/**
 * An unknown path is an ordinary 404 (the client draws the error page), not a
 * server fault: it is not logged as one. Anything else is logged in full.
 */
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
