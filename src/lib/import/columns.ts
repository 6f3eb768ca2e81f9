/**
 * Which columns hold what: longitude and latitude (lon/lat, lng, long, x/y,
 * 经度/纬度, 东经/北纬, with prefixes such as amap_lng or gcj02_lon), a single
 * column of "114.1,30.6" pairs (in either order), the name column, and files
 * that only have addresses. Cells are read as decimal degrees or as
 * degrees-minutes-seconds (114°08′30″E, 114度8分30秒).
 */
import type { Cell, ColumnMapping, CoordinateMapping, FileProblem, RowProblem } from './types';

const norm = (s: string) => s.trim().toLowerCase();
const LON = /(^|[^a-z])(lon|lng|long|longitude)([^a-z]|$)|^x$|^x[_ ]?coord|经度|东经/;
const LAT = /(^|[^a-z])(lat|latitude)([^a-z]|$)|^y$|^y[_ ]?coord|纬度|北纬/;
const PAIR_NAME = /坐标|经纬度|coord|location|lnglat|lonlat|latlng|position|^point$|^xy$/;
const NAME =
	/^(名称|名字|地块名称|地块|项目名称|项目|站点|场地|site|site[_ ]?name|name|title|标题|地点|place)$|名称|name/;
const ADDRESS = /地址|address|addr|位置|详细地址/;

const NUM = String.raw`[+-]?\d+(?:\.\d+)?`;
const PAIR = new RegExp(String.raw`^\s*(${NUM})\s*[,，;；\s]\s*(${NUM})\s*$`);
const DMS = new RegExp(
	String.raw`^\s*([NSEW东西南北])?\s*(${NUM})\s*[°度]\s*(?:(${NUM})\s*['′’分]\s*)?(?:(${NUM})\s*(?:["″”]|''|′′|秒)\s*)?([NSEW东西南北])?\s*$`,
	'i'
);
const DECIMAL = new RegExp(
	String.raw`^\s*([NSEW东西南北])?\s*(${NUM})\s*°?\s*([NSEW东西南北])?\s*$`,
	'i'
);

/** A cell as degrees, or null when it does not read as a coordinate. */
export function parseDegrees(cell: Cell): number | null {
	if (cell === null) return null;
	if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
	const s = cell.replace(/，/g, ',');
	const sign = (h?: string) => (h && /[SW西南]/i.test(h) ? -1 : 1);
	const d = DECIMAL.exec(s);
	if (d) return sign(d[1] ?? d[3]) * Number(d[2]);
	const m = DMS.exec(s);
	if (m) {
		const deg = Number(m[2]);
		const value = Math.abs(deg) + Number(m[3] ?? 0) / 60 + Number(m[4] ?? 0) / 3600;
		return (deg < 0 ? -1 : 1) * sign(m[1] ?? m[5]) * value;
	}
	return null;
}

/** China's extent, to tell which number of a pair is the longitude. */
const chinaLon = (v: number) => v >= 73 && v <= 136;
const chinaLat = (v: number) => v >= 3 && v <= 54;

function splitPair(cell: Cell): [number, number] | null {
	if (typeof cell !== 'string') return null;
	const m = PAIR.exec(cell.replace(/，/g, ','));
	return m ? [Number(m[1]), Number(m[2])] : null;
}

const share = (cells: Cell[], test: (c: Cell) => boolean) => {
	const filled = cells.filter((c) => c !== null && c !== '');
	return filled.length ? filled.filter(test).length / filled.length : 0;
};

/**
 * The mapping the data suggests, or the file-level problem when no column
 * holds coordinates ('needsCoordinates' when it has addresses).
 * `sample` are the first rows' cells.
 */
export function detectColumns(
	columns: readonly string[],
	sample: readonly Cell[][]
): { mapping: ColumnMapping; problem?: FileProblem } {
	const col = (i: number) => sample.map((r) => r[i] ?? null);
	const numeric = (i: number) => share(col(i), (c) => parseDegrees(c) !== null) >= 0.5;
	const names = columns.map(norm);
	const nameIdx = names.findIndex((n) => NAME.test(n) && !LON.test(n) && !LAT.test(n));
	const name = nameIdx >= 0 ? nameIdx : null;

	const lon = names.findIndex((n, i) => LON.test(n) && numeric(i));
	const lat = names.findIndex((n, i) => i !== lon && LAT.test(n) && numeric(i));
	if (lon >= 0 && lat >= 0) return { mapping: { coords: { kind: 'pair', lon, lat }, name } };

	const pairCols = names
		.map((n, i) => ({
			i,
			score: share(col(i), (c) => splitPair(c) !== null) + (PAIR_NAME.test(n) ? 0.5 : 0)
		}))
		.filter((c) => c.score >= 0.5 + 0.5 * Number(!PAIR_NAME.test(names[c.i]!)))
		.sort((a, b) => b.score - a.score);
	const single = pairCols[0];
	if (single && share(col(single.i), (c) => splitPair(c) !== null) > 0) {
		const coords: CoordinateMapping = {
			kind: 'single',
			column: single.i,
			order: pairOrder(col(single.i))
		};
		return { mapping: { coords, name } };
	}
	const none: ColumnMapping = { coords: { kind: 'none' }, name };
	if (names.some((n) => ADDRESS.test(n)))
		return { mapping: none, problem: { code: 'needsCoordinates' } };
	return { mapping: none, problem: { code: 'noCoordinates' } };
}

/** "30.6,114.1" (lat first, as Baidu and Google write it) or "114.1,30.6". */
export function pairOrder(cells: readonly Cell[]): 'lonlat' | 'latlon' {
	let latFirst = 0;
	let lonFirst = 0;
	for (const c of cells) {
		const p = splitPair(c);
		if (!p) continue;
		if (chinaLat(p[0]) && chinaLon(p[1]) && !chinaLon(p[0])) latFirst++;
		else lonFirst++;
	}
	return latFirst > lonFirst ? 'latlon' : 'lonlat';
}

export type RowPoint = { ok: true; lonlat: [number, number] } | { ok: false; problem: RowProblem };

/** A table row's coordinates as written ([lon, lat] by the mapping; datum not applied). */
export function readRowPoint(
	row: number,
	cells: readonly Cell[],
	columns: readonly string[],
	coords: CoordinateMapping
): RowPoint {
	const fail = (field: string, code: RowProblem['code']): RowPoint => ({
		ok: false,
		problem: { row, field, code }
	});
	if (coords.kind === 'pair') {
		const a = cells[coords.lon] ?? null;
		const b = cells[coords.lat] ?? null;
		const lonName = columns[coords.lon] ?? '';
		const latName = columns[coords.lat] ?? '';
		if (a === null || a === '') return fail(lonName, 'coordMissing');
		if (b === null || b === '') return fail(latName, 'coordMissing');
		const lon = parseDegrees(a);
		const lat = parseDegrees(b);
		if (lon === null) return fail(lonName, 'coordUnreadable');
		if (lat === null) return fail(latName, 'coordUnreadable');
		return { ok: true, lonlat: [lon, lat] };
	}
	if (coords.kind === 'single') {
		const cell = cells[coords.column] ?? null;
		const field = columns[coords.column] ?? '';
		if (cell === null || cell === '') return fail(field, 'coordMissing');
		const p = splitPair(cell);
		if (!p) return fail(field, 'coordUnreadable');
		return { ok: true, lonlat: coords.order === 'latlon' ? [p[1], p[0]] : p };
	}
	return fail('', 'coordMissing');
}
