import { describe, expect, it } from 'vitest';
import { DeferredSearch } from './searcher';

describe('DeferredSearch', () => {
	it('runs onUse once, at the first call, and answers once the backend is there', async () => {
		let used = 0;
		let ready!: (b: { search: () => [] }) => void;
		const backend = new Promise<never>((resolve) => (ready = resolve as never));
		const search = new DeferredSearch(backend, () => used++);
		expect(used).toBe(0);
		const first = search.search('boe', 8);
		void search.matchIds('boe');
		expect(used).toBe(1);
		ready({ search: () => [] });
		await expect(first).resolves.toEqual([]);
		expect(used).toBe(1);
	});
});
