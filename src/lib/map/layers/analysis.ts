import type { ExpressionSpecification } from 'maplibre-gl';
import { PALETTE, TEXT_FONT_BOLD } from './common';
import { notRouting, routingLayers } from './routing';
import type { LayerGroup } from './types';

const INK = PALETTE.analysis;
/** a label that stands at a vertex it names (a measured line's total at its end) */
const atVertex: ExpressionSpecification = ['==', ['get', 'at'], 'vertex'];

/** What the analysis tools draw: radius circles, picked areas, segments, labels, routes, isochrones. */
export const analysis: LayerGroup = {
	id: 'analysis',
	layers: () => [
		{
			slot: 'analysis',
			overlay: true,
			spec: {
				id: 'analysis-fill',
				type: 'fill',
				filter: ['all', notRouting, ['==', ['geometry-type'], 'Polygon']],
				paint: { 'fill-color': INK, 'fill-opacity': 0.08 }
			}
		},
		{
			slot: 'analysis',
			overlay: true,
			spec: {
				id: 'analysis-line',
				type: 'line',
				filter: notRouting,
				paint: {
					'line-color': INK,
					'line-width': ['case', ['==', ['get', 'role'], 'segment'], 3, 2],
					'line-dasharray': [2, 1.5]
				}
			}
		},
		{
			slot: 'analysis',
			overlay: true,
			spec: {
				id: 'analysis-point',
				type: 'circle',
				filter: ['all', notRouting, ['==', ['geometry-type'], 'Point']],
				paint: {
					'circle-radius': 6,
					'circle-color': INK,
					'circle-stroke-color': PALETTE.halo,
					'circle-stroke-width': 2
				}
			}
		},
		{
			slot: 'analysis-label',
			overlay: true,
			spec: {
				id: 'analysis-label',
				type: 'symbol',
				filter: ['all', notRouting, ['has', 'label']],
				layout: {
					'text-field': ['get', 'label'],
					'text-font': TEXT_FONT_BOLD,
					'text-size': 13,
					'symbol-placement': 'point',
					// A line's total sits at its end vertex: beside it, up and to the right, not under it.
					'text-anchor': ['case', atVertex, 'bottom-left', 'center'],
					'text-offset': ['case', atVertex, ['literal', [0.7, -0.5]], ['literal', [0, 0]]],
					'text-allow-overlap': true
				},
				paint: { 'text-color': INK, 'text-halo-color': PALETTE.halo, 'text-halo-width': 2 }
			}
		},
		...routingLayers()
	]
};
