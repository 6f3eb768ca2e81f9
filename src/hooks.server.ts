import type { Handle } from '@sveltejs/kit';

/** `<html lang>` for the first paint; the client keeps it in sync with the language switch. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', 'zh-CN') });
