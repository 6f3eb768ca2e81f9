/**
 * Every row's position judged before anything is imported: read by the
 * column mapping (tables) or taken from its geometry (GeoJSON, KML), then
 * out of range, written lat/lon (swapped), or far from the zone. Distances
 * to the zone are from its bbox (AtlasIndex.bbox), planar at district scale.
 * Coordinates are [lon, lat] degrees, in the file's datum until converted.
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { convert, type Datum } from '../geo/datum';
import type { LonLat } from '../geo/lonlat';
import { isWellFormed } from '../data/validate/geometry';
import { readRowPoint } from './columns';
import type { Cell, ColumnMapping, ReadFile, RowProblem } from './types';

/** Farther than this from the zone's bbox a site is "far outside" (offered keep or drop). */
export const FAR_OUTSIDE_M = 20_000;

const METRES_PER_DEGREE = (6371008.8 * Math.PI) / 180;

/** Metres from a point to a bbox [west, south, east, north]; 0 inside. */
export function metresFromBox(p: LonLat, box: readonly number[]): number {
	const dx = Math.max(box[0]! - p[0], 0, p[0] - box[2]!);
	const dy = Math.max(box[1]! - p[1], 0, p[1] - box[3]!);
	const kx = Math.cos((Math.max(-89, Math.min(89, p[1])) * Math.PI) / 180);
	return Math.hypot(dx * kx, dy) * METRES_PER_DEGREE;
}

export type RowState = 'ok' | 'swapped' | 'far' | 'range';

/** A row whose position could be read: its geometry as written and what is odd about it. */
export type Positioned = {
	row: number;
	cells: Cell[];
	geometry: Geometry;
	/** a representative point of the geometry as written */
	at: LonLat;
	state: RowState;
	/** the columns (tables) or field (features) the position was read from, for messages */
	field: string;
};

export type Positions = { rows: Positioned[]; problems: RowProblem[] };

const inRange = (p: LonLat) => Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

/** Ok, swapped ([lat, lon] that lies near the zone once flipped), far, or out of range. */
export function classify(p: LonLat, zoneBox: readonly number[]): RowState {
	const near = (q: LonLat) => inRange(q) && metresFromBox(q, zoneBox) <= FAR_OUTSIDE_M;
	if (near(p)) return 'ok';
	if (near([p[1], p[0]])) return 'swapped';
	return inRange(p) ? 'far' : 'range';
}

const SUPPORTED = new Set(['Point', 'Polygon', 'MultiPolygon']);

/** Each row's position as written, with the rows that have none or an unusable one. */
export function positionsOf(
	file: ReadFile,
	mapping: ColumnMapping,
	zoneBox: readonly number[]
): Positions {
	const rows: Positioned[] = [];
	const problems: RowProblem[] = [...file.problems];
	const failed = new Set(file.problems.map((p) => p.row));
	const c = mapping.coords;
	const field =
		c.kind === 'pair'
			? `${file.columns[c.lon]}, ${file.columns[c.lat]}`
			: c.kind === 'single'
				? (file.columns[c.column] ?? '')
				: 'geometry.coordinates';
	for (const r of file.rows) {
		if (failed.has(r.row)) continue;
		let geometry: Geometry;
		if (mapping.coords.kind === 'geometry' || r.geometry !== undefined) {
			const g = r.geometry;
			if (!g) continue;
			if (!SUPPORTED.has(g.type)) {
				problems.push({ row: r.row, field: 'geometry.type', code: 'geometryType', detail: g.type });
				continue;
			}
			if (!isWellFormed(g)) {
				problems.push({ row: r.row, field: 'geometry.coordinates', code: 'coordUnreadable' });
				continue;
			}
			geometry = g;
		} else {
			const read = readRowPoint(r.row, r.cells, file.columns, mapping.coords);
			if (!read.ok) {
				problems.push(read.problem);
				continue;
			}
			geometry = { type: 'Point', coordinates: read.lonlat };
		}
		const at =
			geometry.type === 'Point' ? (geometry.coordinates as LonLat) : firstPosition(geometry);
		rows.push({ row: r.row, cells: r.cells, geometry, at, state: classify(at, zoneBox), field });
	}
	return { rows, problems };
}

/** A ring's first position: cheap and good enough to tell swapped or far (not for drawing). */
function firstPosition(g: Geometry): LonLat {
	const p =
		(g as Polygon).type === 'Polygon'
			? (g as Polygon).coordinates[0]![0]!
			: (g as MultiPolygon).coordinates[0]![0]![0]!;
	return [p[0]!, p[1]!];
}

/** [lat, lon] → [lon, lat] through a whole geometry. */
export function swapGeometry(g: Geometry): Geometry {
	const flip = (c: unknown): unknown =>
		typeof (c as number[])[0] === 'number'
			? [(c as number[])[1], (c as number[])[0]]
			: (c as unknown[]).map(flip);
	return { ...g, coordinates: flip((g as Polygon).coordinates) } as Geometry;
}

/** Every position of a geometry from a datum to WGS-84. */
export function geometryToWgs84(g: Geometry, datum: Datum): Geometry {
	if (datum === 'WGS-84') return g;
	const conv = (c: unknown): unknown =>
		typeof (c as number[])[0] === 'number'
			? convert([(c as number[])[0]!, (c as number[])[1]!], datum, 'WGS-84')
			: (c as unknown[]).map(conv);
	return { ...g, coordinates: conv((g as Polygon).coordinates) } as Geometry;
}

export type RowCounts = { rows: number; ok: number; swapped: number; far: number; range: number };

export function countStates(p: Positions, total: number): RowCounts {
	const c: RowCounts = { rows: total, ok: 0, swapped: 0, far: 0, range: 0 };
	for (const r of p.rows) c[r.state]++;
	return c;
}

/** How the chosen datum moves the sites: median distance and the mean direction. */
export type DatumShift = { median_m: number; bearing: number | null; count: number };

/** The consequence of reading the positions in `datum` (against taking them as WGS-84). */
export function datumShift(points: readonly LonLat[], datum: Datum, limit = 2000): DatumShift {
	const step = Math.max(1, Math.ceil(points.length / limit));
	const d: number[] = [];
	let sx = 0;
	let sy = 0;
	for (let i = 0; i < points.length; i += step) {
		const p = points[i]!;
		const q = convert(p, datum, 'WGS-84');
		const dx = (q[0] - p[0]) * Math.cos((p[1] * Math.PI) / 180) * METRES_PER_DEGREE;
		const dy = (q[1] - p[1]) * METRES_PER_DEGREE;
		d.push(Math.hypot(dx, dy));
		sx += dx;
		sy += dy;
	}
	if (!d.length) return { median_m: 0, bearing: null, count: 0 };
	d.sort((a, b) => a - b);
	const median =
		d.length % 2 ? d[(d.length - 1) / 2]! : (d[d.length / 2 - 1]! + d[d.length / 2]!) / 2;
	const moved = Math.hypot(sx, sy) > 1e-6;
	const bearing = moved ? ((Math.atan2(sx, sy) * 180) / Math.PI + 360) % 360 : null;
	return { median_m: median, bearing, count: points.length };
}

/** 16 compass points, N first, clockwise: message keys `compass_<point>`. */
export const COMPASS = [
	'N',
	'NNE',
	'NE',
	'ENE',
	'E',
	'ESE',
	'SE',
	'SSE',
	'S',
	'SSW',
	'SW',
	'WSW',
	'W',
	'WNW',
	'NW',
	'NNW'
] as const;

export function compassPoint(bearing: number): (typeof COMPASS)[number] {
	return COMPASS[Math.round(bearing / 22.5) % 16]!;
}

/**
 * A shift as people say it: two significant figures (a datum offset varies
 * by tens of metres across a city, so "~600 m", not "612 m"), at least 10 m.
 */
export function roundShift(m: number): number {
	if (m < 10) return Math.round(m);
	const mag = 10 ** Math.floor(Math.log10(m) - 1);
	return Math.round(m / mag) * mag;
}
