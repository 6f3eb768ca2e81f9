import type { FeatureCollection } from 'geojson';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '$lib/testing/freeze';
import { applyCorrections, describeChange } from './apply-corrections';
import type { Correction } from './corrections';

const point = (id: string, coordinates: [number, number], position: object) => ({
	type: 'Feature' as const,
	id,
	properties: { id, name_zh: id, position },
	geometry: { type: 'Point' as const, coordinates }
});

const files = deepFreeze({
	'features/electronics.geojson': {
		type: 'FeatureCollection',
		features: [
			point('boe-wuhan', [114.1352, 30.6565], {
				method: 'cluster',
				source: 'cluster: display panels',
				accuracy_m: 3000,
				cluster: 'display-panel-cluster',
				note_en: 'placed on the cluster centre'
			}),
			point('jiangfeng-wuhan-phase-1', [114.1352, 30.6565], {
				method: 'cluster',
				source: 'cluster: display panels',
				accuracy_m: 3000,
				cluster: 'display-panel-cluster'
			})
		]
	},
	'features/hubs.geojson': {
		type: 'FeatureCollection',
		features: [
			point('district-seat', [114.14, 30.62], { method: 'sourced', source: 's', accuracy_m: 200 }),
			{
				type: 'Feature',
				id: 'some-park',
				properties: { id: 'some-park' },
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
	}
} as Record<string, FeatureCollection>);

const boe: Correction = {
	id: 'boe-wuhan',
	datum: 'GCJ-02',
	coordinates: [114.13821, 30.65819],
	accuracy_m: 150,
	source: { url: 'https://lbs.amap.com/tools/picker', note: 'main gate' }
};
const seat: Correction = {
	id: 'district-seat',
	datum: 'WGS-84',
	coordinates: [114.141, 30.621],
	accuracy_m: 50,
	source: { note: 'GPS at the gate' }
};

describe('applyCorrections', () => {
	it('changes exactly the corrected points, in the files that hold them', () => {
		const result = applyCorrections(files, [boe, seat]);
		if (!result.ok) throw new Error(result.errors.join('\n'));
		expect(Object.keys(result.files).sort()).toEqual([
			'features/electronics.geojson',
			'features/hubs.geojson'
		]);
		const [lon, lat] = gcoord.transform([114.13821, 30.65819], gcoord.GCJ02, gcoord.WGS84);
		const electronics = result.files['features/electronics.geojson']!;
		expect(electronics.features[0]!.geometry).toEqual({
			type: 'Point',
			coordinates: [Number((lon as number).toFixed(6)), Number((lat as number).toFixed(6))]
		});
		// everything else is the very same object
		expect(electronics.features[1]).toBe(files['features/electronics.geojson']!.features[1]);
		const hubs = result.files['features/hubs.geojson']!;
		expect(hubs.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [114.141, 30.621] });
		expect(hubs.features[1]).toBe(files['features/hubs.geojson']!.features[1]);
		expect(result.changes.map((c) => [c.id, c.file, c.from])).toEqual([
			['boe-wuhan', 'features/electronics.geojson', [114.1352, 30.6565]],
			['district-seat', 'features/hubs.geojson', [114.14, 30.62]]
		]);
	});

	it('keeps the provenance: original value and datum, the source, method sourced, out of the cluster', () => {
		const result = applyCorrections(files, [boe]);
		if (!result.ok) throw new Error(result.errors.join('\n'));
		const moved = result.files['features/electronics.geojson']!.features[0]!;
		expect(moved.properties?.position).toEqual({
			method: 'sourced',
			source:
				'moved by a maintainer to GCJ-02 114.13821, 30.65819, converted to WGS-84 with gcoord; source: https://lbs.amap.com/tools/picker — main gate',
			accuracy_m: 150,
			// (the old estimate's note is dropped with it)
			original: { coordinates: [114.13821, 30.65819], datum: 'GCJ-02' }
		});
		expect(describeChange(result.changes[0]!)).toMatch(
			/^boe-wuhan \(features\/electronics\.geojson\): 114\.1352, 30\.6565 → 114\.1325\d+, 30\.6604\d+ \(moved \d+ m; from GCJ-02 114\.13821, 30\.65819, ±150 m\)$/
		);
	});

	it('applies all or nothing, listing every entry that cannot be applied', () => {
		const result = applyCorrections(
			files,
			[boe, { ...seat, id: 'no-such-site' }, { ...seat, id: 'some-park' }],
			'fix.json'
		);
		expect(result).toEqual({
			ok: false,
			errors: [
				'fix.json: entry 2 (no-such-site): id: no feature "no-such-site" in the feature files',
				'fix.json: entry 3 (some-park): "some-park" is a Polygon; only Points can be moved'
			]
		});
	});

	it('applies two corrections of one file on top of each other', () => {
		const result = applyCorrections(files, [
			boe,
			{ ...boe, id: 'jiangfeng-wuhan-phase-1', coordinates: [114.1402, 30.6561] }
		]);
		if (!result.ok) throw new Error(result.errors.join('\n'));
		const features = result.files['features/electronics.geojson']!.features;
		expect(features.map((f) => f.properties?.position.method)).toEqual(['sourced', 'sourced']);
	});
});
