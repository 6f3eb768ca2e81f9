import { PALETTE, TEXT_FONT } from './common';
import type { LayerGroup } from './types';

/** Metro lines in their own colours, and stations from street zooms. */
export const metro: LayerGroup = {
	id: 'metro',
	data: 'metro',
	legend: { order: 4, swatch: { shape: 'line', stroke: '#8e44ad' } },
	layers: ({ name }) => [
		{
			slot: 'transit',
			spec: {
				id: 'metro-line',
				type: 'line',
				filter: ['==', ['get', 'type'], 'line'],
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': ['coalesce', ['get', 'color'], '#888888'],
					'line-width': 2,
					'line-opacity': 0.55
				}
			}
		},
		{
			slot: 'transit',
			spec: {
				id: 'metro-station',
				type: 'circle',
				minzoom: 11,
				filter: ['==', ['get', 'type'], 'station'],
				paint: {
					'circle-radius': 3,
					'circle-color': PALETTE.halo,
					'circle-stroke-color': PALETTE.muted,
					'circle-stroke-width': 1
				}
			}
		},
		{
			slot: 'base-label',
			label: true,
			spec: {
				id: 'metro-label',
				type: 'symbol',
				minzoom: 12.5,
				filter: ['==', ['get', 'type'], 'station'],
				layout: {
					'text-field': name,
					'text-font': TEXT_FONT,
					'text-size': 11,
					'text-offset': [0, 0.8],
					'text-anchor': 'top',
					'text-optional': true
				},
				paint: {
					'text-color': PALETTE.muted,
					'text-halo-color': PALETTE.halo,
					'text-halo-width': 1
				}
			}
		}
	]
};
