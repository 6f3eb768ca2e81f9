import { PALETTE, TEXT_FONT, hovered, selected } from './common';
import type { LayerGroup } from './types';

/** Planning areas: a dashed outline over a light tint, named from mid zooms. */
export const zones: LayerGroup = {
	id: 'zones',
	data: 'zones',
	entities: true,
	legend: {
		order: 3,
		swatch: { shape: 'area', fill: 'rgb(109 91 208 / 0.1)', stroke: PALETTE.planning, dashed: true }
	},
	layers: ({ name, width }) => [
		{
			slot: 'planning-area',
			interactive: true,
			filter: 'match',
			overlay: true,
			spec: {
				id: 'zones-fill',
				type: 'fill',
				paint: {
					'fill-color': PALETTE.planning,
					'fill-opacity': ['case', selected, 0.22, hovered, 0.16, 0.08]
				}
			}
		},
		{
			slot: 'planning-area',
			filter: 'context',
			overlay: true,
			spec: {
				id: 'zones-line',
				type: 'line',
				paint: {
					'line-color': PALETTE.planning,
					'line-width': ['case', selected, 2.5, 1.5],
					'line-dasharray': [3, 2]
				}
			}
		},
		{
			slot: 'area-label',
			label: true,
			filter: 'context',
			overlay: true,
			spec: {
				id: 'zones-label',
				type: 'symbol',
				minzoom: 10.5,
				layout: {
					'text-field': name,
					'text-font': TEXT_FONT,
					'text-size': 12,
					'text-max-width': width(8)
				},
				paint: {
					'text-color': PALETTE.planning,
					'text-halo-color': PALETTE.halo,
					'text-halo-width': 1.5
				}
			}
		}
	]
};
