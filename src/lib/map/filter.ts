/**
 * The user's filter as a MapLibre filter expression over the flat render
 * properties (see RenderProps), so the map hides non-matching features on the
 * GPU side without rebuilding any source.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { OUTSIDE_AREAS, roadTimeProperty, type Filter } from '$lib/data/query';
import { FILTER_LAYERS } from './layers';

/**
 * The filters the adapter applies, by kind of layer (see the registry's
 * FILTER_LAYERS): `match` shows what passes; `context` also keeps the planning
 * areas the user chose, so a ticked area's outline and name stay even when the
 * area itself does not match (e.g. a chain filter on a logistics area).
 */
export type LayerFilters = {
	match: FilterSpecification | null;
	context: FilterSpecification | null;
};

/**
 * `universe`: the ids of every entity the filtered layers draw; with it a
 * keyword match of most of them is written as the few it leaves out.
 */
export function layerFilters(f: Filter, universe?: readonly string[]): LayerFilters {
	const match = filterExpression(f, universe);
	const named = f.areas.filter((a) => a !== OUTSIDE_AREAS);
	const context =
		match && named.length
			? (['any', match, ['in', ['get', 'id'], ['literal', named]]] as FilterSpecification)
			: match;
	return { match, context };
}

/** Each filtered map layer with the filter it takes (see the registry's FILTER_LAYERS). */
export function filtersByLayer(filters: LayerFilters): Map<string, FilterSpecification | null> {
	return new Map(
		(['match', 'context'] as const).flatMap((kind) =>
			FILTER_LAYERS[kind].map((layer) => [layer, filters[kind]] as const)
		)
	);
}

/**
 * True for the features whose `id` property is one of `ids`. A `match`, not
 * `['in', id, ['literal', ids]]`: MapLibre looks a match label up in a hash
 * (one lookup per feature) where `in` scans the whole array for every
 * feature. Given the `universe` of ids drawn, a set holding more than half of
 * it is written as its complement, so the expression never holds more than
 * half the ids however broad the match.
 */
export function idsExpression(
	ids: ReadonlySet<string>,
	universe?: readonly string[]
): FilterSpecification {
	if (universe && ids.size > universe.length / 2) {
		const others = universe.filter((id) => !ids.has(id));
		return others.length ? ['match', ['get', 'id'], others, false, true] : true;
	}
	return ids.size ? ['match', ['get', 'id'], [...ids], true, false] : false;
}

export function filterExpression(
	f: Filter,
	universe?: readonly string[]
): FilterSpecification | null {
	const parts: unknown[] = [];
	if (f.chains.length) parts.push(['in', ['get', 'chain'], ['literal', f.chains]]);
	if (f.statuses.length) parts.push(['in', ['get', 'status'], ['literal', f.statuses]]);
	if (f.kinds.length) parts.push(['in', ['get', 'kind'], ['literal', f.kinds]]);
	if (f.areas.length) {
		// `areas` is '|a|b|' ('' outside every area): a substring test per chosen
		// area. A planning area is in itself (as facetValues says).
		const named = f.areas.filter((a) => a !== OUTSIDE_AREAS);
		parts.push([
			'any',
			...named.map((a) => ['in', `|${a}|`, ['get', 'areas']]),
			...(named.length
				? [['all', ['==', ['get', 'kind'], 'zone'], ['in', ['get', 'id'], ['literal', named]]]]
				: []),
			...(f.areas.includes(OUTSIDE_AREAS)
				? [['all', ['==', ['get', 'areas'], ''], ['!=', ['get', 'kind'], 'zone']]]
				: [])
		]);
	}
	if (f.districts.length) parts.push(['in', ['get', 'district'], ['literal', f.districts]]);
	if (f.reach) {
		// an entity no road reaches has no such property: never within
		const property = roadTimeProperty(f.reach.role);
		parts.push(['all', ['has', property], ['<=', ['get', property], f.reach.minutes * 60]]);
	}
	if (f.textIds) parts.push(idsExpression(f.textIds, universe));
	if (parts.length === 0) return null;
	return ['all', ...parts] as FilterSpecification;
}
