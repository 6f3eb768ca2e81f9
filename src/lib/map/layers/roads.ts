import type { ExpressionSpecification } from 'maplibre-gl';
import { ROAD_CLASS_MINZOOM } from '$lib/data/atlas';
import { PALETTE, TEXT_FONT } from './common';
import type { LayerGroup, MapLayerDef } from './types';
import { attributionText } from '../attribution';

/**
 * The road network (OpenStreetMap, vector tiles cut at build time): a
 * hierarchy by class with casings, widths that grow with zoom, ramps lighter
 * and thinner, minor roads only from street zooms. Drawn above land and water,
 * below the data. Attribution "© OpenStreetMap contributors" rides on the
 * source, so it shows whenever roads are on the map.
 */
const CLASSES = ['motorway', 'trunk', 'primary', 'secondary', 'tertiary', 'minor'] as const;
type RoadClass = (typeof CLASSES)[number];

/** Fill colour, casing colour, width at z10 and z16 (px); the first zoom is ROAD_CLASS_MINZOOM. */
const STYLE: Record<RoadClass, { fill: string; casing: string; w10: number; w16: number }> = {
	motorway: { fill: '#e8a0a8', casing: '#c07580', w10: 1.6, w16: 11 },
	trunk: { fill: '#f4c09a', casing: '#c99470', w10: 1.4, w16: 10 },
	primary: { fill: '#f9dca0', casing: '#c9ab70', w10: 1.1, w16: 9 },
	secondary: { fill: '#fbf3c2', casing: '#c2b98a', w10: 0.8, w16: 8 },
	tertiary: { fill: '#ffffff', casing: '#c4bdb0', w10: 0.5, w16: 7 },
	minor: { fill: '#ffffff', casing: '#d3cdc2', w10: 0.3, w16: 5 }
};

const isRamp: ExpressionSpecification = ['boolean', ['get', 'ramp'], false];

function width(c: RoadClass, extra: number): ExpressionSpecification {
	const { w10, w16 } = STYLE[c];
	// Ramps are thinner; the casing is the fill plus `extra` px on each side.
	const at = (w: number): ExpressionSpecification => [
		'+',
		['*', w, ['case', isRamp, 0.6, 1]],
		extra * 2
	];
	return ['interpolate', ['exponential', 1.6], ['zoom'], 10, at(w10), 16, at(w16)];
}

function classLayers(c: RoadClass): MapLayerDef[] {
	const { fill, casing } = STYLE[c];
	const from = ROAD_CLASS_MINZOOM[c];
	const filter: ExpressionSpecification = ['==', ['get', 'class'], c];
	const common = { 'source-layer': 'roads', minzoom: from, filter };
	return [
		{
			slot: 'road-casing',
			spec: {
				id: `roads-${c}-casing`,
				type: 'line',
				...common,
				minzoom: Math.max(from, 11),
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: { 'line-color': casing, 'line-width': width(c, 0.75) }
			}
		},
		{
			slot: 'road',
			spec: {
				id: `roads-${c}`,
				type: 'line',
				...common,
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: {
					'line-color': fill,
					// Ramps lighter, so the main road reads first.
					'line-opacity': ['case', isRamp, 0.75, 1],
					'line-width': width(c, 0)
				}
			}
		}
	];
}

export const roads: LayerGroup = {
	id: 'roads',
	source: (index, base) =>
		index.roads
			? {
					type: 'vector',
					// a template: appended to the data URL, not resolved (that would escape the braces)
					tiles: [`${base.href}${index.roads.tiles}`],
					minzoom: index.roads.minzoom,
					maxzoom: index.roads.maxzoom,
					bounds: index.roads.bounds,
					attribution: attributionText(index.roads.attribution)
				}
			: null,
	// Draw the big roads last, so they sit on top where classes cross.
	layers: () => [...CLASSES].reverse().flatMap(classLayers)
};

/** The zone's parts the road network does not cover: not pretended to be empty land. */
export const roadGaps: LayerGroup = {
	id: 'road-gaps',
	source: (index, base) =>
		index.roads ? { type: 'geojson', data: new URL(index.roads.gaps, base).pathname } : null,
	layers: ({ name }) => [
		{
			slot: 'road-gap',
			spec: {
				id: 'road-gaps-fill',
				type: 'fill',
				minzoom: 11,
				filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]],
				// no antialiasing: the grid cells it is made of must not show seams
				paint: { 'fill-color': PALETTE.muted, 'fill-opacity': 0.08, 'fill-antialias': false }
			}
		},
		{
			slot: 'base-label',
			label: true,
			spec: {
				id: 'road-gaps-label',
				type: 'symbol',
				minzoom: 11,
				filter: ['==', ['geometry-type'], 'Point'],
				layout: {
					'text-field': name,
					'text-font': TEXT_FONT,
					'text-size': 12,
					'symbol-placement': 'point'
				},
				paint: {
					'text-color': PALETTE.muted,
					'text-halo-color': PALETTE.halo,
					'text-halo-width': 1
				}
			}
		}
	]
};
