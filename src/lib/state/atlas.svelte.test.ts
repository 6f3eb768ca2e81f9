import { describe, expect, it } from 'vitest';
import { AtlasState, allVisible } from './atlas.svelte';

function memoryStorage(init: Record<string, string> = {}) {
	const data = new Map(Object.entries(init));
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		data
	};
}

describe('AtlasState', () => {
	it('starts in Chinese with every layer visible', () => {
		const s = new AtlasState();
		expect(s.lang).toBe('zh');
		expect(s.visible).toEqual(allVisible());
		expect(s.selectedId).toBeNull();
	});

	it('toggles one layer without touching the others', () => {
		const s = new AtlasState();
		s.toggleLayer('facilities');
		expect(s.visible.facilities).toBe(false);
		expect(s.visible.hubs).toBe(true);
		s.toggleLayer('facilities');
		expect(s.visible.facilities).toBe(true);
	});

	it('persists the language and restores it', () => {
		const storage = memoryStorage();
		new AtlasState(storage).setLang('en', storage);
		expect(new AtlasState(storage).lang).toBe('en');
	});

	it('pins at most four sites to compare, dropping the oldest', () => {
		const s = new AtlasState();
		for (const id of ['a', 'b', 'c', 'd', 'e']) s.toggleCompare(id);
		expect(s.compare).toEqual(['b', 'c', 'd', 'e']);
		s.toggleCompare('c');
		expect(s.compare).toEqual(['b', 'd', 'e']);
	});

	it('restores from a URL view, dropping ids it does not know', () => {
		const s = new AtlasState();
		s.applyUrlView(
			{ selected: 'gone', compare: ['a', 'gone'], chains: ['x'], lang: 'en' },
			new Set(['a'])
		);
		expect(s.selectedId).toBeNull();
		expect(s.compare).toEqual(['a']);
		expect(s.facets.chains).toEqual(['x']);
		expect(s.lang).toBe('en');
		expect(s.toUrlView()).toMatchObject({ compare: ['a'], chains: ['x'], lang: 'en' });
	});

	it('ignores a stored language it does not know', () => {
		expect(new AtlasState(memoryStorage({ 'atlas.lang': 'fr' })).lang).toBe('zh');
	});
});
