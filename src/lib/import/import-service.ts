/**
 * The import as three steps over one file, kept between them: open (sniff,
 * read, detect columns, suggest a datum), check (what the user's choices
 * would import and what not), build (the layer). Pure apart from the dynamic
 * import of the Excel and KML libraries; the worker wraps it, tests call it.
 */
import type { Datum } from '../geo/datum';
import type { LonLat } from '../geo/lonlat';
import {
	buildEntities,
	facetColumns,
	suggestDatum,
	type BuiltLayer,
	type ImportContext
} from './build-layer';
import {
	countStates,
	datumShift,
	positionsOf,
	type DatumShift,
	type Positions,
	type RowCounts
} from './check';
import { detectColumns } from './columns';
import { ImportError, readCsv, readGeojson, readKml, readXlsx, type Progress } from './read';
import { sniffFormat } from './sniff';
import type {
	Cell,
	ColumnMapping,
	DatumReason,
	FileProblem,
	ImportChoices,
	ImportFormat,
	ReadFile,
	RowProblem,
	SampleRow
} from './types';

/** What the dialog shows once a file is read. */
export type Inspection = {
	format: ImportFormat;
	encoding?: string;
	sheets?: string[];
	sheet?: string;
	columns: string[];
	/** the first rows, as read */
	sample: SampleRow[];
	rows: number;
	mapping: ColumnMapping;
	datum: Datum;
	reason: DatumReason;
	/** a file-level problem that stops the import until the mapping changes */
	problem?: FileProblem;
};

/** What the current choices would do. */
export type CheckResult = {
	counts: RowCounts;
	/** rows that would not be imported (the first MAX_LISTED) and how many in all */
	problems: RowProblem[];
	problemCount: number;
	/** far rows dropped by the choice */
	dropped: number;
	/** sites that would be imported */
	importable: number;
	shift: Record<Datum, DatumShift>;
	facets: string[];
};

export type OpenResult = { ok: true; inspection: Inspection } | { ok: false; problem: FileProblem };

/** Rows listed in the dialog; the count says how many more. */
export const MAX_LISTED = 200;
const SAMPLE_ROWS = 5;
const DETECT_ROWS = 200;

export class ImportService {
	#file: ReadFile | null = null;
	#bytes: Uint8Array | null = null;
	#name = '';
	#positions: { key: string; value: Positions } | null = null;
	#zoneBox: readonly number[];

	constructor(zoneBox: readonly number[]) {
		this.#zoneBox = zoneBox;
	}

	async open(
		bytes: Uint8Array,
		fileName: string,
		progress: Progress = () => {},
		sheet?: string
	): Promise<OpenResult> {
		this.#file = null;
		this.#positions = null;
		const sniffed = sniffFormat(bytes, fileName);
		if (!sniffed.ok) return { ok: false, problem: sniffed.problem };
		try {
			let file: ReadFile;
			switch (sniffed.format) {
				case 'csv':
					file = readCsv(bytes, progress);
					break;
				case 'xlsx':
					file = await readXlsx(bytes, sheet);
					break;
				case 'geojson':
					file = readGeojson(bytes);
					break;
				case 'kml':
					file = await readKml(bytes);
					break;
			}
			this.#file = file;
			this.#bytes = bytes;
			this.#name = fileName;
			return { ok: true, inspection: this.#inspect(file) };
		} catch (err) {
			if (err instanceof ImportError) return { ok: false, problem: err.problem };
			throw err;
		}
	}

	/** Another sheet of the open workbook. */
	async openSheet(sheet: string, progress?: Progress): Promise<OpenResult> {
		if (!this.#bytes) throw new Error('import: open() first');
		return this.open(this.#bytes, this.#name, progress, sheet);
	}

	#inspect(file: ReadFile): Inspection {
		const geo = file.format === 'geojson' || file.format === 'kml';
		const detected = geo
			? {
					mapping: { coords: { kind: 'geometry' }, name: nameColumn(file.columns) } as ColumnMapping
				}
			: detectColumns(
					file.columns,
					file.rows.slice(0, DETECT_ROWS).map((r) => r.cells)
				);
		const { datum, reason } = suggestDatum(file.format, this.#name, file.columns);
		return {
			format: file.format,
			encoding: file.encoding,
			sheets: file.sheets,
			sheet: file.sheet,
			columns: file.columns,
			sample: file.rows.slice(0, SAMPLE_ROWS).map((r) => ({ row: r.row, cells: r.cells })),
			rows: file.rows.length,
			mapping: detected.mapping,
			datum,
			reason,
			...('problem' in detected && detected.problem && { problem: detected.problem })
		};
	}

	#positionsFor(mapping: ColumnMapping): Positions {
		const file = this.#need();
		const key = JSON.stringify(mapping);
		if (this.#positions?.key !== key) {
			this.#positions = { key, value: positionsOf(file, mapping, this.#zoneBox) };
		}
		return this.#positions.value;
	}

	#need(): ReadFile {
		if (!this.#file) throw new Error('import: open() first');
		return this.#file;
	}

	check(choices: Pick<ImportChoices, 'mapping' | 'datum' | 'swap' | 'keepFar'>): CheckResult {
		const file = this.#need();
		const positions = this.#positionsFor(choices.mapping);
		const { problems, dropped, importable } = preview(positions, choices);
		const points: LonLat[] = positions.rows
			.filter(
				(r) =>
					r.state === 'ok' ||
					(r.state === 'far' && choices.keepFar) ||
					(r.state === 'swapped' && choices.swap)
			)
			.map((r) => (r.state === 'swapped' ? [r.at[1], r.at[0]] : r.at));
		const shift = {
			'WGS-84': datumShift(points, 'WGS-84'),
			'GCJ-02': datumShift(points, 'GCJ-02'),
			'BD-09': datumShift(points, 'BD-09')
		};
		return {
			counts: countStates(positions, file.rows.length),
			problems: problems.slice(0, MAX_LISTED),
			problemCount: problems.length,
			dropped,
			importable,
			shift,
			facets: facetColumns(file, choices.mapping)
		};
	}

	build(
		choices: ImportChoices,
		context: ImportContext,
		progress?: Progress
	): BuiltLayer & { facets: string[]; format: ImportFormat; rows: number } {
		const file = this.#need();
		const positions = this.#positionsFor(choices.mapping);
		const built = buildEntities(file, positions, choices, context, progress);
		return {
			...built,
			facets: facetColumns(file, choices.mapping),
			format: file.format,
			rows: file.rows.length
		};
	}
}

/** The rows the choices leave out, without converting or validating (fast, for every change). */
function preview(positions: Positions, c: Pick<ImportChoices, 'swap' | 'keepFar'>) {
	const problems: RowProblem[] = [...positions.problems];
	let dropped = 0;
	let importable = 0;
	for (const p of positions.rows) {
		const field = p.field;
		const detail = `${p.at[0]}, ${p.at[1]}`;
		if (p.state === 'range') problems.push({ row: p.row, field, code: 'range', detail });
		else if (p.state === 'swapped' && !c.swap)
			problems.push({ row: p.row, field, code: 'swapped', detail });
		else if (p.state === 'far' && !c.keepFar) dropped++;
		else importable++;
	}
	problems.sort((a, b) => a.row - b.row);
	return { problems, dropped, importable };
}

function nameColumn(columns: readonly string[]): number | null {
	const i = columns.findIndex((c) => /^(name|名称|名字|title)$/i.test(c.trim()));
	return i >= 0 ? i : null;
}

export type { Cell };
