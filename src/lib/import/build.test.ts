import { describe, expect, it } from 'vitest';
import { convert } from '../geo/datum';
import { compassPoint, roundShift } from './check';
import { ImportService } from './import-service';
import { fixture, zoneContext } from './testing';
import type { ImportChoices } from './types';

const ctx = zoneContext();

async function imported(name: string, over: Partial<ImportChoices> = {}) {
	const s = new ImportService(ctx.bbox);
	const r = await s.open(fixture(name), name);
	if (!r.ok) throw new Error(r.problem.code);
	const { mapping, datum } = r.inspection;
	const choices: ImportChoices = {
		mapping,
		datum,
		swap: false,
		keepFar: false,
		layerId: 'l1',
		layerName: 'L',
		fileName: name,
		...over
	};
	return {
		service: s,
		inspection: r.inspection,
		check: s.check(choices),
		layer: s.build(choices, ctx)
	};
}

describe('a GBK CSV of three sites in GCJ-02', () => {
	it('becomes three sites at their WGS-84 positions, within 1 m, in the zone', async () => {
		const { inspection, layer } = await imported('sites-gbk.csv');
		expect(inspection.encoding).toBe('gb18030');
		expect(inspection.datum).toBe('GCJ-02');
		expect(inspection.reason).toBe('default');
		expect(layer.problems).toEqual([]);
		const [whu] = layer.entities;
		expect(whu).toMatchObject({
			id: 'u-l1-2',
			kind: 'site',
			name_zh: '武汉大学国家网络安全学院',
			district: 'dongxihu',
			outside_zone: false,
			position: {
				method: 'sourced',
				accuracy_m: 50,
				original: { coordinates: [114.138579, 30.672819], datum: 'GCJ-02' }
			},
			user: { layer: 'l1', row: 2, props: { 名称: '武汉大学国家网络安全学院', 用地性质: '科研' } }
		});
		// geodata's own position of whu-cyber-school
		const m = Math.hypot(
			(whu!.point[0] - 114.132886) * 96000,
			(whu!.point[1] - 30.675088) * 111000
		);
		expect(m).toBeLessThan(1);
		expect(whu!.search.initials).toMatch(/^whdx/);
		expect(layer.facets).toEqual(['用地性质']);
	});

	it('says how the datum moves them: ~600 m, one compass direction', async () => {
		const { check } = await imported('sites-gbk.csv');
		expect(check.shift['WGS-84'].median_m).toBe(0);
		const gcj = check.shift['GCJ-02'];
		expect(roundShift(gcj.median_m)).toBeGreaterThan(400);
		expect(roundShift(gcj.median_m)).toBeLessThan(800);
		// in Wuhan GCJ-02 values lie ~550 m east and ~250 m south of the true place: back is west-north-west
		expect(compassPoint(gcj.bearing!)).toBe('WNW');
	});
});

describe('other formats', () => {
	it('an xlsx (first sheet, sheets listed; the file name suggests GCJ-02)', async () => {
		const { inspection, layer } = await imported('sites-gcj.xlsx');
		expect(inspection.sheets).toEqual(['地块', '说明']);
		expect(inspection.sheet).toBe('地块');
		expect(inspection.reason).toBe('amap');
		expect(layer.entities.map((e) => e.name_zh)).toHaveLength(3);
		const s = new ImportService(ctx.bbox);
		await s.open(fixture('sites-gcj.xlsx'), 'sites-gcj.xlsx');
		const other = await s.openSheet('说明');
		expect(other.ok && other.inspection.problem?.code).toBe('noCoordinates');
	});

	it('GeoJSON: a polygon becomes a site geometry, a line is reported by its feature index', async () => {
		const { inspection, layer } = await imported('sites.geojson');
		expect(inspection.datum).toBe('WGS-84');
		expect(layer.entities.map((e) => e.name_zh)).toEqual(['地块甲', '地块乙']);
		expect(Object.keys(layer.geometries)).toEqual(['u-l1-1']);
		expect(layer.problems).toEqual([
			{ row: 3, field: 'geometry.type', code: 'geometryType', detail: 'LineString' }
		]);
		expect(layer.entities[0]!.position.original).toBeUndefined();
	});

	it('a polygon that breaks the validator ring rules is reported with its message', async () => {
		const bowtie = {
			type: 'Feature',
			properties: { name: 'x' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[114.1, 30.6],
						[114.12, 30.62],
						[114.12, 30.6],
						[114.1, 30.62],
						[114.1, 30.6]
					]
				]
			}
		};
		const s = new ImportService(ctx.bbox);
		const r = await s.open(new TextEncoder().encode(JSON.stringify(bowtie)), 'b.geojson');
		if (!r.ok) throw new Error(r.problem.code);
		const layer = s.build(
			{
				mapping: r.inspection.mapping,
				datum: 'WGS-84',
				swap: false,
				keepFar: false,
				layerId: 'b',
				layerName: 'b',
				fileName: 'b'
			},
			ctx
		);
		expect(layer.entities).toEqual([]);
		expect(layer.problems[0]).toMatchObject({ row: 1, code: 'geometry' });
		expect(layer.problems[0]!.detail).toMatch(/self-intersects/);
	});

	it('KML placemarks with names', async () => {
		const { layer } = await imported('sites.kml');
		expect(layer.entities.map((e) => e.name_zh)).toEqual([
			'武汉大学国家网络安全学院',
			'华中科技大学网络空间安全学院',
			'东西湖区人民政府（吴家山）'
		]);
	});
});

describe('100,000 rows', () => {
	it('read, checked and built with progress, in seconds', async () => {
		const lines = ['名称,lng,lat,类别'];
		for (let i = 0; i < 100_000; i++) {
			const lon = 114.05 + ((i * 7919) % 1000) / 10000;
			const lat = 30.6 + ((i * 104729) % 1000) / 10000;
			lines.push(`site ${i},${lon.toFixed(6)},${lat.toFixed(6)},${'ABC'[i % 3]}`);
		}
		const bytes = new TextEncoder().encode(lines.join('\n'));
		const steps: number[] = [];
		const s = new ImportService(ctx.bbox);
		const t0 = performance.now();
		const r = await s.open(bytes, 'big.csv', (f) => steps.push(f));
		if (!r.ok) throw new Error(r.problem.code);
		expect(r.inspection.rows).toBe(100_000);
		const choices = {
			mapping: r.inspection.mapping,
			datum: 'GCJ-02' as const,
			swap: false,
			keepFar: true
		};
		expect(s.check(choices).importable).toBe(100_000);
		const built = s.build(
			{ ...choices, layerId: 'big', layerName: 'big', fileName: 'big.csv' },
			ctx,
			(f) => steps.push(f)
		);
		expect(built.entities).toHaveLength(100_000);
		expect(built.facets).toEqual(['类别']);
		expect(steps.length).toBeGreaterThan(3);
		expect(performance.now() - t0).toBeLessThan(30_000);
		const p = built.entities[0]!.point;
		const back = convert(p, 'WGS-84', 'GCJ-02');
		expect(Math.abs(back[0] - 114.05)).toBeLessThan(1e-5);
	}, 60_000);
});
