import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import { LABEL_ANCHORS, PALETTE, TEXT_FONT, hovered, selected } from './common';
import type { LayerGroup } from './types';

/** The sources of the user's imported sites: points, and polygons (map/user-sites.ts fills them). */
export const USER_SOURCE = 'user';
export const USER_AREA_SOURCE = 'user-area';

/**
 * A source for user sites: one feature per site id, so that it can be filled
 * a slice at a time with `updateData`.
 */
const userSource = (): GeoJSONSourceSpecification => ({
	type: 'geojson',
	data: { type: 'FeatureCollection', features: [] },
	promoteId: 'id'
});

/**
 * The user's imported sites, each layer in its own colour (the `color`
 * property). Polygons as tinted areas with an outline; see `user` for points.
 */
export const userAreas: LayerGroup = {
	id: USER_AREA_SOURCE,
	source: userSource,
	layers: () => [
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
		}
	]
};

/**
 * Every imported site's point, as a square-in-ring (a dark ring tells them
 * from the dataset's white-ringed markers), labelled from zoom 11.
 */
export const user: LayerGroup = {
	id: USER_SOURCE,
	source: userSource,
	layers: ({ name, width }) => [
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
