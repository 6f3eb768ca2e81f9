/**
 * WGS-84 ⇄ GCJ-02 (Amap, Tencent) ⇄ BD-09 (Baidu), by gcoord: the one datum
 * table of the project. geodata/ stores WGS-84; these conversions show
 * coordinates to users, build links that open the place in a Chinese web map,
 * and turn a position read off such a map into WGS-84 (data/move.ts).
 */
import gcoord from 'gcoord';
import { round6, type LonLat } from './lonlat';

export type Datum = 'WGS-84' | 'GCJ-02' | 'BD-09';

const CRS = { 'WGS-84': gcoord.WGS84, 'GCJ-02': gcoord.GCJ02, 'BD-09': gcoord.BD09 } as const;

export function convert(p: LonLat, from: Datum, to: Datum): LonLat {
	if (from === to) return [p[0], p[1]];
	const [lon, lat] = gcoord.transform([p[0], p[1]], CRS[from], CRS[to]);
	return [lon as number, lat as number];
}

export function toWgs84(p: LonLat, from: Datum): LonLat {
	return convert(p, from, 'WGS-84');
}

/** A WGS-84 point in all three datums, rounded to 6 decimals (~0.1 m). */
export function inAllDatums(wgs84: LonLat): Record<Datum, LonLat> {
	const r = (p: LonLat): LonLat => [round6(p[0]), round6(p[1])];
	return {
		'WGS-84': r(wgs84),
		'GCJ-02': r(convert(wgs84, 'WGS-84', 'GCJ-02')),
		'BD-09': r(convert(wgs84, 'WGS-84', 'BD-09'))
	};
}

/** Amap's marker page (GCJ-02 coordinates). */
export function amapUrl(wgs84: LonLat, name: string): string {
	const [lon, lat] = convert(wgs84, 'WGS-84', 'GCJ-02');
	const q = new URLSearchParams({
		position: `${round6(lon)},${round6(lat)}`,
		name,
		coordinate: 'gaode',
		callnative: '0'
	});
	return `https://uri.amap.com/marker?${q}`;
}

/** Baidu Maps' marker page (BD-09 coordinates; Baidu's order is lat,lon). */
export function baiduUrl(wgs84: LonLat, name: string): string {
	const [lon, lat] = convert(wgs84, 'WGS-84', 'BD-09');
	const q = new URLSearchParams({
		location: `${round6(lat)},${round6(lon)}`,
		title: name,
		content: name,
		output: 'html',
		coord_type: 'bd09ll',
		src: 'atlas'
	});
	return `https://api.map.baidu.com/marker?${q}`;
}
