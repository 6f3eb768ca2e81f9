/**
 * The query shared by the list, the map (map/filter.ts turns it into a
 * MapLibre expression) and, later, the server: faceted filtering of entities
 * by industry chain, status, kind, planning area and district, and a set of
 * ids matched by free text (search is done elsewhere). Pure.
 *
 * Within a facet the chosen values are OR-ed; facets are AND-ed. An empty
 * facet does not filter.
 */
import type { AtlasEntity } from './atlas';

export const FACETS = ['chains', 'statuses', 'kinds', 'areas', 'districts'] as const;

/** The area value of entities in no planning area ("outside the areas"). */
export const OUTSIDE_AREAS = '_none';
export type Facet = (typeof FACETS)[number];

export type Filter = Record<Facet, string[]> & {
	/** ids matching the free-text query, or null when there is no query */
	textIds: ReadonlySet<string> | null;
};

export function emptyFilter(): Filter {
	return { chains: [], statuses: [], kinds: [], areas: [], districts: [], textIds: null };
}

export function isEmptyFilter(f: Filter): boolean {
	return FACETS.every((k) => f[k].length === 0) && f.textIds === null;
}

/** The values an entity has for a facet ('' for no chain). */
export function facetValues(e: AtlasEntity, facet: Facet): string[] {
	switch (facet) {
		case 'chains':
			return [e.chain ?? ''];
		case 'statuses':
			return [e.status];
		case 'kinds':
			return [e.kind];
		case 'areas':
			// A planning area is in itself: choosing it keeps it on the map.
			if (e.kind === 'zone') return [e.id];
			return e.areas.length ? e.areas : [OUTSIDE_AREAS];
		case 'districts':
			return e.district ? [e.district] : [];
	}
}

function passes(e: AtlasEntity, f: Filter, skip?: Facet): boolean {
	for (const facet of FACETS) {
		if (facet === skip || f[facet].length === 0) continue;
		const values = facetValues(e, facet);
		if (!f[facet].some((v) => values.includes(v))) return false;
	}
	return f.textIds === null || f.textIds.has(e.id);
}

export function matches(e: AtlasEntity, f: Filter): boolean {
	return passes(e, f);
}

export function applyFilter(entities: readonly AtlasEntity[], f: Filter): AtlasEntity[] {
	return entities.filter((e) => passes(e, f));
}

/**
 * For each facet, how many entities each option would leave if it were chosen
 * alongside the other facets' current choices (the usual faceted-search count).
 */
export function facetCounts(
	entities: readonly AtlasEntity[],
	f: Filter
): Record<Facet, Map<string, number>> {
	const counts = Object.fromEntries(FACETS.map((k) => [k, new Map<string, number>()])) as Record<
		Facet,
		Map<string, number>
	>;
	for (const e of entities) {
		for (const facet of FACETS) {
			if (!passes(e, f, facet)) continue;
			for (const v of new Set(facetValues(e, facet))) {
				counts[facet].set(v, (counts[facet].get(v) ?? 0) + 1);
			}
		}
	}
	return counts;
}

export function toggleValue(f: Filter, facet: Facet, value: string): Filter {
	const has = f[facet].includes(value);
	return { ...f, [facet]: has ? f[facet].filter((v) => v !== value) : [...f[facet], value] };
}
