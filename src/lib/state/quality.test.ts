import { describe, expect, it } from 'vitest';
import type { AtlasEntity } from '$lib/data/atlas';
import { amapSearchUrl, baiduSearchUrl, methodCounts, searchQuery, worstFirst } from './quality';

const entity = (
	id: string,
	method: AtlasEntity['position']['method'],
	accuracy_m: number,
	chain: string | null = 'a'
) => ({ id, chain, position: { method, accuracy_m, source: 's' } }) as unknown as AtlasEntity;

const set = [
	entity('pin', 'sourced', 50),
	entity('guess', 'estimated', 2000, 'b'),
	entity('cluster-b', 'cluster', 5000),
	entity('cluster-a', 'cluster', 5000, 'b'),
	entity('derived', 'derived', 2000)
];

describe('worstFirst', () => {
	it('puts the largest radius first, then the weaker method, then ids', () => {
		expect(worstFirst(set).map((e) => e.id)).toEqual([
			'cluster-a',
			'cluster-b',
			'guess',
			'derived',
			'pin'
		]);
	});
	it('keeps one chain when asked, and never changes its input', () => {
		const before = set.map((e) => e.id);
		expect(worstFirst(set, 'b').map((e) => e.id)).toEqual(['cluster-a', 'guess']);
		expect(set.map((e) => e.id)).toEqual(before);
	});
});

describe('methodCounts', () => {
	it('counts every method in the schema order, zeros included', () => {
		expect(methodCounts(set)).toEqual([
			['sourced', 1],
			['derived', 1],
			['estimated', 1],
			['cluster', 2]
		]);
		expect(methodCounts([])).toEqual([
			['sourced', 0],
			['derived', 0],
			['estimated', 0],
			['cluster', 0]
		]);
	});
});

describe('provider searches', () => {
	it('search a name within its district, once', () => {
		expect(searchQuery('京东方', '东西湖区')).toBe('东西湖区 京东方');
		expect(searchQuery('东西湖区人民政府', '东西湖区')).toBe('东西湖区人民政府');
		expect(searchQuery('Airport', null)).toBe('Airport');
	});
	it('encode the query into each provider’s search address', () => {
		expect(amapSearchUrl('东西湖区 京东方')).toBe(
			'https://www.amap.com/search?query=%E4%B8%9C%E8%A5%BF%E6%B9%96%E5%8C%BA%20%E4%BA%AC%E4%B8%9C%E6%96%B9'
		);
		expect(baiduSearchUrl('a&b')).toBe('https://map.baidu.com/search/a%26b');
	});
});
