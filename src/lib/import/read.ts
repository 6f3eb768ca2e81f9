/**
 * Reading a file into rows (types.ts ReadFile), one reader per format. CSV is
 * parsed by papaparse in chunks with progress; Excel's library is imported
 * only when an xlsx arrives; KML is read by @xmldom/xmldom (a worker has no
 * DOMParser) and @tmcw/togeojson. A reader that cannot read the file throws
 * an ImportError with a message code.
 */
import Papa from 'papaparse';
import type { Feature, Geometry } from 'geojson';
import { decodeText } from './encoding';
import type { Cell, FileProblem, ReadFile, ReadRow, RowProblem } from './types';

export class ImportError extends Error {
	constructor(readonly problem: FileProblem) {
		super(problem.code);
	}
}

/** fraction done, 0–1 */
export type Progress = (done: number) => void;

const isBlank = (cells: readonly Cell[]) =>
	cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** Header and rows of a table; the header is the first row that is not blank. */
function table(
	format: 'csv' | 'xlsx',
	data: Cell[][],
	firstRow: number,
	extra: Partial<ReadFile>
): ReadFile {
	const h = data.findIndex((cells) => !isBlank(cells));
	if (h < 0) throw new ImportError({ code: 'empty' });
	const columns = data[h]!.map((c, i) => (c === null || c === '' ? `#${i + 1}` : String(c).trim()));
	const rows: ReadRow[] = [];
	for (let i = h + 1; i < data.length; i++) {
		const cells = data[i]!;
		if (!isBlank(cells)) rows.push({ row: firstRow + i, cells });
	}
	if (!rows.length) throw new ImportError({ code: 'headerOnly' });
	return { format, columns, rows, problems: [], ...extra };
}

/** A CSV's text (any encoding decodeText knows), parsed in 1 MB chunks. */
export function readCsv(bytes: Uint8Array, progress: Progress = () => {}): ReadFile {
	const { text, encoding } = decodeText(bytes);
	const data: Cell[][] = [];
	let seen = 0;
	// papaparse's types leave `chunk` out of the string-input overload; it is supported there
	const parse = Papa.parse as unknown as (
		text: string,
		config: Papa.ParseConfig<string[]> & {
			chunkSize: number;
			chunk: (r: Papa.ParseResult<string[]>) => void;
		}
	) => void;
	parse(text, {
		skipEmptyLines: false,
		chunkSize: 1 << 20,
		chunk(results) {
			for (const row of results.data) data.push(row.map((c) => (c === '' ? null : c)));
			seen = results.meta.cursor;
			progress(Math.min(1, seen / text.length));
		}
	});
	// papaparse leaves a trailing empty line as [''] which is blank; rows are numbered from 1
	return table('csv', data, 1, { encoding });
}

/** An Excel workbook: one sheet (the first by default); every sheet's name is listed. */
export async function readXlsx(bytes: Uint8Array, sheet?: string): Promise<ReadFile> {
	const XLSX = await import('@e965/xlsx');
	let wb: ReturnType<typeof XLSX.read>;
	try {
		wb = XLSX.read(bytes, { type: 'array', dense: true });
	} catch {
		throw new ImportError({ code: 'brokenXlsx' });
	}
	const sheets = wb.SheetNames;
	const name = sheet && sheets.includes(sheet) ? sheet : sheets[0];
	const ws = name ? wb.Sheets[name] : undefined;
	if (!name || !ws || !ws['!ref']) throw new ImportError({ code: 'empty' });
	let start: number;
	let data: Cell[][];
	// a damaged sheet can open and still fail on its cells ("unrecognized type")
	try {
		start = XLSX.utils.decode_range(ws['!ref']).s.r;
		data = XLSX.utils.sheet_to_json<Cell[]>(ws, {
			header: 1,
			raw: true,
			defval: null,
			blankrows: true
		});
	} catch {
		throw new ImportError({ code: 'brokenXlsx' });
	}
	return table('xlsx', data, start + 1, { sheets, sheet: name });
}

/** Columns of a feature collection: every property name, in first-seen order. */
function featureTable(format: 'geojson' | 'kml', features: Feature[], encoding?: string): ReadFile {
	if (!features.length) throw new ImportError({ code: 'noFeatures' });
	const columns: string[] = [];
	const index = new Map<string, number>();
	for (const f of features) {
		for (const key of Object.keys(f.properties ?? {})) {
			if (!index.has(key) && !/^(styleUrl|styleHash|styleMapHash|stroke|fill)/.test(key)) {
				index.set(key, columns.length);
				columns.push(key);
			}
		}
	}
	const problems: RowProblem[] = [];
	const rows: ReadRow[] = features.map((f, i) => {
		const cells: Cell[] = columns.map((c) => scalar(f.properties?.[c]));
		if (!f.geometry) problems.push({ row: i + 1, field: 'geometry', code: 'coordMissing' });
		return { row: i + 1, cells, geometry: f.geometry as Geometry | null };
	});
	return { format, encoding, columns, rows, problems };
}

function scalar(v: unknown): Cell {
	if (v === undefined || v === null) return null;
	if (typeof v === 'number' || typeof v === 'string') return v;
	return JSON.stringify(v);
}

export function readGeojson(bytes: Uint8Array): ReadFile {
	const { text, encoding } = decodeText(bytes);
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new ImportError({ code: 'brokenGeojson' });
	}
	const obj = json as { type?: unknown; features?: unknown; coordinates?: unknown } | null;
	let features: Feature[];
	if (obj?.type === 'FeatureCollection' && Array.isArray(obj.features))
		// anything in the list that is not an object is a feature without geometry (a row problem)
		features = (obj.features as unknown[]).map((f) =>
			f !== null && typeof f === 'object' && !Array.isArray(f)
				? (f as Feature)
				: ({ type: 'Feature', properties: {}, geometry: null } as unknown as Feature)
		);
	else if (obj?.type === 'Feature') features = [obj as unknown as Feature];
	else if (obj && typeof obj.type === 'string' && 'coordinates' in obj)
		features = [{ type: 'Feature', properties: {}, geometry: obj as unknown as Geometry }];
	else throw new ImportError({ code: 'brokenGeojson' });
	return featureTable('geojson', features, encoding);
}

export async function readKml(bytes: Uint8Array): Promise<ReadFile> {
	const { text, encoding } = decodeText(bytes);
	const [{ DOMParser }, { kml }] = await Promise.all([
		import('@xmldom/xmldom'),
		import('@tmcw/togeojson')
	]);
	let doc: Document;
	try {
		doc = new DOMParser({
			onError(level) {
				if (level !== 'warning') throw new Error('kml');
			}
		}).parseFromString(text, 'text/xml') as unknown as Document;
	} catch {
		throw new ImportError({ code: 'brokenKml' });
	}
	if (doc.documentElement?.nodeName.toLowerCase().replace(/^.*:/, '') !== 'kml') {
		throw new ImportError({ code: 'brokenKml' });
	}
	return featureTable('kml', kml(doc).features as Feature[], encoding);
}
