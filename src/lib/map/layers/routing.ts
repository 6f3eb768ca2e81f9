/**
 * Road routes and isochrones, drawn from the analysis source (features with
 * role 'route', 'route-connector', 'route-end', 'isochrone',
 * 'isochrone-origin'): the route as a cased blue line, its straight legs
 * dashed, the ends as A and B; isochrone bands as nested tints, the shortest
 * time darkest.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { PALETTE, TEXT_FONT_BOLD } from './common';
import type { MapLayerDef } from './types';

/** The analysis roles this file draws (the generic analysis layers leave them alone). */
export const ROUTING_ROLES = [
	'route',
	'route-connector',
	'route-end',
	'isochrone',
	'isochrone-origin'
] as const;

export const ROUTE_COLOR = '#1d4ed8';

/** Band colours by minutes, shortest first (ColorBrewer YlGnBu, reversed). */
export const ISOCHRONE_COLORS: ReadonlyArray<readonly [number, string]> = [
	[5, '#225ea8'],
	[10, '#1d91c0'],
	[15, '#41b6c4'],
	[20, '#7fcdbb'],
	[30, '#c7e9b4']
];

const role = (r: (typeof ROUTING_ROLES)[number]): FilterSpecification => ['==', ['get', 'role'], r];

const bandColor = [
	'step',
	['get', 'minutes'],
	ISOCHRONE_COLORS[0]![1],
	...ISOCHRONE_COLORS.slice(1).flatMap(([, c], k) => [ISOCHRONE_COLORS[k]![0] + 0.001, c])
] as unknown as ExpressionSpecification;

/** A filter for the generic analysis layers: everything but the routing roles. */
export const notRouting: ExpressionSpecification = [
	'!',
	['in', ['coalesce', ['get', 'role'], ''], ['literal', [...ROUTING_ROLES]]]
];

export function routingLayers(): MapLayerDef[] {
	return [
		{
			slot: 'analysis',
			overlay: true,
			spec: {
				id: 'isochrone-fill',
				type: 'fill',
				filter: role('isochrone'),
				// five bands overlap at the origin: 1 - 0.86^5 ≈ 53 % there, 14 % in the outer band
				paint: { 'fill-color': bandColor, 'fill-opacity': 0.14 }
			}
		},
		{
			slot: 'analysis',
			overlay: true,
			spec: {
				id: 'isochrone-line',
				type: 'line',
				filter: role('isochrone'),
				paint: { 'line-color': bandColor, 'line-width': 1.2 }
			}
		},
		{
			slot: 'analysis',
			overlay: true,
			spec: {
				id: 'route-casing',
				type: 'line',
				filter: role('route'),
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: { 'line-color': PALETTE.halo, 'line-width': 8 }
			}
		},
		{
			slot: 'analysis',
			overlay: true,
			spec: {
				id: 'route-line',
				type: 'line',
				filter: role('route'),
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: { 'line-color': ROUTE_COLOR, 'line-width': 4.5 }
			}
		},
		{
			slot: 'analysis',
			overlay: true,
			spec: {
				id: 'route-connector',
				type: 'line',
				filter: role('route-connector'),
				paint: { 'line-color': ROUTE_COLOR, 'line-width': 2.5, 'line-dasharray': [1, 1.5] }
			}
		},
		{
			slot: 'analysis',
			overlay: true,
			spec: {
				id: 'route-end',
				type: 'circle',
				filter: ['any', role('route-end'), role('isochrone-origin')] as FilterSpecification,
				paint: {
					'circle-radius': 10,
					'circle-color': ROUTE_COLOR,
					'circle-stroke-color': PALETTE.halo,
					'circle-stroke-width': 2
				}
			}
		},
		{
			slot: 'analysis-label',
			overlay: true,
			spec: {
				id: 'route-end-label',
				type: 'symbol',
				filter: role('route-end'),
				layout: {
					'text-field': ['get', 'label'],
					'text-font': TEXT_FONT_BOLD,
					'text-size': 13,
					'text-allow-overlap': true,
					'text-ignore-placement': true
				},
				paint: { 'text-color': PALETTE.halo }
			}
		}
	];
}
