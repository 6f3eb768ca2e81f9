import { error } from '@sveltejs/kit';
import { loadAtlasIndex } from '$lib/data/load';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	try {
		return { index: await loadAtlasIndex(fetch) };
	} catch (err) {
		error(503, (err as Error).message);
	}
};
