import { describe, expect, it } from 'vitest';
import type { AtlasEntity } from '$lib/data/atlas';
import { cursorAction, inListOrder, stepCursor } from './map-cursor';

const entity = (id: string, name_zh: string, name_en: string) =>
	Object.freeze({ id, name_zh, name_en }) as unknown as AtlasEntity;

describe('inListOrder', () => {
	const list = Object.freeze([
		entity('c', '汉南', 'YMTC'),
		entity('a', '武汉京东方', 'BOE Wuhan'),
		entity('b', '安徽', 'Anhui')
	]);

	it('orders by the name in the UI language, as the Results list does', () => {
		expect(inListOrder(list, 'en').map((e) => e.id)).toEqual(['b', 'a', 'c']);
		// Chinese collation (pinyin order): 安 an, 汉 han, 武 wu
		expect(inListOrder(list, 'zh').map((e) => e.id)).toEqual(['b', 'c', 'a']);
	});

	it('leaves its input alone', () => {
		expect(list.map((e) => e.id)).toEqual(['c', 'a', 'b']);
	});
});

describe('stepCursor', () => {
	it('starts at the first (next) or the last (previous)', () => {
		expect(stepCursor(3, -1, 1)).toBe(0);
		expect(stepCursor(3, -1, -1)).toBe(2);
		// a cursor on an item the filter has since removed starts over
		expect(stepCursor(3, 7, 1)).toBe(0);
	});

	it('steps and wraps around at both ends', () => {
		expect(stepCursor(3, 0, 1)).toBe(1);
		expect(stepCursor(3, 2, 1)).toBe(0);
		expect(stepCursor(3, 0, -1)).toBe(2);
	});

	it('has nowhere to go in an empty list', () => {
		expect(stepCursor(0, -1, 1)).toBeNull();
	});
});

describe('cursorAction', () => {
	const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
		key: k,
		ctrlKey: false,
		metaKey: false,
		altKey: false,
		...mods
	});

	it('maps n/] to next, p/[ to previous and Enter to open', () => {
		expect(['n', 'N', ']'].map((k) => cursorAction(key(k)))).toEqual(['next', 'next', 'next']);
		expect(['p', '['].map((k) => cursorAction(key(k)))).toEqual(['previous', 'previous']);
		expect(cursorAction(key('Enter'))).toBe('open');
	});

	it('leaves the map’s own keys and browser shortcuts alone', () => {
		for (const k of ['ArrowUp', '+', '-', '=', 'a']) expect(cursorAction(key(k))).toBeNull();
		expect(cursorAction(key('n', { ctrlKey: true }))).toBeNull();
		expect(cursorAction(key('p', { metaKey: true }))).toBeNull();
	});
});
