import { describe, expect, it } from 'vitest';
import type { Correction } from '$lib/data/corrections';
import { CORRECTIONS_KEY, CorrectionsState } from './corrections.svelte';

const boe: Correction = {
	id: 'boe-wuhan',
	datum: 'GCJ-02',
	coordinates: [114.13821, 30.65819],
	accuracy_m: 150,
	source: { note: 'Amap picker' }
};

/** A Storage stand-in kept in a Map (one per test: no state shared). */
function memoryStorage() {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}

describe('CorrectionsState', () => {
	it('keeps the list in storage, so that a new page starts with it', () => {
		const storage = memoryStorage();
		const first = new CorrectionsState(storage);
		first.add(boe);
		first.add({ ...boe, id: 'jiangfeng-wuhan-phase-1' });
		const reloaded = new CorrectionsState(storage);
		expect(reloaded.items.map((c) => c.id)).toEqual(['boe-wuhan', 'jiangfeng-wuhan-phase-1']);
		reloaded.remove('boe-wuhan');
		reloaded.remove('jiangfeng-wuhan-phase-1');
		expect(storage.data.has(CORRECTIONS_KEY)).toBe(false);
	});

	it('keeps one correction per site, the newest', () => {
		const state = new CorrectionsState(memoryStorage());
		state.add(boe);
		state.add({ ...boe, accuracy_m: 40 });
		expect(state.items).toEqual([{ ...boe, accuracy_m: 40 }]);
		expect(JSON.parse(state.text())).toEqual({ version: 1, corrections: [state.items[0]] });
	});

	it('starts empty on blocked or corrupt storage, and still works without saving', () => {
		const blocked = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => undefined
		};
		const state = new CorrectionsState(blocked);
		expect(state.items).toEqual([]);
		state.add(boe);
		expect(state.items).toEqual([boe]);
		const corrupt = memoryStorage();
		corrupt.setItem(CORRECTIONS_KEY, '{"version":1,"corrections":[{"id":"x"}]}');
		expect(new CorrectionsState(corrupt).items).toEqual([]);
	});
});
