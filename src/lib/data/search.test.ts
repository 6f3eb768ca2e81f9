import { describe, expect, it } from 'vitest';
import { entity } from '$lib/testing/entities';
import type { AtlasEntity } from './atlas';
import {
	EntitySearch,
	indexExpectation,
	isSearchable,
	pinyinKeys,
	serializeSearchIndex,
	tokenize,
	queryTerms
} from './search';

function named(
	id: string,
	name_zh: string,
	name_en: string,
	aliases: string[],
	pinyin: string,
	initials: string
): AtlasEntity {
	return entity(id, { name_zh, name_en, aliases, chain: null, search: { pinyin, initials } });
}

const ENTITIES = [
	named(
		'boe-wuhan',
		'武汉京东方光电科技有限公司',
		'Wuhan BOE Optoelectronics Technology',
		['BOE', '京东方', '武汉京东方'],
		'wu han jing dong fang guang dian ke ji you xian gong si | jing dong fang | wu han jing dong fang',
		'whjdfgdkjyxgs | jdf | whjdf'
	),
	named(
		'jd-ecommerce-park',
		'京东华中电商产业园二期',
		'JD Central China E-commerce Park, phase 2',
		['JD', '京东'],
		'jing dong hua zhong dian shang chan ye yuan er qi | jing dong',
		'jdhzdscyyeq | jd'
	),
	named(
		'skyworth-miniled',
		'创维武汉Mini LED显示科技产业园',
		'Skyworth Wuhan Mini LED Display Technology Park',
		['Skyworth', '创维'],
		'chuang wei wu han mini led xian shi ke ji chan ye yuan | chuang wei',
		'cwwhminiledxskjcyy | cw'
	),
	named(
		'tcl-demo',
		'TCL空调智能制造示范基地',
		'TCL Air Conditioner Smart Manufacturing Demonstration Base',
		['TCL'],
		'TCL kong tiao zhi neng zhi zao shi fan ji di',
		'tclktznzzsfjd'
	),
	named(
		'inspur',
		'浪潮武汉研发中心',
		'Inspur Wuhan R&D Centre',
		['浪潮', 'LC'],
		'lang chao wu han yan fa zhong xin | lang chao',
		'lcwhyfzx | lc'
	),
	named(
		'airport',
		'武汉天河国际机场',
		'Wuhan Tianhe International Airport',
		[],
		'wu han tian he guo ji ji chang',
		'whthgjjc'
	)
];

const search = new EntitySearch(ENTITIES);
const top = (q: string) => search.search(q)[0]?.id;

describe('tokenize', () => {
	it('splits Han runs into characters and bigrams and Latin into words', () => {
		expect(tokenize('京东方 BOE-Wuhan')).toEqual([
			'京',
			'东',
			'方',
			'京东',
			'东方',
			'boe',
			'wuhan'
		]);
	});
});

describe('queryTerms', () => {
	it('reads a Han run of two or more characters as its bigrams only, one character as itself', () => {
		expect(queryTerms('京东方 BOE-Wuhan')).toEqual(['京东', '东方', 'boe', 'wuhan']);
		expect(queryTerms('港')).toEqual(['港']);
	});

	it('still finds a name by one character, by two from its middle, and by a whole run', () => {
		expect(top('潮')).toBe('inspur');
		expect(top('东方')).toBe(top('京东方'));
	});
});

describe('pinyinKeys', () => {
	it('gives syllable-boundary suffixes of the joined pinyin, and initials from the start only', () => {
		expect(pinyinKeys('jing dong fang', 'jdf')).toEqual([
			'jingdongfang',
			'dongfang',
			'fang',
			'jdf'
		]);
	});
});

describe('EntitySearch', () => {
	it.each([
		['京东方', 'boe-wuhan'],
		['BOE', 'boe-wuhan'],
		['boe', 'boe-wuhan'],
		['jingdongfang', 'boe-wuhan'],
		['jdf', 'boe-wuhan'],
		['光电', 'boe-wuhan'],
		['Skyworth', 'skyworth-miniled'],
		['skywoth', 'skyworth-miniled'],
		['chuangwei', 'skyworth-miniled'],
		['tianhe', 'airport'],
		['airprot', 'airport'],
		['机场', 'airport']
	])('%s finds %s first', (q, id) => {
		expect(top(q)).toBe(id);
	});

	it('ranks an exact alias before a partial match', () => {
		// "京东" is JD's alias and also the start of BOE's alias "京东方".
		const hits = search.search('京东');
		expect(hits[0]!.id).toBe('jd-ecommerce-park');
		expect(hits[0]!.exact).toBe(true);
		expect(hits.map((h) => h.id)).toContain('boe-wuhan');
	});

	it('returns nothing for no match, and suggests near names', () => {
		expect(search.search('xyzzy')).toEqual([]);
		expect(search.search('   ')).toEqual([]);
		expect(search.suggest('Skyworht Park')).toContain('skyworth-miniled');
	});

	it('does not pad real matches with initials from the middle of a name', () => {
		// "jd" is the start of 京东 and 京东方, and the end of 示范基地 (…jd).
		expect(search.search('JD').map((h) => h.id)).toEqual(['jd-ecommerce-park', 'boe-wuhan']);
	});

	it('leaves out typo matches when a name matches as typed', () => {
		// "jingdongfang" is BOE's pinyin; nothing else may come with it.
		expect(search.search('jingdongfang').map((h) => h.id)).toEqual(['boe-wuhan']);
		// With no real match, a typo still finds the name.
		expect(search.search('skywoth').map((h) => h.id)).toEqual(['skyworth-miniled']);
	});

	it('suggests only names above the similarity threshold', () => {
		expect(search.search('tlc')).toEqual([]);
		// A swapped pair is one edit: "tlc" means TCL, not 浪潮 (whose initials are "lc").
		expect(search.suggest('tlc')).toEqual(['tcl-demo']);
		expect(search.suggest('qwzxv')).toEqual([]);
		expect(search.suggest('zzzzzzzz')).toEqual([]);
	});
});

describe('a pasted page of text', () => {
	it('is read up to MAX_QUERY_LENGTH characters, quickly', () => {
		const search = new EntitySearch([]);
		expect(search.search('京'.repeat(50_000))).toEqual([]);
		expect(search.suggest('abc '.repeat(20_000))).toEqual([]);
	});
});

describe('the serialised index (built by the geodata build)', () => {
	const expect_ = indexExpectation(ENTITIES);
	const loaded = EntitySearch.fromJSON(serializeSearchIndex(ENTITIES), expect_)!;

	it('finds what the index built in place finds', () => {
		for (const q of ['京东', 'jdf', 'skywoth', 'airprot', '机场', 'JD', 'chuangwei']) {
			expect(loaded.search(q)).toEqual(search.search(q));
		}
		expect(loaded.suggest('tlc')).toEqual(search.suggest('tlc'));
	});

	it('still takes imported sites and forgets them', () => {
		const s = EntitySearch.fromJSON(serializeSearchIndex(ENTITIES), expect_)!;
		s.add([named('u-1', '', 'Zephyr Works', [], '', '')]);
		expect(s.search('zephyr').map((h) => h.id)).toEqual(['u-1']);
		s.remove(['u-1']);
		expect(s.search('zephyr')).toEqual([]);
	});

	it('is ignored when it holds other entities (a stale file) or is not JSON', () => {
		expect(EntitySearch.fromJSON(serializeSearchIndex(ENTITIES.slice(1)), expect_)).toBeNull();
		const swapped = [...ENTITIES.slice(1), named('other', '别的', 'Other', [], '', '')];
		expect(EntitySearch.fromJSON(serializeSearchIndex(swapped), expect_)).toBeNull();
		expect(EntitySearch.fromJSON('{"not an index', expect_)).toBeNull();
	});

	it('ranks and suggests from its stored names alone (what the search worker holds)', () => {
		expect(loaded.size).toBe(ENTITIES.length);
		expect(loaded.search('BOE')[0]).toMatchObject({ id: 'boe-wuhan', exact: true });
	});
});

describe('query length', () => {
	it('needs two Latin letters, but one Han character searches', () => {
		expect(isSearchable('w')).toBe(false);
		expect(isSearchable(' w ')).toBe(false);
		expect(isSearchable('wu')).toBe(true);
		expect(isSearchable('京')).toBe(true);
		expect(search.search('w')).toEqual([]);
		expect(search.matchIds('w')).toBeNull();
		expect(search.search('京').map((h) => h.id)).toContain('boe-wuhan');
	});
});

describe('top k', () => {
	// 2,000 sites whose names share words, so a query hits most of them with different scores
	const many = Array.from({ length: 2000 }, (_, i) =>
		named(`s-${String(i).padStart(4, '0')}`, '', `Wuhan site ${'x'.repeat(i % 7)} ${i}`, [], '', '')
	);
	const big = new EntitySearch(many);

	it('keeps the same best hits, in the same order, as ranking every hit', () => {
		const all = big.search('wuhan', Infinity);
		expect(all).toHaveLength(2000);
		const sorted = [...all].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
		expect(big.search('wuhan', 8)).toEqual(sorted.slice(0, 8));
		expect(big.search('wuhan site 17', 3).map((h) => h.id)[0]).toBe('s-0017');
	});

	it('gives the keyword filter every match, unranked', () => {
		expect(big.matchIds('wuhan')?.size).toBe(2000);
		expect(search.matchIds('jingdongfang')).toEqual(new Set(['boe-wuhan']));
		// no real match: the typo matches
		expect(search.matchIds('skywoth')).toEqual(new Set(['skyworth-miniled']));
	});
});
