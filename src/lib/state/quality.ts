/**
 * The data-quality view's arithmetic: every placed feature with how its
 * position was found, worst first, and the count of each method. Pure: the
 * component only renders what this returns.
 */
import type { AtlasEntity } from '$lib/data/atlas';
import { POSITION_METHODS, type PositionMethod } from '$lib/data/vocabulary';

/** Best first: a method's rank breaks ties between equal accuracies (worse method first). */
const RANK: Record<PositionMethod, number> = { sourced: 0, derived: 1, estimated: 2, cluster: 3 };

/**
 * The entities sorted worst position first: the largest stated accuracy
 * radius, then the weaker method, then by id (a stable order for a stable list).
 * `chain` keeps one chain's only (null: all).
 */
export function worstFirst(
	entities: readonly AtlasEntity[],
	chain: string | null = null
): AtlasEntity[] {
	return entities
		.filter((e) => chain === null || e.chain === chain)
		.sort(
			(a, b) =>
				b.position.accuracy_m - a.position.accuracy_m ||
				RANK[b.position.method] - RANK[a.position.method] ||
				a.id.localeCompare(b.id)
		);
}

/** How many positions each method gave, in the schema's order (best first), zeros included. */
export function methodCounts(entities: readonly AtlasEntity[]): Array<[PositionMethod, number]> {
	return POSITION_METHODS.map((m) => [m, entities.filter((e) => e.position.method === m).length]);
}

/** What to search a web map for: the name and, when known, the district it lies in. */
export function searchQuery(name: string, district: string | null): string {
	return district && !name.includes(district) ? `${district} ${name}` : name;
}

/** Amap's search for a text (opens in Amap's site; no request from the atlas itself). */
export function amapSearchUrl(query: string): string {
	return `https://www.amap.com/search?query=${encodeURIComponent(query)}`;
}

/** Baidu Maps' search for a text. */
export function baiduSearchUrl(query: string): string {
	return `https://map.baidu.com/search/${encodeURIComponent(query)}`;
}
