/**
 * Finding an entity by whatever name a user knows: Chinese (any part of the
 * name), English (words, prefixes, small typos), aliases and brand names, full
 * pinyin ("jingdongfang") and pinyin initials ("jdf"). MiniSearch does the
 * indexing and fuzzy matching over keys the build prepared with pinyin-pro;
 * this module only decides how names become tokens and how results rank.
 */
import damerauLevenshtein from 'damerau-levenshtein';
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { AtlasEntity } from './atlas';
import {
	ALIAS_SEPARATOR,
	CJK,
	isSearchable,
	MAX_QUERY_LENGTH,
	searchDoc,
	queryTerms,
	tokenize,
	type IndexExpectation,
	type SearchDoc,
	type SearchHit
} from './search-doc';

export * from './search-doc';

type Doc = SearchDoc;

/**
 * "Did you mean" shows a name only when the query is this similar to one of
 * its words or keys (1 − edits / length; a swapped pair is one edit, so
 * "tlc" → "tcl" is 0.67 and "skyworht" → "skyworth" 0.88).
 */
export const SUGGEST_SIMILARITY = 0.6;

/**
 * True when every word of the query is in the result as itself or as the
 * start of a word: a real match. A result that needs a typo correction for
 * some word is fuzzy.
 */
function isStrong(result: SearchResult, queryTerms: string[]): boolean {
	return queryTerms.every((q) => result.terms.some((t) => t === q || t.startsWith(q)));
}

/**
 * The MiniSearch options: the build serialises an index made with these, and
 * the page loads it with the same (MiniSearch needs the functions again).
 */
const OPTIONS: Options<Doc> = {
	fields: ['zh', 'en', 'aliases', 'pinyin'],
	storeFields: ['zh', 'en', 'aliases', 'pinyin'],
	// Vacuuming runs in the background in batches and breaks when sites are
	// added meanwhile (a big import indexed a chunk per task): discarded
	// sites stay as dead terms, never as results, until the page reloads.
	autoVacuum: false,
	tokenize,
	processTerm: (t: string) => t.toLowerCase(),
	searchOptions: {
		boost: { zh: 2, en: 2, aliases: 1.5, pinyin: 1 },
		// A Han term is a character or a bigram, both indexed whole: a prefix
		// would only add the bigrams of names already found.
		tokenize: queryTerms,
		prefix: (term: string) => !CJK.test(term),
		// Typos only in Latin words long enough to carry them: one edit from 4
		// letters, two (a swapped pair) from 6.
		fuzzy: (term: string) =>
			CJK.test(term) || term.length < 4 ? false : term.length < 6 ? 0.25 : 0.3,
		combineWith: 'AND'
	}
};

function toDoc(item: AtlasEntity | SearchDoc): SearchDoc {
	return 'search' in item ? searchDoc(item) : item;
}

/**
 * The search index of some entities as JSON text (MiniSearch `toJSON`): the
 * geodata build writes it, so the page loads the index instead of building it.
 */
export function serializeSearchIndex(entities: readonly AtlasEntity[]): string {
	return JSON.stringify(new EntitySearch(entities).toJSON());
}

export class EntitySearch {
	#mini: MiniSearch<Doc>;
	/** lowercased names and aliases, filled as entities come up as hits */
	#lower = new Map<string, string[]>();

	/**
	 * Indexes some entities (or their search docs). `fromJSON` loads the
	 * build's serialised index instead.
	 */
	constructor(items: readonly (AtlasEntity | SearchDoc)[] = [], mini?: MiniSearch<Doc>) {
		this.#mini = mini ?? new MiniSearch<Doc>(OPTIONS);
		if (!mini) this.#mini.addAll(items.map(toDoc));
	}

	/**
	 * The build's serialised index (`serializeSearchIndex`), when it holds
	 * the entities the page expects; null for a stale or broken file.
	 */
	static fromJSON(serialized: string, expect: IndexExpectation): EntitySearch | null {
		const loaded = loadIndex(serialized);
		return loaded && sameIds(loaded, expect) ? new EntitySearch([], loaded) : null;
	}

	/** The index as MiniSearch serialises it (for `serializeSearchIndex`). */
	toJSON() {
		return this.#mini.toJSON();
	}

	/** How many entities the index holds. */
	get size(): number {
		return this.#mini.documentCount;
	}

	/** Indexes more entities (a user's imported sites). */
	add(items: readonly (AtlasEntity | SearchDoc)[]) {
		const docs = items.map(toDoc).filter((d) => !this.#mini.has(d.id));
		this.#mini.addAll(docs);
	}

	/** Forgets `gone`, then indexes `added` (imported sites coming and going). */
	update(added: readonly (AtlasEntity | SearchDoc)[], gone: readonly string[]) {
		this.remove(gone);
		this.add(added);
	}

	/** Forgets entities (a deleted or hidden layer). */
	remove(ids: readonly string[]) {
		const known = ids.filter((id) => this.#mini.has(id));
		this.#mini.discardAll(known);
		for (const id of known) this.#lower.delete(id);
	}

	/**
	 * Ranked hits: exact name or alias first, then name prefix, then MiniSearch's
	 * score. When some names match every word of the query as typed, names that
	 * only match through a typo correction are left out: they must not pad or
	 * outrank real matches. Only the best `limit` are kept while the hits
	 * stream by (nothing sorts every hit); a query that is not searchable
	 * (`isSearchable`) finds nothing.
	 */
	search(query: string, limit = 20): SearchHit[] {
		const q = query.trim().slice(0, MAX_QUERY_LENGTH);
		if (!isSearchable(q) || limit <= 0) return [];
		const terms = queryTerms(q);
		const lq = q.toLowerCase();
		const strong = new TopK<SearchHit>(limit, byScore);
		const weak = new TopK<SearchHit>(limit, byScore);
		this.#mini.search(q, {
			filter: (r) => {
				const isStrongHit = isStrong(r, terms);
				// once a strong hit exists, weak ones are never shown
				if (!isStrongHit && strong.size) return false;
				const names = this.#names(r);
				const exact = names.includes(lq);
				const boost = exact ? 100 : names.some((n) => n.startsWith(lq)) ? 10 : 1;
				(isStrongHit ? strong : weak).add({ id: String(r.id), score: r.score * boost, exact });
				return false;
			}
		});
		return (strong.size ? strong : weak).sorted();
	}

	/**
	 * The ids of every entity the query finds (the keyword filter), unranked:
	 * the strong matches when there are any, else the typo matches; null when
	 * the query is not searchable (no text filter).
	 */
	matchIds(query: string): Set<string> | null {
		const q = query.trim().slice(0, MAX_QUERY_LENGTH);
		if (!isSearchable(q)) return null;
		const terms = queryTerms(q);
		const strong = new Set<string>();
		const weak = new Set<string>();
		this.#mini.search(q, {
			filter: (r) => {
				(isStrong(r, terms) ? strong : weak).add(String(r.id));
				return false;
			}
		});
		return strong.size ? strong : weak;
	}

	#names(r: SearchResult): string[] {
		const id = String(r.id);
		let names = this.#lower.get(id);
		if (!names) {
			const doc = r as unknown as SearchDoc;
			names = [doc.zh, doc.en, ...aliasesOf(doc)].map((n) => n.toLowerCase());
			this.#lower.set(id, names);
		}
		return names;
	}

	/**
	 * The ids of names to suggest when nothing matched: candidates from a loose
	 * fuzzy search, kept only when the query is close to one of their words
	 * (SUGGEST_SIMILARITY, averaged over the query's words), most similar first.
	 */
	suggest(query: string, limit = 3): string[] {
		query = query.slice(0, MAX_QUERY_LENGTH);
		if (!isSearchable(query)) return [];
		const terms = queryTerms(query.trim());
		if (!terms.length) return [];
		const scored = new TopK<{ id: string; similarity: number }>(
			limit,
			(a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id)
		);
		this.#mini
			// Two edits even in a three-letter word ("tlc" → "tcl"): the similarity test below decides.
			.search(query.trim(), {
				combineWith: 'OR',
				fuzzy: 0.7,
				prefix: true,
				filter: (r) => {
					const keys = docKeys(r as unknown as SearchDoc);
					const similarity =
						terms.reduce((sum, q) => sum + bestSimilarity(q, keys), 0) / terms.length;
					if (similarity >= SUGGEST_SIMILARITY) scored.add({ id: String(r.id), similarity });
					return false;
				}
			});
		return scored.sorted().map((s) => s.id);
	}
}

function aliasesOf(doc: SearchDoc): string[] {
	return doc.aliases ? doc.aliases.split(ALIAS_SEPARATOR) : [];
}

function loadIndex(serialized: string): MiniSearch<Doc> | null {
	try {
		return MiniSearch.loadJSON<Doc>(serialized, OPTIONS);
	} catch {
		return null;
	}
}

/** Whether an index holds exactly the expected entities (a count and a sample of ids). */
function sameIds(mini: MiniSearch<Doc>, expect: IndexExpectation): boolean {
	return mini.documentCount === expect.count && expect.sample.every((id) => mini.has(id));
}

/** Every word and key an entity can be found by, for "did you mean". */
function docKeys(d: SearchDoc): string[] {
	return [...new Set([d.zh, d.en, d.aliases, d.pinyin].flatMap((text) => tokenize(text ?? '')))];
}

function byScore(a: SearchHit, b: SearchHit): number {
	return b.score - a.score || a.id.localeCompare(b.id);
}

/**
 * The best `k` items seen, by `order` (negative: the first is better), kept
 * in a sorted array: an item worse than the k-th is dropped with one
 * comparison, so n items cost O(n) when k is small.
 */
class TopK<T> {
	#items: T[] = [];
	readonly #k: number;
	readonly #order: (a: T, b: T) => number;

	constructor(k: number, order: (a: T, b: T) => number) {
		this.#k = k;
		this.#order = order;
	}

	get size(): number {
		return this.#items.length;
	}

	add(item: T) {
		const items = this.#items;
		if (items.length >= this.#k && this.#order(item, items[items.length - 1]!) >= 0) return;
		let i = items.length;
		while (i > 0 && this.#order(item, items[i - 1]!) < 0) i--;
		items.splice(i, 0, item);
		if (items.length > this.#k) items.pop();
	}

	sorted(): T[] {
		return [...this.#items];
	}
}

/** How close a query word is to the closest of some keys (a key's start counts as the key). */
function bestSimilarity(q: string, keys: readonly string[]): number {
	let best = 0;
	for (const key of keys) {
		if (key === q) return 1;
		// A short word is never "close" to a shorter key ("tlc" is not "lc").
		if (q.length <= 4 && key.length < q.length) continue;
		// Compare with the key's start too, so "skywor" is close to "skyworth".
		for (const k of key.length > q.length + 2 ? [key, key.slice(0, q.length)] : [key]) {
			best = Math.max(best, damerauLevenshtein(q, k).similarity);
		}
	}
	return best;
}
