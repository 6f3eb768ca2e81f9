/**
 * The page's side of the search worker. The worker starts with the page and
 * fetches the build's serialised index itself; when that file is missing or
 * stale, the dataset's entities are sent to it to index, a slice per task.
 * Where workers cannot start, search runs in the page (LocalSearch).
 */
import { wrap, type Remote } from 'comlink';
import type { AtlasEntity } from '../data/atlas';
import { indexExpectation } from '../data/search-doc';
import { DeferredSearch, LocalSearch, sendInSlices, type Searcher } from '../data/searcher';
import type { SearchApi } from './search.worker';

/** Search in the worker; in the page where no worker starts. */
export class SearchClient extends DeferredSearch {
	/** `url`: the build's serialised index; `entities`: the dataset it should hold. */
	constructor(url: string | null, entities: readonly AtlasEntity[]) {
		super(start(url, entities));
	}
}

async function start(url: string | null, entities: readonly AtlasEntity[]): Promise<Searcher> {
	let api: Remote<SearchApi>;
	try {
		const worker = new Worker(new URL('./search.worker.ts', import.meta.url), {
			type: 'module',
			name: 'search'
		});
		api = wrap<SearchApi>(worker);
		// a worker whose script cannot load never answers: its error event says so
		const failed = new Promise<never>((_, reject) =>
			worker.addEventListener('error', () => reject(new Error('search worker failed')))
		);
		const loaded = await Promise.race([api.init(url, indexExpectation(entities)), failed]);
		if (!loaded) await sendInSlices(entities, (docs) => api.update(docs, []));
		return api;
	} catch {
		// no worker here: index in the page
		const local = new LocalSearch();
		await sendInSlices(entities, (docs) => local.update(docs, []));
		return local;
	}
}
