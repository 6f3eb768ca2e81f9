import type { FeatureCollection } from 'geojson';
import type { AtlasEntity } from '$lib/data/atlas';
import { accuracyCircle } from '$lib/geo/accuracy';
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

/**
 * What the selection source holds for an entity: the ring of its accuracy
 * when its position is approximate. An entity drawn as an area (a coarse
 * position) is highlighted as that area, and a sourced pin needs no ring.
 */
export function selectionRing(entity: AtlasEntity | undefined): FeatureCollection {
	const ringed =
		entity && !entity.area && (entity.position.method !== 'sourced' || entity.kind === 'zone');
	return {
		type: 'FeatureCollection',
		features: ringed
			? [accuracyCircle(entity.point, entity.position.accuracy_m, { role: 'accuracy' })]
			: []
	};
}
