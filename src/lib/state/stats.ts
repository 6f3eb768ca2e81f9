/** Counts for the statistics panel. Pure. */
import type { AtlasEntity } from '$lib/data/atlas';
import { OUTSIDE_AREAS } from '$lib/data/query';

/** The area key of entities in no planning area (the same value the area filter uses). */
export const NO_AREA = OUTSIDE_AREAS;

export type AreaChainCounts = Array<{ area: string; total: number; byChain: Map<string, number> }>;

/**
 * For each planning area (and NO_AREA), how many entities of each chain it
 * holds. Entities without a chain (hubs, landmarks) and the areas themselves
 * are not counted. An entity in two overlapping areas counts in both.
 */
export function countByChainAndArea(
	entities: readonly AtlasEntity[],
	areaIds: readonly string[]
): AreaChainCounts {
	const rows = new Map<string, Map<string, number>>(
		[...areaIds, NO_AREA].map((a) => [a, new Map<string, number>()])
	);
	for (const e of entities) {
		if (!e.chain || e.kind === 'zone') continue;
		const areas = e.areas.filter((a) => rows.has(a));
		for (const a of areas.length ? areas : [NO_AREA]) {
			const row = rows.get(a)!;
			row.set(e.chain, (row.get(e.chain) ?? 0) + 1);
		}
	}
	return [...rows].map(([area, byChain]) => ({
		area,
		byChain,
		total: [...byChain.values()].reduce((s, n) => s + n, 0)
	}));
}

export function countByStatus(entities: readonly AtlasEntity[]): Map<string, number> {
	const m = new Map<string, number>();
	for (const e of entities) m.set(e.status, (m.get(e.status) ?? 0) + 1);
	return m;
}

/** One segment of a stacked bar: where it starts and how long it is, in counts. */
export type Segment<K> = { key: K; value: number; start: number };

/** Stacks values end to end (zeros dropped), in the order given. */
export function stack<K>(entries: Iterable<[K, number]>): Segment<K>[] {
	const out: Segment<K>[] = [];
	let start = 0;
	for (const [key, value] of entries) {
		if (value <= 0) continue;
		out.push({ key, value, start });
		start += value;
	}
	return out;
}
