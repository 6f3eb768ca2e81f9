import { PALETTE, TEXT_FONT } from './common';
import type { LayerGroup } from './types';

const WATER_INK = '#3f6f91';

/** Rivers (lines) and lakes (polygons); lake names in ./area-labels. */
export const water: LayerGroup = {
	id: 'water',
	data: 'water',
	legend: { order: 5, swatch: { shape: 'area', fill: PALETTE.water } },
	layers: ({ name }) => [
		{
			slot: 'water',
			spec: {
				id: 'water-fill',
				type: 'fill',
				filter: ['==', ['geometry-type'], 'Polygon'],
				paint: { 'fill-color': PALETTE.water, 'fill-outline-color': PALETTE.waterLine }
			}
		},
		{
			slot: 'water',
			spec: {
				id: 'water-line',
				type: 'line',
				filter: ['==', ['geometry-type'], 'LineString'],
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: {
					'line-color': PALETTE.water,
					'line-width': ['interpolate', ['linear'], ['zoom'], 8, 2, 13, 10]
				}
			}
		},
		{
			slot: 'base-label',
			label: true,
			spec: {
				id: 'water-label',
				type: 'symbol',
				minzoom: 10,
				filter: ['==', ['geometry-type'], 'LineString'],
				layout: {
					'text-field': name,
					'text-font': TEXT_FONT,
					'text-size': 12,
					'symbol-placement': 'line'
				},
				paint: { 'text-color': WATER_INK, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1 }
			}
		}
	]
};
