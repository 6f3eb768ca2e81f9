import { describe, expect, it } from 'vitest';
import { convert } from '../geo/datum';
import { decodeText } from './encoding';
import { detectColumns, pairOrder, parseDegrees } from './columns';
import { ImportService } from './import-service';
import { MAX_IMPORT_BYTES, sniffFormat } from './sniff';
import { fixture, zoneContext } from './testing';

const ctx = zoneContext();
const open = (name: string) => new ImportService(ctx.bbox).open(fixture(name), name);

describe('encoding', () => {
	it('reads GBK (as Chinese Excel saves a CSV) by falling back from UTF-8 to GB18030', () => {
		const { text, encoding } = decodeText(fixture('sites-gbk.csv'));
		expect(encoding).toBe('gb18030');
		expect(text).toContain('武汉大学国家网络安全学院');
	});
	it('reads UTF-8 with and without a byte-order mark', () => {
		const bom = decodeText(fixture('sites-utf8-bom.csv'));
		expect(bom.encoding).toBe('utf-8-bom');
		expect(bom.text.startsWith('名称')).toBe(true);
		expect(decodeText(new TextEncoder().encode('名称,x')).encoding).toBe('utf-8');
	});
});

describe('format sniffing', () => {
	it('goes by content, not by the extension', () => {
		expect(sniffFormat(fixture('sites-gcj.xlsx'), 'a.csv')).toEqual({ ok: true, format: 'xlsx' });
		expect(sniffFormat(fixture('sites.geojson'), 'a.txt')).toEqual({ ok: true, format: 'geojson' });
		expect(sniffFormat(fixture('sites.kml'), 'a.xml')).toEqual({ ok: true, format: 'kml' });
		expect(sniffFormat(fixture('sites-gbk.csv'), 'a.xlsx')).toEqual({ ok: true, format: 'csv' });
	});
	it('refuses a file over 50 MB before reading it', () => {
		const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x31);
		const r = sniffFormat(big, 'big.csv');
		expect(r.ok === false && r.problem.code).toBe('tooLarge');
	});
});

describe('bad input gives its message code, never a crash or half an import', () => {
	it.each([
		['wrong-type.pdf', 'wrongType'],
		['empty.csv', 'empty'],
		['header-only.csv', 'headerOnly'],
		['broken.kml', 'brokenKml'],
		['zip-not-xlsx.xlsx', 'zipNotXlsx']
	])('%s → %s', async (name, code) => {
		const r = await open(name);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problem.code).toBe(code);
	});

	it('an address-only file is told it needs coordinates', async () => {
		const r = await open('address-only.csv');
		expect(r.ok && r.inspection.problem?.code).toBe('needsCoordinates');
	});

	it('a 50 MB file is refused with its size', async () => {
		const r = await new ImportService(ctx.bbox).open(
			new Uint8Array(MAX_IMPORT_BYTES + 10),
			'x.csv'
		);
		expect(r).toEqual({ ok: false, problem: { code: 'tooLarge', values: { mb: 50, max: 50 } } });
	});

	it('out-of-range values are listed with their spreadsheet row and column', async () => {
		const s = new ImportService(ctx.bbox);
		const r = await s.open(fixture('out-of-range.csv'), 'out-of-range.csv');
		if (!r.ok) throw new Error(r.problem.code);
		const c = s.check({
			mapping: r.inspection.mapping,
			datum: 'GCJ-02',
			swap: true,
			keepFar: false
		});
		expect(c.problems).toEqual([
			{ row: 3, field: '经度, 纬度', code: 'range', detail: '114.13, 300.5' }
		]);
		expect(c.importable).toBe(2);
	});

	it('swapped lat/lon is detected and offered to swap', async () => {
		const s = new ImportService(ctx.bbox);
		const r = await s.open(fixture('swapped.csv'), 'swapped.csv');
		if (!r.ok) throw new Error(r.problem.code);
		const mapping = r.inspection.mapping;
		const kept = s.check({ mapping, datum: 'GCJ-02', swap: false, keepFar: false });
		expect(kept.counts.swapped).toBe(3);
		expect(kept.problems.map((p) => [p.row, p.code])).toEqual([
			[2, 'swapped'],
			[3, 'swapped'],
			[4, 'swapped']
		]);
		expect(s.check({ mapping, datum: 'GCJ-02', swap: true, keepFar: false }).importable).toBe(3);
	});

	it('sites far outside the zone are counted and kept or dropped as chosen', async () => {
		const s = new ImportService(ctx.bbox);
		const r = await s.open(fixture('far-outside.csv'), 'far-outside.csv');
		if (!r.ok) throw new Error(r.problem.code);
		const mapping = r.inspection.mapping;
		const drop = s.check({ mapping, datum: 'GCJ-02', swap: false, keepFar: false });
		expect(drop.counts.far).toBe(1);
		expect(drop.dropped).toBe(1);
		expect(drop.importable).toBe(1);
		const keep = s.build(
			{
				mapping,
				datum: 'GCJ-02',
				swap: false,
				keepFar: true,
				layerId: 'f',
				layerName: 'F',
				fileName: 'far-outside.csv'
			},
			ctx
		);
		expect(keep.entities.map((e) => [e.id, e.outside_zone])).toEqual([
			['u-f-2', false],
			['u-f-3', true]
		]);
	});
});

describe('column detection', () => {
	it.each([
		[['名称', '经度', '纬度'], 1, 2],
		[['name', 'lon', 'lat'], 1, 2],
		[['Name', 'LNG', 'LAT'], 1, 2],
		[['site', 'longitude', 'latitude'], 1, 2],
		[['名称', 'x', 'y'], 1, 2],
		[['名称', '东经', '北纬'], 1, 2],
		[['名称', 'amap_lng', 'amap_lat'], 1, 2],
		[['名称', 'lat', 'long'], 2, 1]
	])('%j', (columns, lon, lat) => {
		const row = columns.map((c) =>
			/lat|纬|^y$/i.test(c) ? '30.6' : /名|name|site/i.test(c) ? 'A' : '114.1'
		);
		const { mapping } = detectColumns(columns, [row]);
		expect(mapping.coords).toEqual({ kind: 'pair', lon, lat });
		expect(mapping.name).toBe(0);
	});

	it('a single column of pairs, in either order', async () => {
		expect(detectColumns(['名称', '坐标'], [['A', '114.1,30.6']]).mapping.coords).toEqual({
			kind: 'single',
			column: 1,
			order: 'lonlat'
		});
		expect(pairOrder(['30.6, 114.1', '30.7，114.2'])).toBe('latlon');
		const r = await open('one-column.csv');
		expect(r.ok && r.inspection.mapping.coords).toEqual({
			kind: 'single',
			column: 1,
			order: 'latlon'
		});
	});

	it('reads degrees-minutes-seconds and hemispheres', () => {
		expect(parseDegrees('114°08′30″E')).toBeCloseTo(114.141667, 6);
		expect(parseDegrees('30度36分0秒')).toBeCloseTo(30.6, 6);
		expect(parseDegrees('114.5')).toBe(114.5);
		expect(parseDegrees('S 30.5')).toBe(-30.5);
		expect(parseDegrees('东湖')).toBeNull();
	});
});

describe('datum', () => {
	it('converts GCJ-02 and BD-09 to WGS-84 and back within 1 m', () => {
		const p: [number, number] = [114.138579, 30.672819];
		for (const d of ['GCJ-02', 'BD-09'] as const) {
			const back = convert(convert(p, d, 'WGS-84'), 'WGS-84', d);
			const m = Math.hypot((back[0] - p[0]) * 96000, (back[1] - p[1]) * 111000);
			expect(m).toBeLessThan(1);
		}
	});
});
