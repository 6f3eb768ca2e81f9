/** Selecting and paging the items of a collection: bbox, the atlas filters, offset and limit. */
import { boxesOverlap, geometryIntersectsBox } from '../../geo/bbox-intersects';
import type { OgcCollection, OgcFeature, OgcItem } from './collections';
import type { ItemsQuery } from './params';

export type ItemsPage = {
	/** how many features the bbox and filters select, over all pages */
	numberMatched: number;
	/** the features of this page, in collection order */
	features: OgcFeature[];
};

function matches(item: OgcItem, query: ItemsQuery): boolean {
	for (const [name, wanted] of Object.entries(query.filters)) {
		const has = item.keys[name as keyof OgcItem['keys']] ?? [];
		if (!wanted.some((v) => has.includes(v))) return false;
	}
	if (!query.bbox) return true;
	return query.bbox.some(
		(box) => boxesOverlap(item.box, box) && geometryIntersectsBox(item.feature.geometry, box)
	);
}

/** The page `query` asks for; an offset past the end gives an empty page, not an error. */
export function selectItems(collection: OgcCollection, query: ItemsQuery): ItemsPage {
	const selected = collection.items.filter((item) => matches(item, query));
	return {
		numberMatched: selected.length,
		features: selected.slice(query.offset, query.offset + query.limit).map((i) => i.feature)
	};
}
