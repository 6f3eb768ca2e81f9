import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { MoveError, moveFeature, toWgs84 } from './move';
import { deepFreeze } from '$lib/testing/freeze';

const fc = deepFreeze({
	type: 'FeatureCollection',
	meta: { licence: 'CC-BY-4.0', attribution: 'test' },
	features: [
		{
			type: 'Feature',
			id: 'boe-wuhan',
			properties: {
				id: 'boe-wuhan',
				name_zh: '京东方',
				position: {
					method: 'estimated',
					source: 'placeholder on the base core point',
					accuracy_m: 2000,
					note_en: 'placed on the base core, no address published'
				}
			},
			geometry: { type: 'Point', coordinates: [114.13, 30.66] }
		},
		{
			type: 'Feature',
			id: 'some-park',
			properties: {
				id: 'some-park',
				position: { method: 'estimated', source: 'x', accuracy_m: 500 }
			},
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[114, 30],
						[114.1, 30],
						[114.1, 30.1],
						[114, 30]
					]
				]
			}
		}
	]
} as FeatureCollection & { meta: object });

describe('toWgs84', () => {
	it('converts GCJ-02 to WGS-84 (known pair, ±1e-5°)', () => {
		const [lon, lat] = toWgs84([114.142483, 30.622467], 'GCJ-02');
		expect(lon).toBeCloseTo(114.136804, 5);
		expect(lat).toBeCloseTo(30.624764, 5);
		expect(Math.abs(lon - 114.136804)).toBeLessThan(1e-5);
		expect(Math.abs(lat - 30.624764)).toBeLessThan(1e-5);
	});

	it('converts BD-09 further than GCJ-02 and leaves WGS-84 alone', () => {
		const bd = toWgs84([114.142483, 30.622467], 'BD-09');
		expect(bd[0]).toBeLessThan(114.136804);
		expect(toWgs84([114.1234567, 30.5], 'WGS-84')).toEqual([114.123457, 30.5]);
	});
});

describe('moveFeature', () => {
	it('moves a point, converting and recording the original', () => {
		const moved = moveFeature(fc, 'boe-wuhan', {
			datum: 'GCJ-02',
			coordinates: [114.142483, 30.622467],
			accuracy_m: 50
		});
		const f = moved.features[0]!;
		expect(f.geometry).toEqual({ type: 'Point', coordinates: [114.136804, 30.624764] });
		expect(f.properties?.position).toEqual({
			method: 'sourced',
			source:
				'moved by a maintainer to GCJ-02 114.142483, 30.622467, converted to WGS-84 with gcoord',
			accuracy_m: 50,
			// the note on how the old value was estimated goes with it
			original: { coordinates: [114.142483, 30.622467], datum: 'GCJ-02' }
		});
		expect(f.properties?.name_zh).toBe('京东方');
	});

	it('returns a new collection and leaves everything else as it was', () => {
		const moved = moveFeature(fc, 'boe-wuhan', { datum: 'WGS-84', coordinates: [114.1, 30.6] });
		expect(moved).not.toBe(fc);
		expect(moved.features[1]).toBe(fc.features[1]);
		expect((moved as typeof fc).meta).toEqual(fc.meta);
		expect(fc.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [114.13, 30.66] });
		// accuracy untouched when not given
		expect(moved.features[0]?.properties?.position.accuracy_m).toBe(2000);
		expect(moved.features[0]?.properties?.position.source).toBe(
			'moved by a maintainer to WGS-84 114.1, 30.6'
		);
	});

	it('refuses unknown ids, non-points and bad input', () => {
		const to = { datum: 'GCJ-02' as const, coordinates: [114.1, 30.6] as [number, number] };
		expect(() => moveFeature(fc, 'nowhere', to)).toThrow(
			new MoveError('no feature with id "nowhere"')
		);
		expect(() => moveFeature(fc, 'some-park', to)).toThrow(
			'"some-park" is a Polygon; only Points can be moved'
		);
		expect(() => moveFeature(fc, 'boe-wuhan', { ...to, coordinates: [30.6, 114.1] })).toThrow(
			MoveError
		);
		expect(() => moveFeature(fc, 'boe-wuhan', { ...to, accuracy_m: -3 })).toThrow(MoveError);
	});
});

describe('moveFeature and clusters', () => {
	it('takes a cluster member out of its cluster and adds the source to the provenance', () => {
		const clustered = deepFreeze({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					id: 'boe-wuhan',
					properties: {
						id: 'boe-wuhan',
						position: { method: 'cluster', source: 'c', accuracy_m: 3000, cluster: 'panels' }
					},
					geometry: { type: 'Point', coordinates: [114.13, 30.66] }
				}
			]
		} as FeatureCollection);
		const moved = moveFeature(clustered, 'boe-wuhan', {
			datum: 'WGS-84',
			coordinates: [114.1, 30.6],
			accuracy_m: 80,
			source: ' https://example.org/gate '
		});
		expect(moved.features[0]?.properties?.position).toEqual({
			method: 'sourced',
			source: 'moved by a maintainer to WGS-84 114.1, 30.6; source: https://example.org/gate',
			accuracy_m: 80,
			original: { coordinates: [114.1, 30.6], datum: 'WGS-84' }
		});
	});
});
