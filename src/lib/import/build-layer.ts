/**
 * The user's choices applied: positions swapped or dropped as chosen,
 * converted to WGS-84, judged by the dataset validator's own position and ring
 * rules (data/validate/geometry.ts), then made into entities the way the build
 * derives the dataset's (a representative point, planning areas and district
 * by point-in-polygon, pinyin search keys). Pure: the worker runs it.
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { AtlasEntity } from '../data/atlas';
import { searchKeys } from '../data/build';
import { HINTS } from '../data/corrections';
import { geometryProblems } from '../data/validate/geometry';
import type { Datum } from '../geo/datum';
import { round6, type LonLat } from '../geo/lonlat';
import { pointInArea } from '../geo/point-in-area';
import { representativePoint } from '../geo/representative-point';
import { geometryToWgs84, swapGeometry, type Positions } from './check';
import type {
	Cell,
	ColumnMapping,
	DatumReason,
	ImportChoices,
	ReadFile,
	RowProblem
} from './types';

/** The zone as the build knows it: bbox, planning areas and district boundaries (WGS-84). */
export type ImportContext = {
	bbox: readonly number[];
	zones: { id: string; geometry: Polygon | MultiPolygon }[];
	boundaries: { id: string; geometry: Polygon | MultiPolygon }[];
	/** the boundaries id of the zone's own district */
	district: string;
};

/**
 * Metres within which a position a user brings is taken to be right: a point
 * picked on a web map at street zoom, or copied with 5–6 decimals, is good to
 * a few tens of metres; the datum conversion adds ~1 m.
 */
export const USER_ACCURACY_M = 50;

/** A column becomes a filter when it has at most this many distinct values (and fewer than rows). */
export const FACET_MAX_VALUES = 12;

/** Column and file names seen in exports beside the words of a pasted value (data/corrections.ts). */
const COLUMN_HINTS: typeof HINTS = [
	[/(^|[^a-z])bd[_-]?(lng|lat|lon)|bd09/i, 'BD-09', 'baidu'],
	[/gcj|火星/i, 'GCJ-02', 'amap']
];

/**
 * The datum to suggest: words in the file name or columns (百度/baidu/bd09 →
 * BD-09; 高德/amap/gaode/gcj02/腾讯 → GCJ-02; GPS/WGS-84 → WGS-84); GeoJSON and
 * KML are WGS-84 by their specs; otherwise GCJ-02, the datum of the web maps
 * (Amap, Tencent) that Chinese site lists are usually copied from.
 */
export function suggestDatum(
	format: ReadFile['format'],
	fileName: string,
	columns: readonly string[]
): { datum: Datum; reason: DatumReason } {
	const text = [fileName, ...columns].join(' ');
	const hint = [...HINTS, ...COLUMN_HINTS].find(([re]) => re.test(text));
	if (hint) return { datum: hint[1], reason: hint[2] as DatumReason };
	if (format === 'geojson' || format === 'kml') return { datum: 'WGS-84', reason: 'geojson' };
	return { datum: 'GCJ-02', reason: 'default' };
}

/** Columns with few distinct values (≤ FACET_MAX_VALUES and fewer than rows): filters. */
export function facetColumns(file: ReadFile, mapping: ColumnMapping): string[] {
	const skip = new Set<number>();
	if (mapping.coords.kind === 'pair') skip.add(mapping.coords.lon).add(mapping.coords.lat);
	if (mapping.coords.kind === 'single') skip.add(mapping.coords.column);
	if (mapping.name !== null) skip.add(mapping.name);
	return file.columns.filter((_, i) => {
		if (skip.has(i)) return false;
		const values = new Set<Cell>();
		for (const r of file.rows) {
			const v = r.cells[i] ?? null;
			if (v === null || v === '') continue;
			values.add(v);
			if (values.size > FACET_MAX_VALUES) return false;
		}
		return values.size > 0 && values.size < file.rows.length;
	});
}

export type BuiltLayer = {
	entities: AtlasEntity[];
	geometries: Record<string, Polygon | MultiPolygon>;
	/** rows not imported and why */
	problems: RowProblem[];
	/** far rows left out by choice */
	dropped: number;
};

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

/**
 * The positions with the choices applied: swapped back or not, far ones kept
 * or dropped, converted to WGS-84 and validated. Rows that fail are problems.
 */
export function finalGeometries(
	positions: Positions,
	choices: Pick<ImportChoices, 'datum' | 'swap' | 'keepFar'>,
	zoneBox: readonly number[]
): {
	rows: { row: number; cells: Cell[]; geometry: Geometry; original: LonLat }[];
	problems: RowProblem[];
	dropped: number;
} {
	const problems = [...positions.problems];
	const rows = [];
	let dropped = 0;
	for (const p of positions.rows) {
		let g = p.geometry;
		let at = p.at;
		if (p.state === 'range') {
			problems.push({
				row: p.row,
				field: p.field,
				code: 'range',
				detail: `${at[0]}, ${at[1]}`
			});
			continue;
		}
		if (p.state === 'swapped') {
			if (!choices.swap) {
				problems.push({
					row: p.row,
					field: p.field,
					code: 'swapped',
					detail: `${at[0]}, ${at[1]}`
				});
				continue;
			}
			g = swapGeometry(g);
			at = [at[1], at[0]];
		}
		if (p.state === 'far' && !choices.keepFar) {
			dropped++;
			continue;
		}
		const wgs = roundGeometry(geometryToWgs84(g, choices.datum));
		// far sites kept by choice are not judged against the zone's bbox (no false "swapped")
		const box = p.state === 'far' ? null : zoneBox;
		const { problems: found, usable } = geometryProblems(wgs, box);
		if (!usable) {
			problems.push({
				row: p.row,
				field: found[0]?.field ?? 'geometry',
				code: 'geometry',
				detail: found.map((f) => f.message).join('; ')
			});
			continue;
		}
		rows.push({ row: p.row, cells: p.cells, geometry: wgs, original: at });
	}
	problems.sort((a, b) => a.row - b.row);
	return { rows, problems, dropped };
}

function roundGeometry(g: Geometry): Geometry {
	const r = (c: unknown): unknown =>
		typeof (c as number[])[0] === 'number'
			? (c as number[]).slice(0, 2).map(round6)
			: (c as unknown[]).map(r);
	return { ...g, coordinates: r((g as Polygon).coordinates) } as Geometry;
}

/** Entities (and polygons by id) of the rows that passed, in row order. */
export function buildEntities(
	file: ReadFile,
	positions: Positions,
	choices: ImportChoices,
	context: ImportContext,
	progress: (done: number) => void = () => {}
): BuiltLayer {
	const final = finalGeometries(positions, choices, context.bbox);
	const entities: AtlasEntity[] = [];
	const geometries: Record<string, Polygon | MultiPolygon> = {};
	const n = final.rows.length;
	for (const [i, r] of final.rows.entries()) {
		const id = `u-${choices.layerId}-${r.row}`;
		const named = choices.mapping.name !== null ? r.cells[choices.mapping.name] : null;
		const name =
			named === null || named === undefined || String(named).trim() === ''
				? null
				: String(named).trim();
		const point = representativePoint(r.geometry).map(round6) as LonLat;
		const areas = context.zones.filter((z) => pointInArea(point, z.geometry)).map((z) => z.id);
		const district = context.boundaries.find((b) => pointInArea(point, b.geometry))?.id ?? null;
		const props: Record<string, string | number | null> = {};
		file.columns.forEach((c, k) => (props[c] = r.cells[k] ?? null));
		if (r.geometry.type !== 'Point') geometries[id] = r.geometry as Polygon | MultiPolygon;
		entities.push({
			id,
			name_zh: name ?? `地块 ${r.row}`,
			name_en: name ?? `Site ${r.row}`,
			aliases: [],
			kind: 'site',
			chain: null,
			status: 'existing',
			status_year: null,
			facts: [],
			relations: [],
			outside_zone: district !== context.district,
			source: { sentence_zh: `${choices.fileName} 第 ${r.row} 行`, doc: 'import' },
			position: {
				method: 'sourced',
				source: `${choices.fileName}#${r.row}`,
				accuracy_m: USER_ACCURACY_M,
				...(choices.datum !== 'WGS-84' && {
					original: {
						coordinates: [round6(r.original[0]), round6(r.original[1])],
						datum: choices.datum
					}
				})
			},
			point,
			layers: [],
			areas,
			district,
			search: name && hasHan(name) ? searchKeys([name]) : { pinyin: '', initials: '' },
			user: { layer: choices.layerId, row: r.row, props }
		});
		if (i % 2000 === 0) progress(i / n);
	}
	progress(1);
	return { entities, geometries, problems: final.problems, dropped: final.dropped };
}
