import type { ExpressionSpecification } from 'maplibre-gl';
import { PALETTE, TEXT_FONT_BOLD } from './common';
import type { LayerGroup } from './types';

const isZone: ExpressionSpecification = ['==', ['get', 'role'], 'zone'];

/** The zone's own district (light, outlined) and its neighbours (grey, for context). */
export const boundaries: LayerGroup = {
	id: 'boundaries',
	data: 'boundaries',
	attribution: true,
	legend: { order: 6, swatch: { shape: 'area', fill: PALETTE.zone, stroke: PALETTE.zoneLine } },
	layers: ({ name }) => [
		{
			slot: 'land',
			spec: {
				id: 'boundaries-fill',
				type: 'fill',
				paint: { 'fill-color': ['case', isZone, PALETTE.zone, PALETTE.neighbour] }
			}
		},
		{
			slot: 'base-line',
			spec: {
				id: 'boundaries-line',
				type: 'line',
				filter: ['!', isZone],
				paint: { 'line-color': PALETTE.neighbourLine, 'line-width': 1 }
			}
		},
		{
			slot: 'zone-outline',
			overlay: true,
			spec: {
				id: 'boundaries-zone-line',
				type: 'line',
				filter: isZone,
				layout: { 'line-join': 'round' },
				paint: { 'line-color': PALETTE.zoneLine, 'line-width': 2.5 }
			}
		},
		{
			slot: 'district-label',
			label: true,
			spec: {
				id: 'boundaries-label',
				type: 'symbol',
				// Polygon labels repeat per tile when zoomed in; district names matter when zoomed out.
				maxzoom: 12,
				layout: {
					'text-field': name,
					'text-font': TEXT_FONT_BOLD,
					'text-size': ['case', isZone, 16, 13],
					'text-letter-spacing': 0.1
				},
				paint: {
					'text-color': ['case', isZone, PALETTE.zoneLine, PALETTE.muted],
					'text-halo-color': PALETTE.halo,
					'text-halo-width': 1.5,
					'text-opacity': 0.85
				}
			}
		}
	]
};
