import { describe, expect, it } from 'vitest';
import type { OgcCollection } from './collections';
import { MAX_LIMIT, parseBbox, parseItemsQuery } from './params';
import { ProblemError } from './problem';

const entities = { id: 'things', filters: ['chain', 'kind'] } as unknown as OgcCollection;
const domains = { chain: ['a', 'b'], status: ['open'], kind: ['x'], area: [] };
const parse = (q: string) => parseItemsQuery(new URLSearchParams(q), entities, domains);
const problemOf = (f: () => unknown) => {
	try {
		f();
	} catch (err) {
		return (err as ProblemError).problem;
	}
	throw new Error('no problem');
};

describe('parseBbox', () => {
	it('reads four numbers, longitude first', () => {
		expect(parseBbox('113.9, 30.5,114.4,30.85')).toEqual([[113.9, 30.5, 114.4, 30.85]]);
	});

	it('reads a 3D box and drops its heights', () => {
		expect(parseBbox('1,2,-10,3,4,100')).toEqual([[1, 2, 3, 4]]);
	});

	it('splits a box across the antimeridian in two', () => {
		expect(parseBbox('170,-10,-170,10')).toEqual([
			[170, -10, 180, 10],
			[-180, -10, -170, 10]
		]);
	});

	it('rejects five numbers, hex, infinity', () => {
		for (const v of ['1,2,3,4,5', '0x1,0,1,1', 'Infinity,0,1,1'])
			expect(problemOf(() => parseBbox(v))).toMatchObject({ status: 400, parameter: 'bbox' });
	});
});

describe('parseItemsQuery', () => {
	it('defaults to the first 10', () => {
		expect(parse('')).toEqual({ bbox: null, limit: 10, offset: 0, filters: {} });
	});

	it('clamps limit to the maximum and trims list values', () => {
		expect(parse('limit=5000&chain=a, b')).toMatchObject({
			limit: MAX_LIMIT,
			filters: { chain: ['a', 'b'] }
		});
	});

	it('names the values a filter accepts and the filters a collection has', () => {
		expect(problemOf(() => parse('chain=a,zz'))).toMatchObject({
			parameter: 'chain',
			allowed: ['a', 'b'],
			detail: expect.stringContaining('"zz"')
		});
		expect(problemOf(() => parse('status=open')).detail).toMatch(
			/cannot be filtered by status; it can be filtered by chain, kind/
		);
	});
});
