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

	it('ignores a stored language it does not know', () => {
		expect(new AtlasState(memoryStorage({ 'atlas.lang': 'fr' })).lang).toBe('zh');
	});
});
