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
	/** "within N min by road of a hub": the hub's access role and the minutes, or null */
	reach: ReachFilter | null;
	/**
	 * values of an imported file's own columns (UserOrigin.props), by column:
	 * only imported sites with one of the values pass
	 */
	props?: Record<string, string[]>;
};

/** Entities whose build-time road time to `role` (see AtlasEntity.road) is at most `minutes`. */
export type ReachFilter = { role: string; minutes: number };

/** The drive-time limits the reach filter offers, in minutes. */
export const REACH_MINUTES: readonly number[] = Object.freeze([5, 10, 15, 20, 30, 45, 60]);

/** The render property holding an entity's road seconds to a hub role (see RenderProps). */
export function roadTimeProperty(role: string): `road_${string}` {
	return `road_${role}`;
}

export function emptyFilter(): Filter {
	return {
		chains: [],
		statuses: [],
		kinds: [],
		areas: [],
		districts: [],
		textIds: null,
		reach: null
	};
}

export function isEmptyFilter(f: Filter): boolean {
	return (
		FACETS.every((k) => f[k].length === 0) &&
		f.textIds === null &&
		f.reach === null &&
		Object.values(f.props ?? {}).every((v) => v.length === 0)
	);
}

/** Whether an entity is within the reach filter's time (an entity no road reaches never is). */
export function withinReach(e: AtlasEntity, reach: ReachFilter): boolean {
	const s = e.road?.[reach.role]?.s;
	return s !== undefined && s <= reach.minutes * 60;
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

/** An imported site's value of one of its file's columns, as text ('' when empty). */
export function propValue(e: AtlasEntity, column: string): string | undefined {
	if (!e.user || !(column in e.user.props)) return undefined;
	return String(e.user.props[column] ?? '');
}

/**
 * The filter as one test, with what is active worked out once (not per
 * entity): at 100,000 imported sites the test runs 100,000 times per change.
 * `skip` leaves out one facet (facet counts); `skipProp` one imported column.
 */
function predicate(f: Filter, skip?: Facet, skipProp?: string): (e: AtlasEntity) => boolean {
	const facets = FACETS.filter((facet) => facet !== skip && f[facet].length > 0).map(
		(facet) => [facet, new Set(f[facet])] as const
	);
	const props = Object.entries(f.props ?? {})
		.filter(([column, values]) => column !== skipProp && values.length > 0)
		.map(([column, values]) => [column, new Set(values)] as const);
	const { reach, textIds } = f;
	if (!facets.length && !props.length && !reach && textIds === null) return () => true;
	return (e) => {
		for (const [facet, chosen] of facets) {
			if (!facetValues(e, facet).some((v) => chosen.has(v))) return false;
		}
		for (const [column, chosen] of props) {
			const v = propValue(e, column);
			if (v === undefined || !chosen.has(v)) return false;
		}
		if (reach && !withinReach(e, reach)) return false;
		return textIds === null || textIds.has(e.id);
	};
}

export function matches(e: AtlasEntity, f: Filter): boolean {
	return predicate(f)(e);
}

export function applyFilter(entities: readonly AtlasEntity[], f: Filter): AtlasEntity[] {
	return entities.filter(predicate(f));
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
	const tests = FACETS.map((facet) => [facet, predicate(f, facet)] as const);
	for (const e of entities) {
		for (const [facet, test] of tests) {
			if (!test(e)) continue;
			for (const v of new Set(facetValues(e, facet))) {
				counts[facet].set(v, (counts[facet].get(v) ?? 0) + 1);
			}
		}
	}
	return counts;
}

/** How many entities each value of an imported column would leave, beside the other choices. */
export function propCounts(
	entities: readonly AtlasEntity[],
	f: Filter,
	column: string
): Map<string, number> {
	const counts = new Map<string, number>();
	const test = predicate(f, undefined, column);
	for (const e of entities) {
		const v = propValue(e, column);
		if (v === undefined || !test(e)) continue;
		counts.set(v, (counts.get(v) ?? 0) + 1);
	}
	return counts;
}

export function toggleValue(f: Filter, facet: Facet, value: string): Filter {
	const has = f[facet].includes(value);
	return { ...f, [facet]: has ? f[facet].filter((v) => v !== value) : [...f[facet], value] };
}
