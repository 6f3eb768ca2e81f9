import { error } from '@sveltejs/kit';
import { loadAtlasIndex } from '$lib/data/load';
import { openUserStore } from '$lib/state/user-store';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	// The user's own layers are read beside the dataset, so a link to an
	// imported site resolves from the first frame.
	// The search index is fetched by the search worker, not here (issue 13).
	const [index, user] = await Promise.all([
		loadAtlasIndex(fetch).catch((err: Error) => error(503, err.message)),
		openUserStore()
	]);
	return { index, user };
};
