import { error } from '@sveltejs/kit';
import { FilterColumns } from '$lib/data/columns';
import { loadAtlasIndex, nextTask } from '$lib/data/load';
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
	// The filter's columns are built here, a slice per task, not in one long task at first render.
	const columns = await FilterColumns.inSlices(index.entities, nextTask);
	return { index, user, columns };
};
