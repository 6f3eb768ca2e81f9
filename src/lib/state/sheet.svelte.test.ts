import { describe, expect, it } from 'vitest';
import { PEEK_PX, SheetState, settle, snapHeights, step } from './sheet.svelte';

describe('snapHeights', () => {
	it('gives peek, about two fifths and all the room', () => {
		expect(snapHeights(700)).toEqual({ peek: PEEK_PX, half: 294, full: 700 });
	});
	it('never shrinks below the peek, nor half above full, on a low screen', () => {
		expect(snapHeights(200)).toEqual({ peek: PEEK_PX, half: PEEK_PX, full: 200 });
		expect(snapHeights(50)).toEqual({ peek: PEEK_PX, half: PEEK_PX, full: PEEK_PX });
	});
});

describe('settle', () => {
	const h = snapHeights(700);
	it('settles at the nearest height without a flick', () => {
		expect(settle(130, h)).toBe('peek');
		expect(settle(250, h)).toBe('half');
		expect(settle(600, h)).toBe('full');
	});
	it('a flick past a height goes on to the next', () => {
		expect(settle(320, h, 1.2)).toBe('full');
		expect(settle(280, h, -1.2)).toBe('peek');
		// a flick up that has not reached the nearest height stops there
		expect(settle(280, h, 1.2)).toBe('half');
		expect(settle(690, h, 2)).toBe('full');
	});
});

describe('step', () => {
	it('moves one snap and stops at the ends, or goes round', () => {
		expect(step('peek', 1)).toBe('half');
		expect(step('full', 1)).toBe('full');
		expect(step('peek', -1)).toBe('peek');
		expect(step('full', 1, true)).toBe('peek');
	});
});

describe('SheetState', () => {
	it('shows a content raised to half, and counts height changes', () => {
		const s = new SheetState();
		expect(s.snap).toBe('peek');
		s.show('detail');
		expect([s.content, s.snap, s.moved]).toEqual(['detail', 'half', 1]);
		s.setSnap('full');
		s.show('compare');
		expect([s.content, s.snap, s.moved]).toEqual(['compare', 'full', 2]);
		s.setSnap('full');
		expect(s.moved).toBe(2);
	});
});
