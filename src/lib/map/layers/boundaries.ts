import type { ExpressionSpecification } from 'maplibre-gl';
import { PALETTE } from './common';
import type { LayerGroup } from './types';

const isZone: ExpressionSpecification = ['==', ['get', 'role'], 'zone'];

/** The zone's own district (light, outlined) and its neighbours (grey, for context); names in ./area-labels. */
export const boundaries: LayerGroup = {
	id: 'boundaries',
	data: 'boundaries',
	attribution: true,
	legend: { order: 6, swatch: { shape: 'area', fill: PALETTE.zone, stroke: PALETTE.zoneLine } },
	layers: () => [
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
		}
	]
};
