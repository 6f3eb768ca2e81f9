import { describe, expect, it } from 'vitest';
import type { Feature, LineString, Polygon } from 'geojson';
import { measureLabels } from './measure-labels';

const line: Feature<LineString> = {
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'LineString',
		coordinates: [
			[114.1, 30.6],
			[114.110451, 30.6]
		]
	}
};
const square: Feature<Polygon> = {
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[114.1, 30.6],
				[114.11, 30.6],
				[114.11, 30.61],
				[114.1, 30.61],
				[114.1, 30.6]
			]
		]
	}
};

describe('measureLabels', () => {
	it('labels a line with its total at the last vertex and a polygon with its area', () => {
		const [l, p] = measureLabels(Object.freeze([line, square]), 'en');
		expect(l!.properties).toEqual({ role: 'measure', label: '1 km', at: 'vertex' });
		expect(l!.geometry.coordinates).toEqual([114.110451, 30.6]);
		expect(p!.properties!.label).toMatch(/^1\.\d+ km²$/);
	});

	it('skips shapes still too small to measure', () => {
		const dot: Feature<LineString> = {
			...line,
			geometry: { type: 'LineString', coordinates: [[114, 30]] }
		};
		expect(measureLabels([dot], 'zh')).toEqual([]);
	});
});
