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

/**
 * The longest query the atlas reads: the search box, the keyword filter and
 * the link's `q` all stop here (a pasted page of text would otherwise block
 * the page while it is tokenised and matched).
 */
export const MAX_QUERY_LENGTH = 200;

/**
 * "Did you mean" shows a name only when the query is this similar to one of
 * its words or keys (1 − edits / length; a swapped pair is one edit, so
 * "tlc" → "tcl" is 0.67 and "skyworht" → "skyworth" 0.88).
 */
export const SUGGEST_SIMILARITY = 0.6;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/**
 * Chinese has no spaces: a run of Han characters becomes its single characters
 * and bigrams, so "京东方" matches inside "武汉京东方光电". Latin text splits
 * on anything that is not a letter or digit.
 */
export function tokenize(text: string): string[] {
	const tokens: string[] = [];
	for (const run of text.match(CJK_RUN) ?? []) {
		const chars = [...run];
		tokens.push(...chars);
		for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
	}
	const latin = text
		.replace(CJK_RUN, ' ')
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
	for (const word of latin.split(/[^\p{L}\p{N}]+/u)) if (word) tokens.push(word);
	return tokens;
}

/**
 * Pinyin keys: for "jing dong fang" the joined suffixes "jingdongfang",
 * "dongfang", "fang", so a query typed without spaces matches from any
 * syllable of the name. Initials ("jdf") count only from the start of a name
 * or alias: two letters from the middle of a long name ("jd" in
 * "TCL 示范基地") are noise, not a match.
 */
export function pinyinKeys(syllableLists: string, initialLists: string): string[] {
	const keys = new Set<string>();
	for (const name of syllableLists.split('|')) {
		const syl = name.trim().split(/\s+/).filter(Boolean);
		for (let i = 0; i < syl.length; i++) keys.add(syl.slice(i).join(''));
	}
	for (const name of initialLists.split('|')) {
		const ini = name.trim().replace(/\s+/g, '');
		if (ini.length > 1) keys.add(ini);
	}
	return [...keys].filter((k) => k.length > 0);
}

/**
 * True when every word of the query is in the result as itself or as the
 * start of a word: a real match. A result that needs a typo correction for
 * some word is fuzzy.
 */
function isStrong(result: SearchResult, queryTerms: string[]): boolean {
	return queryTerms.every((q) => result.terms.some((t) => t === q || t.startsWith(q)));
}

type Doc = {
	id: string;
	zh: string;
	en: string;
	aliases: string;
	pinyin: string;
};

export type SearchHit = { entity: AtlasEntity; score: number; exact: boolean };

/**
 * The MiniSearch options: the build serialises an index made with these, and
 * the page loads it with the same (MiniSearch needs the functions again).
 */
const OPTIONS: Options<Doc> = {
	fields: ['zh', 'en', 'aliases', 'pinyin'],
	storeFields: [],
	// Vacuuming runs in the background in batches and breaks when sites are
	// added meanwhile (a big import indexed a chunk per task): discarded
	// sites stay as dead terms, never as results, until the page reloads.
	autoVacuum: false,
	tokenize,
	processTerm: (t: string) => t.toLowerCase(),
	searchOptions: {
		boost: { zh: 2, en: 2, aliases: 1.5, pinyin: 1 },
		prefix: (term: string) => term.length >= 1,
		// Typos only in Latin words long enough to carry them: one edit from 4
		// letters, two (a swapped pair) from 6.
		fuzzy: (term: string) =>
			CJK.test(term) || term.length < 4 ? false : term.length < 6 ? 0.25 : 0.3,
		combineWith: 'AND'
	}
};

/**
 * True when a query is worth searching: one Chinese character is a word, one
 * Latin letter is not (it would match most of a large dataset).
 */
export function isSearchable(query: string): boolean {
	const q = query.trim();
	return CJK.test(q) || q.length >= MIN_LATIN_QUERY;
}

/** The shortest Latin query searched (one Han character always is). */
export const MIN_LATIN_QUERY = 2;

function toDoc(e: AtlasEntity): Doc {
	return {
		id: e.id,
		zh: e.name_zh,
		en: e.name_en,
		aliases: e.aliases.join(' \u3000 '),
		pinyin: pinyinKeys(e.search.pinyin, e.search.initials).join(' ')
	};
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
	#byId: Map<string, AtlasEntity>;
	/** lowercased names and aliases, filled as entities come up as hits */
	#lower = new Map<string, string[]>();

	/**
	 * Indexes `entities`, or, given the build's serialised index of exactly
	 * these entities (`serializeSearchIndex`), loads it instead: no tokenising
	 * on the page. An index of other entities (a stale file) is ignored.
	 */
	constructor(entities: readonly AtlasEntity[], serialized?: string | null) {
		this.#byId = new Map(entities.map((e) => [e.id, e]));
		const loaded = serialized ? loadIndex(serialized) : null;
		if (loaded && sameIds(loaded, entities)) this.#mini = loaded;
		else {
			this.#mini = new MiniSearch<Doc>(OPTIONS);
			this.#mini.addAll(entities.map(toDoc));
		}
	}

	/** The index as MiniSearch serialises it (for `serializeSearchIndex`). */
	toJSON() {
		return this.#mini.toJSON();
	}

	/** Indexes more entities (a user's imported sites). */
	add(entities: readonly AtlasEntity[]) {
		for (const e of entities) this.#byId.set(e.id, e);
		this.#mini.addAll(entities.map(toDoc));
	}

	/** Forgets entities (a deleted or hidden layer). */
	remove(ids: readonly string[]) {
		const known = ids.filter((id) => this.#byId.has(id));
		this.#mini.discardAll(known);
		for (const id of known) {
			this.#byId.delete(id);
			this.#lower.delete(id);
		}
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
		const terms = tokenize(q);
		const lq = q.toLowerCase();
		const strong = new TopK<SearchHit>(limit, byScore);
		const weak = new TopK<SearchHit>(limit, byScore);
		this.#mini.search(q, {
			filter: (r) => {
				const entity = this.#byId.get(String(r.id));
				if (!entity) return false;
				const isStrongHit = isStrong(r, terms);
				// once a strong hit exists, weak ones are never shown
				if (!isStrongHit && strong.size) return false;
				const names = this.#names(entity);
				const exact = names.includes(lq);
				const boost = exact ? 100 : names.some((n) => n.startsWith(lq)) ? 10 : 1;
				(isStrongHit ? strong : weak).add({ entity, score: r.score * boost, exact });
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
		const terms = tokenize(q);
		const strong = new Set<string>();
		const weak = new Set<string>();
		this.#mini.search(q, {
			filter: (r) => {
				const id = String(r.id);
				if (this.#byId.has(id)) (isStrong(r, terms) ? strong : weak).add(id);
				return false;
			}
		});
		return strong.size ? strong : weak;
	}

	#names(e: AtlasEntity): string[] {
		let names = this.#lower.get(e.id);
		if (!names) {
			names = [e.name_zh, e.name_en, ...e.aliases].map((n) => n.toLowerCase());
			this.#lower.set(e.id, names);
		}
		return names;
	}

	/**
	 * Names to suggest when nothing matched: candidates from a loose fuzzy
	 * search, kept only when the query is close to one of their words
	 * (SUGGEST_SIMILARITY, averaged over the query's words), most similar first.
	 */
	suggest(query: string, limit = 3): AtlasEntity[] {
		query = query.slice(0, MAX_QUERY_LENGTH);
		if (!isSearchable(query)) return [];
		const terms = tokenize(query.trim());
		if (!terms.length) return [];
		const scored = new TopK<{ entity: AtlasEntity; similarity: number }>(
			limit,
			(a, b) => b.similarity - a.similarity || a.entity.id.localeCompare(b.entity.id)
		);
		this.#mini
			// Two edits even in a three-letter word ("tlc" → "tcl"): the similarity test below decides.
			.search(query.trim(), {
				combineWith: 'OR',
				fuzzy: 0.7,
				prefix: true,
				filter: (r) => {
					const entity = this.#byId.get(String(r.id));
					if (!entity) return false;
					const keys = entityKeys(entity);
					const similarity =
						terms.reduce((sum, q) => sum + bestSimilarity(q, keys), 0) / terms.length;
					if (similarity >= SUGGEST_SIMILARITY) scored.add({ entity, similarity });
					return false;
				}
			});
		return scored.sorted().map((s) => s.entity);
	}
}

function loadIndex(serialized: string): MiniSearch<Doc> | null {
	try {
		return MiniSearch.loadJSON<Doc>(serialized, OPTIONS);
	} catch {
		return null;
	}
}

/** Whether an index holds exactly these entities (a count and a sample of ids). */
function sameIds(mini: MiniSearch<Doc>, entities: readonly AtlasEntity[]): boolean {
	if (mini.documentCount !== entities.length) return false;
	const step = Math.max(1, Math.floor(entities.length / 64));
	for (let i = 0; i < entities.length; i += step) if (!mini.has(entities[i]!.id)) return false;
	return true;
}

/** Every word and key an entity can be found by, for "did you mean". */
function entityKeys(e: AtlasEntity): string[] {
	const d = toDoc(e);
	return [...new Set([d.zh, d.en, d.aliases, d.pinyin].flatMap((text) => tokenize(text)))];
}

function byScore(a: SearchHit, b: SearchHit): number {
	return b.score - a.score || a.entity.id.localeCompare(b.entity.id);
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
