import { error } from '@sveltejs/kit';
import { FilterColumns } from '$lib/data/columns';
import { DATA_URL, SEARCH_FILE, loadAtlasIndex, loadDetails, nextTask } from '$lib/data/load';
import { Catalog } from '$lib/state/catalog.svelte';
import { SearchClient } from '$lib/worker/search-client';
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
	// The filter's columns are built here, a slice per task, and the catalog in a task of its own:
	// neither lengthens the page's first render (issue 13).
	const columns = await FilterColumns.inSlices(index.entities, nextTask);
	await nextTask();
	// Search runs in a worker that fetches the build's index itself.
	const search = new SearchClient(
		new URL(DATA_URL + SEARCH_FILE, location.href).href,
		index.entities
	);
	// a large dataset's details load when first shown (data/details.ts)
	const readDetails = (n: number) => loadDetails(globalThis.fetch, index.details!, n);
	const catalog = new Catalog(index, search, readDetails, columns);
	await nextTask();
	return { index, user, catalog };
};
