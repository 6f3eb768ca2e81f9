import { LABEL_ANCHORS, PALETTE, TEXT_FONT, hovered, selected } from './common';
import type { LayerGroup } from './types';

/** The source of the user's imported sites (map/user-sites.ts fills it). */
export const USER_SOURCE = 'user';

/**
 * The user's imported sites, each layer in its own colour (the `color`
 * property): points as squares-in-rings (a dark ring tells them from the
 * dataset's white-ringed markers), polygons as tinted areas with an outline.
 */
export const user: LayerGroup = {
	id: USER_SOURCE,
	source: () => ({
		type: 'geojson',
		data: { type: 'FeatureCollection', features: [] },
		promoteId: 'id'
	}),
	layers: ({ name, width }) => [
		{
			slot: 'park-area',
			interactive: true,
			overlay: true,
			spec: {
				id: 'user-fill',
				type: 'fill',
				filter: ['==', ['geometry-type'], 'Polygon'],
				paint: {
					'fill-color': ['get', 'color'],
					'fill-opacity': ['case', hovered, 0.35, selected, 0.35, 0.18]
				}
			}
		},
		{
			slot: 'park-area',
			overlay: true,
			spec: {
				id: 'user-line',
				type: 'line',
				filter: ['==', ['geometry-type'], 'Polygon'],
				paint: {
					'line-color': ['get', 'color'],
					'line-width': ['case', selected, 3.5, 2],
					'line-dasharray': [3, 1.5]
				}
			}
		},
		{
			slot: 'point',
			interactive: true,
			overlay: true,
			spec: {
				id: 'user-circle',
				type: 'circle',
				filter: ['==', ['geometry-type'], 'Point'],
				paint: {
					'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 5, 14, 9],
					'circle-color': ['get', 'color'],
					'circle-stroke-color': ['case', selected, PALETTE.ink, hovered, PALETTE.ink, '#1b1b1b'],
					'circle-stroke-width': ['case', selected, 4, hovered, 3.5, 2.5]
				}
			}
		},
		{
			slot: 'point-label',
			label: true,
			overlay: true,
			spec: {
				id: 'user-label',
				type: 'symbol',
				minzoom: 11,
				layout: {
					'text-field': name,
					'text-font': TEXT_FONT,
					'text-size': 12,
					'text-max-width': width(8),
					'text-variable-anchor': LABEL_ANCHORS,
					'text-radial-offset': 1,
					'text-justify': 'auto',
					'text-optional': true
				},
				paint: {
					'text-color': ['get', 'color'],
					'text-halo-color': PALETTE.halo,
					'text-halo-width': 1.8
				}
			}
		}
	]
};
