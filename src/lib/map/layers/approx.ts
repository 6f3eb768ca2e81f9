import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { t, type Lang } from '$lib/i18n/messages';
import { PALETTE, TEXT_FONT, hovered, selected, template } from './common';
import type { LayerGroup } from './types';

const isArea: FilterSpecification = ['==', ['get', 'role'], 'area'];
const isLabel: FilterSpecification = ['==', ['get', 'role'], 'label'];

/** The approx layers with their own filters (area or label), for the area filter. */
const APPROX_LAYERS: ReadonlyArray<[string, FilterSpecification]> = [
	['approx-fill', isArea],
	['approx-line', isArea],
	['approx-label', isLabel]
];

/**
 * The filter of each approx layer that shows only the areas in `ids` (the
 * areas with a member passing the user's filter); null shows them all.
 */
export function approxFilters(ids: readonly string[] | null): Array<[string, FilterSpecification]> {
	return APPROX_LAYERS.map(([layer, base]) => [
		layer,
		ids
			? (['all', base, ['in', ['get', 'id'], ['literal', [...ids]]]] as FilterSpecification)
			: base
	]);
}

/** An area's name as the map labels it, on one line, in `lang` (a chooser's heading). */
export function approxAreaName(props: Record<string, unknown>, lang: Lang): string | null {
	if (typeof props.members !== 'string' || props.kind !== 'cluster') return null;
	const chain = props[`chain_${lang}`];
	const n = String(props.count);
	const text = chain
		? t(lang, 'approxCluster', { chain: String(chain), n })
		: t(lang, 'approxClusterMixed', { n });
	return text.replace(/\n/g, ' · ');
}

/**
 * Positions too coarse for a pin (geo/position-area.ts), drawn as the area
 * they may lie in: a soft tint in the chain's colour with a faint dotted edge,
 * named at its centre ("智能制造 9 处 · 位置未公开"). Smaller areas lie on top,
 * so a click picks the most specific one. No marker: no point is claimed.
 */
export const approx: LayerGroup = {
	id: 'approx',
	data: 'approx',
	// feature ids are area ids: a cluster's, or the entity's own for a single position
	entities: true,
	legend: {
		order: 1,
		swatch: { shape: 'area', fill: 'rgb(96 125 139 / 0.16)', stroke: '#90a4ae', dashed: true }
	},
	layers: ({ lang, color, name, width }) => [
		{
			slot: 'approx-area',
			interactive: true,
			overlay: true,
			spec: {
				id: 'approx-fill',
				type: 'fill',
				filter: isArea,
				layout: { 'fill-sort-key': ['-', 0, ['get', 'accuracy_m']] },
				paint: {
					'fill-color': color,
					'fill-opacity': ['case', selected, 0.24, hovered, 0.16, 0.05]
				}
			}
		},
		{
			slot: 'approx-area',
			overlay: true,
			spec: {
				id: 'approx-line',
				type: 'line',
				filter: isArea,
				paint: {
					'line-color': color,
					'line-opacity': ['case', selected, 0.95, hovered, 0.8, 0.45],
					'line-width': ['case', selected, 2.5, 1],
					'line-dasharray': [1, 2]
				}
			}
		},
		{
			slot: 'area-label',
			label: true,
			interactive: true,
			overlay: true,
			spec: {
				id: 'approx-label',
				type: 'symbol',
				filter: isLabel,
				minzoom: 10,
				layout: {
					'text-field': areaLabel(lang, name),
					'text-font': TEXT_FONT,
					'text-size': ['case', ['==', ['get', 'kind'], 'cluster'], 12, 11],
					'text-max-width': width(9),
					'text-padding': 2,
					// a cluster's centre is often a park's: the name steps aside rather than vanish
					'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
					'text-radial-offset': 1.6,
					// the most specific (smallest) areas are named first
					'symbol-sort-key': ['get', 'accuracy_m']
				},
				paint: {
					'text-color': PALETTE.muted,
					'text-halo-color': PALETTE.halo,
					'text-halo-width': 1.5
				}
			}
		}
	]
};

/**
 * "智能制造 9 处 / 位置未公开" for a cluster of one chain, "9 处 / 位置未公开"
 * for a mixed one, "<name> / 位置约 ±2 km" for a single coarse position.
 */
function areaLabel(lang: Lang, name: ExpressionSpecification) {
	const n: ExpressionSpecification = ['to-string', ['get', 'count']];
	const chain: ExpressionSpecification = ['get', `chain_${lang}`];
	return [
		'case',
		['==', ['get', 'kind'], 'single'],
		template(t(lang, 'approxSingle'), { name, accuracy: ['get', 'accuracy'] }),
		['!=', ['get', 'chain'], ''],
		template(t(lang, 'approxCluster'), { chain, n }),
		template(t(lang, 'approxClusterMixed'), { n })
	] as ExpressionSpecification;
}
