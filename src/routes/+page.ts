import { error } from '@sveltejs/kit';
import { loadAtlasIndex, loadSearchIndex } from '$lib/data/load';
import { openUserStore } from '$lib/state/user-store';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	// The user's own layers are read beside the dataset, so a link to an
	// imported site resolves from the first frame.
	// The search index comes ready-built from the geodata build (issue 13).
	const [index, user, search] = await Promise.all([
		loadAtlasIndex(fetch).catch((err: Error) => error(503, err.message)),
		openUserStore(),
		loadSearchIndex(fetch)
	]);
	return { index, user, search };
};
