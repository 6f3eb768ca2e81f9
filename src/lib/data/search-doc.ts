/**
 * What search knows of an entity and how a query is read, without the index
 * itself: the page needs these (the query limits, the docs it sends to the
 * search worker), and importing them does not load MiniSearch. Pure.
 */
import type { AtlasEntity } from './atlas';

/**
 * The longest query the atlas reads: the search box, the keyword filter and
 * the link's `q` all stop here (a pasted page of text would otherwise block
 * the page while it is tokenised and matched).
 */
export const MAX_QUERY_LENGTH = 200;

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
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
 * A query's terms: as `tokenize`, but a run of two or more Han characters
 * becomes its bigrams only. A name holding every bigram of the query holds
 * its characters too, so the single characters (each matching much of a
 * large dataset) add cost and nothing else.
 */
export function queryTerms(text: string): string[] {
	const tokens: string[] = [];
	for (const run of text.match(CJK_RUN) ?? []) {
		const chars = [...run];
		if (chars.length === 1) tokens.push(chars[0]!);
		for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
	}
	return [...tokens, ...tokenize(text.replace(CJK_RUN, ' '))];
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
 * What search knows of an entity: its names, aliases and pinyin keys. The
 * index stores these (MiniSearch `storeFields`), so it ranks and suggests
 * without the entities themselves: in a worker it holds no other data.
 */
export type SearchDoc = {
	id: string;
	zh: string;
	en: string;
	aliases: string;
	pinyin: string;
};

/** One hit: the entity's id, its rank score, and whether a name or alias equals the query. */
export type SearchHit = { id: string; score: number; exact: boolean };

/** The separator of aliases in `SearchDoc.aliases` (an ideographic space between spaces). */
export const ALIAS_SEPARATOR = ' \u3000 ';

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

/** An entity as the search index takes it. */
export function searchDoc(e: AtlasEntity): SearchDoc {
	return {
		id: e.id,
		zh: e.name_zh,
		en: e.name_en,
		aliases: e.aliases.join(ALIAS_SEPARATOR),
		// no keys when a large dataset left them out of atlas.json (data/details.ts): its
		// build's search.json has them, and only a missing one brings the page here
		pinyin: e.search ? pinyinKeys(e.search.pinyin, e.search.initials).join(' ') : ''
	};
}

/** What a page knows to check a serialised index against: how many entities, and a sample of ids. */
export type IndexExpectation = { count: number; sample: string[] };

/** The count and a sample of ids (at most about 64) of some entities. */
export function indexExpectation(items: readonly { id: string }[]): IndexExpectation {
	const step = Math.max(1, Math.floor(items.length / 64));
	const sample: string[] = [];
	for (let i = 0; i < items.length; i += step) sample.push(items[i]!.id);
	return { count: items.length, sample };
}
