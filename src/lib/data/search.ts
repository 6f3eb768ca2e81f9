/**
 * Finding an entity by whatever name a user knows: Chinese (any part of the
 * name), English (words, prefixes, small typos), aliases and brand names, full
 * pinyin ("jingdongfang") and pinyin initials ("jdf"). MiniSearch does the
 * indexing and fuzzy matching over keys the build prepared with pinyin-pro;
 * this module only decides how names become tokens and how results rank.
 */
import MiniSearch from 'minisearch';
import type { AtlasEntity } from './atlas';

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
 * syllable of the name; likewise for initials ("jdf", "df").
 */
export function pinyinKeys(syllableLists: string, initialLists: string): string[] {
	const keys = new Set<string>();
	for (const name of syllableLists.split('|')) {
		const syl = name.trim().split(/\s+/).filter(Boolean);
		for (let i = 0; i < syl.length; i++) keys.add(syl.slice(i).join(''));
	}
	for (const name of initialLists.split('|')) {
		const ini = name.trim().replace(/\s+/g, '');
		for (let i = 0; i + 1 < ini.length; i++) keys.add(ini.slice(i));
	}
	return [...keys].filter((k) => k.length > 0);
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

	constructor(entities: readonly AtlasEntity[]) {
		this.#byId = new Map(entities.map((e) => [e.id, e]));
		this.#mini = new MiniSearch<Doc>({
			fields: ['zh', 'en', 'aliases', 'pinyin'],
			storeFields: [],
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
		this.#mini.addAll(
			entities.map((e) => ({
				id: e.id,
				zh: e.name_zh,
				en: e.name_en,
				aliases: e.aliases.join(' \u3000 '),
				pinyin: pinyinKeys(e.search.pinyin, e.search.initials).join(' ')
			}))
		);
	}

	/** Ranked hits: exact name or alias first, then name prefix, then MiniSearch's score. */
	search(query: string, limit = 20): SearchHit[] {
		const q = query.trim();
		if (!q) return [];
		const hits = this.#mini.search(q).flatMap((r) => {
			const entity = this.#byId.get(String(r.id));
			if (!entity) return [];
			return [{ entity, score: r.score * rankBoost(entity, q), exact: isExact(entity, q) }];
		});
		hits.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));
		return hits.slice(0, limit);
	}

	/** Names to suggest when nothing matched: loosest fuzzy OR search. */
	suggest(query: string, limit = 3): AtlasEntity[] {
		const q = query.trim();
		if (!q) return [];
		return this.#mini
			.search(q, { combineWith: 'OR', fuzzy: 0.4, prefix: true })
			.slice(0, limit)
			.flatMap((r) => this.#byId.get(String(r.id)) ?? []);
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
