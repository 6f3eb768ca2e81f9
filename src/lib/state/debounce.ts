/**
 * Typing in a search box: the work a keystroke starts (search, filter, map)
 * runs once the typing pauses, not for every letter.
 */

/** How long typing must pause before a search or keyword filter runs, ms. */
export const TYPING_PAUSE_MS = 120;

export type Debounced<A extends unknown[]> = ((...args: A) => void) & {
	/** runs the pending call now (Enter pressed before the pause) */
	flush(): void;
	/** drops the pending call (the component is going away) */
	cancel(): void;
};

/**
 * `fn` called with the last arguments once no call came for `ms` milliseconds.
 * With `leading`, a call after such a pause also runs at once (the first key
 * typed answers without waiting); the calls that follow it within the pause
 * still wait and run once, with the last arguments.
 */
export function debounce<A extends unknown[]>(
	fn: (...args: A) => void,
	ms = TYPING_PAUSE_MS,
	{ leading = false } = {}
): Debounced<A> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: A | null = null;
	const run = () => {
		clearTimeout(timer);
		timer = undefined;
		if (!pending) return;
		const args = pending;
		pending = null;
		fn(...args);
	};
	const call = (...args: A) => {
		const quiet = timer === undefined;
		clearTimeout(timer);
		if (leading && quiet) {
			pending = null;
			fn(...args);
		} else pending = args;
		// the pause starts again: later calls within it wait for its end
		timer = setTimeout(run, ms);
	};
	return Object.assign(call, {
		flush: run,
		cancel: () => {
			clearTimeout(timer);
			pending = null;
		}
	});
}
