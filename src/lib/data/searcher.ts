/**
 * Search as the page uses it: asynchronous, so the index can live in a Web
 * Worker (worker/search-client.ts) and nothing proportional to the data runs
 * on the main thread. `LocalSearch` answers the same questions in-process,
 * for unit tests and where workers are unavailable.
 */
import type { AtlasEntity } from './atlas';
import { EntitySearch, searchDoc, type SearchDoc, type SearchHit } from './search';

export interface Searcher {
	/** the best `limit` hits, ranked */
	search(query: string, limit: number): Promise<SearchHit[]>;
	/** every id the query finds (the keyword filter); null when the query is not searchable */
	matchIds(query: string): Promise<Set<string> | null>;
	/** ids of names close to a query that found nothing */
	suggest(query: string, limit: number): Promise<string[]>;
	/** forgets `gone` and indexes `added` (imported sites), in the order asked */
	update(added: readonly SearchDoc[], gone: readonly string[]): Promise<void>;
}

export class LocalSearch implements Searcher {
	readonly #index: EntitySearch;

	constructor(index: EntitySearch) {
		this.#index = index;
	}

	async search(query: string, limit: number) {
		return this.#index.search(query, limit);
	}

	async matchIds(query: string) {
		return this.#index.matchIds(query);
	}

	async suggest(query: string, limit: number) {
		return this.#index.suggest(query, limit);
	}

	async update(added: readonly SearchDoc[], gone: readonly string[]) {
		this.#index.remove(gone);
		this.#index.add(added);
	}
}

/** Entities turned into search docs and posted per task when the page indexes (about 50 ms each). */
export const DOC_SLICE = 5000;

/** Yields to the event loop, so input and rendering run between slices. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Sends entities to an index a slice per task. */
export async function sendInSlices(
	entities: readonly AtlasEntity[],
	send: (docs: SearchDoc[]) => Promise<void>
) {
	for (let i = 0; i < entities.length; i += DOC_SLICE) {
		await send(entities.slice(i, i + DOC_SLICE).map(searchDoc));
		if (i + DOC_SLICE < entities.length) await nextTask();
	}
}
