import type { ExpressionSpecification } from 'maplibre-gl';
import { PALETTE, TEXT_FONT, TEXT_FONT_BOLD } from './common';
import type { LayerGroup } from './types';

const WATER_INK = '#3f6f91';
const isZone: ExpressionSpecification = ['==', ['get', 'role'], 'zone'];
const isLake: ExpressionSpecification = ['==', ['get', 'role'], 'lake'];

const districtLayout = (name: ExpressionSpecification, maxWidth: number, size: number) => ({
	'text-field': name,
	'text-font': TEXT_FONT_BOLD,
	'text-size': size,
	'text-letter-spacing': 0.1,
	'text-max-width': maxWidth
});
const districtPaint = (color: string) => ({
	'text-color': color,
	'text-halo-color': PALETTE.halo,
	'text-halo-width': 1.5,
	'text-opacity': 0.85
});

/**
 * District and lake names, from one point per area made at build time
 * (index.labels). Labelling the polygons themselves names an area once per
 * part and once per tile: 东西湖区 twice at z11.5, 汉阳区 twice on a phone.
 */
export const areaLabels: LayerGroup = {
	id: 'area-labels',
	source: (index) => (index.labels ? { type: 'geojson', data: index.labels } : null),
	layers: ({ name, width }) => [
		{
			slot: 'district-label',
			label: true,
			toggle: 'boundaries',
			spec: {
				id: 'boundaries-label',
				type: 'symbol',
				// District names matter zoomed out; at street zooms they would float in the middle of nowhere.
				maxzoom: 12,
				filter: ['==', ['get', 'role'], 'neighbour'],
				layout: districtLayout(name, width(6), 13),
				paint: districtPaint(PALETTE.muted)
			}
		},
		{
			// The zone's own name is placed first (topmost slot): the data labels around it give way.
			slot: 'zone-label',
			label: true,
			toggle: 'boundaries',
			spec: {
				id: 'zone-label',
				type: 'symbol',
				maxzoom: 12,
				filter: isZone,
				layout: districtLayout(name, width(6), 16),
				paint: districtPaint(PALETTE.zoneLine)
			}
		},
		{
			slot: 'base-label',
			label: true,
			toggle: 'water',
			spec: {
				id: 'water-label-area',
				type: 'symbol',
				minzoom: 11,
				filter: isLake,
				layout: { 'text-field': name, 'text-font': TEXT_FONT, 'text-size': 12 },
				paint: { 'text-color': WATER_INK, 'text-halo-color': PALETTE.halo, 'text-halo-width': 1 }
			}
		}
	]
};
