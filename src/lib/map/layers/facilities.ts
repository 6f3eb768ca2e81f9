import { LABEL_ANCHORS, PALETTE, TEXT_FONT, hovered, selected } from './common';
import { CHAIN_SYMBOL_PREFIX } from './chain-symbols';
import { LABELS_PER_TILE, SYMBOLS_PER_TILE } from '$lib/geo/density';
import type { LayerGroup } from './types';

/** Enterprises, parks, projects and institutions as points coloured by chain; hollow when approximate. */
export const facilities: LayerGroup = {
	id: 'facilities',
	data: 'facilities',
	entities: true,
	legend: { order: 0, swatch: { shape: 'dot', fill: '#0072b2' }, chains: true },
	layers: ({ name, color, width, denseFrom }) => [
		{
			slot: 'point',
			interactive: true,
			filter: 'match',
			overlay: true,
			spec: {
				id: 'facilities-circle',
				type: 'circle',
				paint: {
					'circle-radius': [
						'interpolate',
						['linear'],
						['zoom'],
						9,
						['case', hovered, 7, selected, 7, 4.5],
						14,
						['case', hovered, 11, selected, 11, 8]
					],
					// Approximate positions are hollow: white fill, chain-coloured ring.
					'circle-color': ['case', ['get', 'approx'], PALETTE.halo, color],
					'circle-stroke-color': ['case', ['get', 'approx'], color, PALETTE.halo],
					'circle-stroke-width': ['case', selected, 3.5, ['get', 'approx'], 2.5, 1.5]
				}
			}
		},
		{
			// The chain's shape inside the marker (images made by map/chain-images.ts on demand),
			// so that the chain is never told by colour alone.
			slot: 'point',
			filter: 'match',
			overlay: true,
			spec: {
				id: 'facilities-symbol',
				type: 'symbol',
				// tens of thousands of markers: the shapes from the zoom where a tile holds 2,000
				minzoom: denseFrom(SYMBOLS_PER_TILE),
				layout: {
					'icon-image': [
						'case',
						['==', ['typeof', ['get', 'chain']], 'string'],
						['concat', CHAIN_SYMBOL_PREFIX, ['get', 'chain']],
						''
					],
					'icon-size': ['interpolate', ['linear'], ['zoom'], 9, 0.42, 14, 0.78],
					'icon-allow-overlap': true,
					'icon-ignore-placement': true
				},
				// white on a filled marker, the chain's colour on a hollow (approximate) one
				paint: { 'icon-color': ['case', ['get', 'approx'], color, PALETTE.halo] }
			}
		},
		{
			slot: 'point-label',
			label: true,
			filter: 'match',
			overlay: true,
			spec: {
				id: 'facilities-label',
				type: 'symbol',
				minzoom: Math.max(11.5, denseFrom(LABELS_PER_TILE)),
				layout: {
					'text-field': name,
					'text-font': TEXT_FONT,
					'text-size': 12,
					'text-max-width': width(8),
					// Markers a few hundred metres apart: a label that does not fit below its
					// marker tries the other sides before it is left out.
					'text-variable-anchor': LABEL_ANCHORS,
					'text-radial-offset': 0.9,
					'text-justify': 'auto',
					'text-padding': 1,
					'text-optional': true,
					// Short labels are placed first: a long one has more sides it can move to.
					'symbol-sort-key': ['length', name]
				},
				paint: {
					'text-color': PALETTE.ink,
					'text-halo-color': PALETTE.halo,
					'text-halo-width': 1.5
				}
			}
		}
	]
};
