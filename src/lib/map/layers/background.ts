import { PALETTE } from './common';
import type { LayerGroup } from './types';

/** The paper under everything (not a toggle). */
export const background: LayerGroup = {
	id: 'background',
	layers: () => [
		{
			slot: 'background',
			spec: { id: 'background', type: 'background', paint: { 'background-color': PALETTE.paper } }
		}
	]
};
