/**
 * Finding an entity by whatever name a user knows: Chinese (any part of the
 * name), English (words, prefixes, small typos), aliases and brand names, full
 * pinyin ("jingdongfang") and pinyin initials ("jdf"). MiniSearch does the
 * indexing and fuzzy matching over keys the build prepared with pinyin-pro;
 * this module only decides how names become tokens and how results rank.
 */
import damerauLevenshtein from 'damerau-levenshtein';
import MiniSearch, { type SearchResult } from 'minisearch';
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

export class EntitySearch {
	#mini: MiniSearch<Doc>;
	#byId: Map<string, AtlasEntity>;
	/** every word and key an entity can be found by, for "did you mean" */
	#keys: Map<string, string[]>;

	constructor(entities: readonly AtlasEntity[]) {
		this.#byId = new Map();
		this.#mini = new MiniSearch<Doc>({
			fields: ['zh', 'en', 'aliases', 'pinyin'],
			storeFields: [],
			// Vacuuming runs in the background in batches and breaks when sites are
			// added meanwhile (a big import indexed a chunk per task): discarded
			// sites stay as dead terms, never as results, until the page reloads.
			autoVacuum: false,
			tokenize,
			processTerm: (t) => t.toLowerCase(),
			searchOptions: {
				boost: { zh: 2, en: 2, aliases: 1.5, pinyin: 1 },
				prefix: (term) => term.length >= 1,
				// Typos only in Latin words long enough to carry them: one edit from 4
				// letters, two (a swapped pair) from 6.
				fuzzy: (term) => (CJK.test(term) || term.length < 4 ? false : term.length < 6 ? 0.25 : 0.3),
				combineWith: 'AND'
			}
		});
		this.#keys = new Map();
		this.add(entities);
	}

	/** Indexes more entities (a user's imported sites). */
	add(entities: readonly AtlasEntity[]) {
		const docs = entities.map((e) => ({
			id: e.id,
			zh: e.name_zh,
			en: e.name_en,
			aliases: e.aliases.join(' \u3000 '),
			pinyin: pinyinKeys(e.search.pinyin, e.search.initials).join(' ')
		}));
		for (const e of entities) this.#byId.set(e.id, e);
		this.#mini.addAll(docs);
		for (const d of docs) {
			this.#keys.set(d.id, [
				...new Set([d.zh, d.en, d.aliases, d.pinyin].flatMap((text) => tokenize(text)))
			]);
		}
	}

	/** Forgets entities (a deleted or hidden layer). */
	remove(ids: readonly string[]) {
		const known = ids.filter((id) => this.#byId.has(id));
		this.#mini.discardAll(known);
		for (const id of known) {
			this.#byId.delete(id);
			this.#keys.delete(id);
		}
	}

	/**
	 * Ranked hits: exact name or alias first, then name prefix, then MiniSearch's
	 * score. When some names match every word of the query as typed, names that
	 * only match through a typo correction are left out: they must not pad or
	 * outrank real matches.
	 */
	search(query: string, limit = 20): SearchHit[] {
		const q = query.trim().slice(0, MAX_QUERY_LENGTH);
		if (!q) return [];
		const terms = tokenize(q);
		let results = this.#mini.search(q);
		const strong = results.filter((r) => isStrong(r, terms));
		if (strong.length) results = strong;
		const hits = results.flatMap((r) => {
			const entity = this.#byId.get(String(r.id));
			if (!entity) return [];
			return [{ entity, score: r.score * rankBoost(entity, q), exact: isExact(entity, q) }];
		});
		hits.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
		return hits.slice(0, limit);
	}

	/**
	 * Names to suggest when nothing matched: candidates from a loose fuzzy
	 * search, kept only when the query is close to one of their words
	 * (SUGGEST_SIMILARITY, averaged over the query's words), most similar first.
	 */
	suggest(query: string, limit = 3): AtlasEntity[] {
		query = query.slice(0, MAX_QUERY_LENGTH);
		const terms = tokenize(query.trim());
		if (!terms.length) return [];
		const scored = this.#mini
			// Two edits even in a three-letter word ("tlc" → "tcl"): the similarity test below decides.
			.search(query.trim(), { combineWith: 'OR', fuzzy: 0.7, prefix: true })
			.flatMap((r) => {
				const id = String(r.id);
				const keys = this.#keys.get(id) ?? [];
				const similarity =
					terms.reduce((sum, q) => sum + bestSimilarity(q, keys), 0) / terms.length;
				const entity = this.#byId.get(id);
				return entity && similarity >= SUGGEST_SIMILARITY ? [{ entity, similarity }] : [];
			});
		scored.sort((a, b) => b.similarity - a.similarity || a.entity.id.localeCompare(b.entity.id));
		return scored.slice(0, limit).map((s) => s.entity);
	}
}

function names(e: AtlasEntity): string[] {
	return [e.name_zh, e.name_en, ...e.aliases].map((n) => n.toLowerCase());
}

function isExact(e: AtlasEntity, q: string): boolean {
	const lq = q.toLowerCase();
	return names(e).includes(lq);
}

function rankBoost(e: AtlasEntity, q: string): number {
	const lq = q.toLowerCase();
	if (isExact(e, q)) return 100;
	if (names(e).some((n) => n.startsWith(lq))) return 10;
	return 1;
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
