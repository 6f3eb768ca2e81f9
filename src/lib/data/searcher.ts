/**
 * Search as the page uses it: asynchronous, so the index can live in a Web
 * Worker (worker/search-client.ts) and nothing proportional to the data runs
 * on the main thread. `LocalSearch` answers the same questions in-process,
 * for unit tests and where workers are unavailable.
 */
import type { AtlasEntity } from './atlas';
import { searchDoc, type SearchDoc, type SearchHit } from './search-doc';

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

/** What answers search, now or once loaded: an EntitySearch, or the worker's proxy. */
type SearchBackend = {
	search(query: string, limit: number): SearchHit[] | Promise<SearchHit[]>;
	matchIds(query: string): Set<string> | null | Promise<Set<string> | null>;
	suggest(query: string, limit: number): string[] | Promise<string[]>;
	update(added: SearchDoc[], gone: string[]): void | Promise<void>;
};

/** A Searcher whose backend is still loading: every call waits for it, in the order asked. */
export class DeferredSearch implements Searcher {
	readonly #ready: Promise<SearchBackend>;

	constructor(ready: Promise<SearchBackend>) {
		this.#ready = ready;
	}

	async search(query: string, limit: number) {
		return (await this.#ready).search(query, limit);
	}

	async matchIds(query: string) {
		return (await this.#ready).matchIds(query);
	}

	async suggest(query: string, limit: number) {
		return (await this.#ready).suggest(query, limit);
	}

	async update(added: readonly SearchDoc[], gone: readonly string[]) {
		return (await this.#ready).update([...added], [...gone]);
	}
}

/**
 * Search in-process. MiniSearch loads on first use (a dynamic import), so a
 * page that searches in its worker never loads it on the main thread.
 */
export class LocalSearch extends DeferredSearch {
	/** Indexes `entities` (given, or none) once MiniSearch has loaded. */
	constructor(entities: readonly AtlasEntity[] = []) {
		super(import('./search').then((m) => new m.EntitySearch(entities)));
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
