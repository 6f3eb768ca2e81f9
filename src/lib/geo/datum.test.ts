import { describe, expect, it } from 'vitest';
import { amapUrl, baiduUrl, convert, inAllDatums, toWgs84 } from './datum';

// The district seat as published by DataV (GCJ-02) and converted (reference/places).
const seatGcj: [number, number] = [114.142483, 30.622467];
const seatWgs: [number, number] = [114.136804, 30.624764];

describe('datums', () => {
	it('converts GCJ-02 to WGS-84 (the reference pair, ±1e-5°)', () => {
		const [lon, lat] = toWgs84(seatGcj, 'GCJ-02');
		expect(lon).toBeCloseTo(seatWgs[0], 5);
		expect(lat).toBeCloseTo(seatWgs[1], 5);
	});

	it('GCJ-02 is ~545 m east and ~255 m south of WGS-84 in this area', () => {
		const [lon, lat] = convert(seatWgs, 'WGS-84', 'GCJ-02');
		expect((lon - seatWgs[0]) * 95_800).toBeGreaterThan(500);
		expect((lat - seatWgs[1]) * 111_195).toBeLessThan(-200);
	});

	it('BD-09 round-trips within 1e-5°', () => {
		const bd = convert(seatWgs, 'WGS-84', 'BD-09');
		const back = toWgs84(bd, 'BD-09');
		expect(back[0]).toBeCloseTo(seatWgs[0], 5);
		expect(back[1]).toBeCloseTo(seatWgs[1], 5);
	});

	it('gives all three datums rounded to 6 decimals', () => {
		const all = inAllDatums(seatWgs);
		expect(all['WGS-84']).toEqual(seatWgs);
		expect(all['GCJ-02'][0]).toBeCloseTo(seatGcj[0], 5);
		expect(String(all['BD-09'][0]).split('.')[1]!.length).toBeLessThanOrEqual(6);
	});

	it('builds map links in each provider’s datum, with the name encoded', () => {
		const a = new URL(amapUrl(seatWgs, '区政府 & <x>'));
		expect(a.searchParams.get('position')).toBe(inAllDatums(seatWgs)['GCJ-02'].join(','));
		expect(a.searchParams.get('name')).toBe('区政府 & <x>');
		const b = new URL(baiduUrl(seatWgs, 'seat'));
		const [lon, lat] = inAllDatums(seatWgs)['BD-09'];
		expect(b.searchParams.get('location')).toBe(`${lat},${lon}`);
	});
});
