import { PALETTE } from './common';
import type { LayerGroup } from './types';

/** The accuracy ring of the selected feature (its source is filled by the adapter). */
export const selection: LayerGroup = {
	id: 'selection',
	layers: () => [
		{
			slot: 'selection',
			overlay: true,
			spec: {
				id: 'selection-ring-fill',
				type: 'fill',
				filter: ['==', ['get', 'role'], 'accuracy'],
				paint: { 'fill-color': PALETTE.ink, 'fill-opacity': 0.06 }
			}
		},
		{
			slot: 'selection',
			overlay: true,
			spec: {
				id: 'selection-ring-line',
				type: 'line',
				filter: ['==', ['get', 'role'], 'accuracy'],
				paint: { 'line-color': PALETTE.ink, 'line-width': 1.5, 'line-dasharray': [2, 2] }
			}
		}
	]
};
