/**
 * The user's filter as a MapLibre filter expression over the flat render
 * properties (see RenderProps), so the map hides non-matching features on the
 * GPU side without rebuilding any source.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { Filter } from '$lib/state/filters';

/** Layers whose features are entities and follow the filter. */
export const FILTERED_LAYERS = [
	'facilities-circle',
	'facilities-label',
	'hubs-circle',
	'hubs-label',
	'parks-fill',
	'parks-line',
	'zones-fill',
	'zones-line',
	'zones-label'
];

export function filterExpression(f: Filter): FilterSpecification | null {
	const parts: unknown[] = [];
	if (f.chains.length) parts.push(['in', ['get', 'chain'], ['literal', f.chains]]);
	if (f.statuses.length) parts.push(['in', ['get', 'status'], ['literal', f.statuses]]);
	if (f.kinds.length) parts.push(['in', ['get', 'kind'], ['literal', f.kinds]]);
	if (f.areas.length) {
		// `areas` is '|a|b|': a substring test per chosen area, any of them.
		parts.push(['any', ...f.areas.map((a) => ['in', `|${a}|`, ['get', 'areas']])]);
	}
	if (f.districts.length) parts.push(['in', ['get', 'district'], ['literal', f.districts]]);
	if (f.textIds) parts.push(['in', ['get', 'id'], ['literal', [...f.textIds].sort()]]);
	if (parts.length === 0) return null;
	return ['all', ...parts] as FilterSpecification;
}
