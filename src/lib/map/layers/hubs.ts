import { LABEL_ANCHORS, PALETTE, TEXT_FONT_BOLD, hovered, selected } from './common';
import type { LayerGroup } from './types';

/**
 * Hubs and landmarks (airport, rail terminal, district seat …): context that
 * stays whatever the filter, so a filtered map still shows where things are.
 */
export const hubs: LayerGroup = {
	id: 'hubs',
	data: 'hubs',
	entities: true,
	legend: { order: 1, swatch: { shape: 'dot', fill: PALETTE.hub } },
	layers: ({ name, width }) => [
		{
			slot: 'point',
			interactive: true,
			overlay: true,
			spec: {
				id: 'hubs-circle',
				type: 'circle',
				paint: {
					'circle-radius': ['case', hovered, 9, selected, 9, 7],
					'circle-color': ['case', ['get', 'approx'], PALETTE.halo, PALETTE.hub],
					'circle-stroke-color': ['case', ['get', 'approx'], PALETTE.hub, PALETTE.halo],
					'circle-stroke-width': ['case', selected, 3.5, 2.5]
				}
			}
		},
		{
			slot: 'hub-label',
			label: true,
			overlay: true,
			spec: {
				id: 'hubs-label',
				type: 'symbol',
				layout: {
					'text-field': name,
					'text-font': TEXT_FONT_BOLD,
					'text-size': 13,
					'text-max-width': width(8),
					'text-variable-anchor': LABEL_ANCHORS,
					'text-radial-offset': 1.1,
					'text-justify': 'auto'
				},
				paint: { 'text-color': PALETTE.hub, 'text-halo-color': PALETTE.halo, 'text-halo-width': 2 }
			}
		}
	]
};
