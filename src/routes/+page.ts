import { error } from '@sveltejs/kit';
import { loadAtlasIndex } from '$lib/data/load';
import type { PageLoad } from './$types';

// The map is client-only (WebGL); the page renders in the browser.
export const ssr = false;

export const load: PageLoad = async ({ fetch }) => {
	try {
		return { index: await loadAtlasIndex(fetch) };
	} catch (err) {
		error(503, (err as Error).message);
	}
};
