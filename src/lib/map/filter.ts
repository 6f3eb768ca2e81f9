/**
 * The user's filter as a MapLibre filter expression over the flat render
 * properties (see RenderProps), so the map hides non-matching features on the
 * GPU side without rebuilding any source.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { OUTSIDE_AREAS, type Filter } from '$lib/state/filters';

/**
 * Layers whose features are entities and follow the filter. Hubs and
 * landmarks (the hubs layer) are context: they stay whatever the filter, so a
 * filtered map still shows the airport and the rail terminal.
 */
export const FILTERED_LAYERS = [
	'facilities-circle',
	'facilities-label',
	'parks-fill',
	'parks-line',
	'zones-fill'
];

/**
 * Layers that also keep the planning areas the user chose as context: a
 * ticked area's outline and name stay even when the area itself does not
 * match (e.g. a chain filter on a logistics area).
 */
export const AREA_CONTEXT_LAYERS = ['zones-line', 'zones-label'];

export type LayerFilters = Record<string, FilterSpecification | null>;

/** The filter of every filtered layer, for the adapter to apply as is. */
export function layerFilters(f: Filter): LayerFilters {
	const matching = filterExpression(f);
	const out: LayerFilters = Object.fromEntries(FILTERED_LAYERS.map((l) => [l, matching]));
	const context =
		matching && f.areas.length
			? (['any', matching, ['in', ['get', 'id'], ['literal', [...f.areas]]]] as FilterSpecification)
			: matching;
	for (const l of AREA_CONTEXT_LAYERS) out[l] = context;
	return out;
}

export function filterExpression(f: Filter): FilterSpecification | null {
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
	if (f.textIds) parts.push(['in', ['get', 'id'], ['literal', [...f.textIds].sort()]]);
	if (parts.length === 0) return null;
	return ['all', ...parts] as FilterSpecification;
}
