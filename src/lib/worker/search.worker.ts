/**
 * The search index in a worker: it fetches the build's serialised index
 * itself (`search.json`), loads it and answers queries, so neither loading
 * nor searching 100,000 names costs the page's main thread anything.
 */
import { expose } from 'comlink';
import { EntitySearch } from '../data/search';
import type { IndexExpectation, SearchDoc } from '../data/search-doc';

let ready: Promise<EntitySearch> = Promise.resolve(new EntitySearch());

async function load(url: string | null, expect: IndexExpectation): Promise<EntitySearch | null> {
	if (!url) return null;
	try {
		const res = await fetch(url);
		return res.ok ? EntitySearch.fromJSON(await res.text(), expect) : null;
	} catch {
		return null;
	}
}

const api = {
	/**
	 * Loads the serialised index at `url` when it holds the expected entities;
	 * false when it does not (missing, stale, broken): the page then sends the
	 * entities to index (`update`).
	 */
	async init(url: string | null, expect: IndexExpectation): Promise<boolean> {
		const loading = load(url, expect);
		ready = loading.then((index) => index ?? new EntitySearch());
		return (await loading) !== null;
	},
	async search(query: string, limit: number) {
		return (await ready).search(query, limit);
	},
	async matchIds(query: string) {
		return (await ready).matchIds(query);
	},
	async suggest(query: string, limit: number) {
		return (await ready).suggest(query, limit);
	},
	async update(added: SearchDoc[], gone: string[]) {
		(await ready).update(added, gone);
	}
};

export type SearchApi = typeof api;

expose(api);
