import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

describe('debounce', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('calls once with the last arguments after the pause', () => {
		const seen: string[] = [];
		const typed = debounce((q: string) => seen.push(q), 100);
		typed('w');
		vi.advanceTimersByTime(60);
		typed('wu');
		vi.advanceTimersByTime(60);
		typed('wuh');
		expect(seen).toEqual([]);
		vi.advanceTimersByTime(100);
		expect(seen).toEqual(['wuh']);
	});

	it('runs the pending call on flush, and nothing on cancel', () => {
		const seen: string[] = [];
		const typed = debounce((q: string) => seen.push(q), 100);
		typed('boe');
		typed.flush();
		expect(seen).toEqual(['boe']);
		typed.flush();
		typed('jd');
		typed.cancel();
		vi.advanceTimersByTime(200);
		expect(seen).toEqual(['boe']);
	});

	it('with leading, runs a call after a pause at once and the burst after it once at its end', () => {
		const seen: string[] = [];
		const typed = debounce((q: string) => seen.push(q), 100, { leading: true });
		typed('w');
		expect(seen).toEqual(['w']);
		vi.advanceTimersByTime(60);
		typed('wu');
		vi.advanceTimersByTime(60);
		typed('wuh');
		expect(seen).toEqual(['w']);
		vi.advanceTimersByTime(100);
		expect(seen).toEqual(['w', 'wuh']);
		// a single key after the pause: at once, and nothing more at its end
		typed('wuha');
		vi.advanceTimersByTime(200);
		expect(seen).toEqual(['w', 'wuh', 'wuha']);
	});
});
