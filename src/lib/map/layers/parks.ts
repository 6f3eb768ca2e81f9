import { hovered, selected } from './common';
import type { LayerGroup } from './types';

/** Park footprints, tinted by industry chain. */
export const parks: LayerGroup = {
	id: 'parks',
	data: 'parks',
	entities: true,
	legend: { order: 2, swatch: { shape: 'area', fill: 'rgb(0 114 178 / 0.2)', stroke: '#0072b2' } },
	layers: ({ color }) => [
		{
			slot: 'park-area',
			interactive: true,
			filter: 'match',
			overlay: true,
			spec: {
				id: 'parks-fill',
				type: 'fill',
				paint: {
					'fill-color': color,
					'fill-opacity': ['case', selected, 0.35, hovered, 0.28, 0.16]
				}
			}
		},
		{
			slot: 'park-area',
			filter: 'match',
			overlay: true,
			spec: { id: 'parks-line', type: 'line', paint: { 'line-color': color, 'line-width': 1.5 } }
		}
	]
};
