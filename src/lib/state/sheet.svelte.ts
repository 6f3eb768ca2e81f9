/**
 * The phone layout's one sheet: which content it shows (the tabbed panels,
 * the selected feature's detail or the compare table, one at a time) and how
 * high it stands (peek, half, full). The sheet component draws it; the page
 * switches it as the selection and the compare set change; the map keeps the
 * selected feature clear of it.
 */

export type Snap = 'peek' | 'half' | 'full';
export type SheetContent = 'panel' | 'detail' | 'compare';

/** when the page is laid out for a phone: narrow, or low (a phone in landscape) */
export const COMPACT_MEDIA = '(max-width: 720px), (max-height: 500px)';

export const SNAPS: readonly Snap[] = ['peek', 'half', 'full'];

/** the share of the room left under the top bar that the half height takes */
export const HALF_SHARE = 0.42;
/** the peek height, px: the handle, the switcher and a row of tabs or a title */
export const PEEK_PX = 120;

/**
 * The three heights (px) of a sheet with `room` px to grow into (from the
 * bottom of the screen to the top bar's bottom): full never leaves less than
 * the peek, half (`share` of the room) lies between.
 */
export function snapHeights(room: number, share = HALF_SHARE): Record<Snap, number> {
	const full = Math.max(PEEK_PX, Math.round(room));
	const half = Math.min(full, Math.max(PEEK_PX, Math.round(room * share)));
	return { peek: Math.min(PEEK_PX, full), half, full };
}

/** The snap a dragged sheet settles at: the nearest height, or the next one a flick points to. */
export function settle(height: number, heights: Record<Snap, number>, velocity = 0): Snap {
	// a flick (px per ms; up is positive) moves one step from the nearest
	const nearest = SNAPS.reduce((best, s) =>
		Math.abs(heights[s] - height) < Math.abs(heights[best] - height) ? s : best
	);
	if (Math.abs(velocity) < 0.5) return nearest;
	const i = SNAPS.indexOf(nearest);
	const passed = velocity > 0 ? heights[nearest] < height : heights[nearest] > height;
	if (!passed) return nearest;
	return SNAPS[Math.max(0, Math.min(SNAPS.length - 1, i + (velocity > 0 ? 1 : -1)))]!;
}

/** One step up or down (keyboard, or a tap on the handle going round). */
export function step(snap: Snap, by: 1 | -1, wrap = false): Snap {
	const i = SNAPS.indexOf(snap) + by;
	if (wrap) return SNAPS[(i + SNAPS.length) % SNAPS.length]!;
	return SNAPS[Math.max(0, Math.min(SNAPS.length - 1, i))]!;
}

export class SheetState {
	snap = $state<Snap>('peek');
	content = $state<SheetContent>('panel');
	/** counts changes of the sheet's height: the map keeps the selection in view */
	moved = $state(0);

	setSnap(snap: Snap) {
		if (snap === this.snap) return;
		this.snap = snap;
		this.moved++;
	}

	/** Shows a content, raised to half when it was only peeking. */
	show(content: SheetContent) {
		this.content = content;
		if (this.snap === 'peek') this.setSnap('half');
	}
}
