/**
 * The shapes the import passes between its steps, and its messages: a code
 * (an i18n key suffix, `import_<code>` in i18n/zh.ts and en.ts) and values,
 * never text, so the dialog shows them in the user's language.
 */
import type { Geometry } from 'geojson';
import type { Datum } from '../geo/datum';

export type ImportFormat = 'csv' | 'xlsx' | 'geojson' | 'kml';

/** Why a whole file is refused. */
export type FileProblemCode =
	| 'empty'
	| 'tooLarge'
	| 'wrongType'
	| 'zipNotXlsx'
	| 'brokenXlsx'
	| 'brokenKml'
	| 'brokenGeojson'
	| 'headerOnly'
	| 'noFeatures'
	| 'needsCoordinates'
	| 'noCoordinates';

export type FileProblem = { code: FileProblemCode; values?: Record<string, string | number> };

/** Why one row (a GeoJSON/KML feature) is not imported. */
export type RowProblemCode =
	'coordMissing' | 'coordUnreadable' | 'range' | 'swapped' | 'far' | 'geometryType' | 'geometry';

/**
 * A row that cannot be imported as it is: its number as a spreadsheet shows it
 * (header = row 1) or a feature's 1-based index, the column or field at fault
 * and why. `detail` is the dataset validator's own message for 'geometry'.
 */
export type RowProblem = { row: number; field: string; code: RowProblemCode; detail?: string };

/** A cell as read: text, a number (xlsx), or empty. */
export type Cell = string | number | null;

/**
 * A file read into rows. Tables (CSV, xlsx) have `cells`; GeoJSON and KML
 * have `geometry` (WGS-84 [lon, lat] by their specs) and `props`.
 */
export type ReadRow = { row: number; cells: Cell[]; geometry?: Geometry | null };

export type ReadFile = {
	format: ImportFormat;
	/** 'utf-8', 'utf-8-bom', 'gb18030', 'utf-16le' (text formats) */
	encoding?: string;
	/** the sheets of an xlsx, the one read first */
	sheets?: string[];
	sheet?: string;
	columns: string[];
	rows: ReadRow[];
	/** rows the reader itself could not read (e.g. a feature with no geometry) */
	problems: RowProblem[];
};

/** Where coordinates are read from (table formats). */
export type CoordinateMapping =
	| { kind: 'pair'; lon: number; lat: number }
	| { kind: 'single'; column: number; order: 'lonlat' | 'latlon' }
	| { kind: 'geometry' }
	| { kind: 'none' };

export type ColumnMapping = { coords: CoordinateMapping; name: number | null };

/** Why a datum is suggested: words in the columns or file name, the format, or the default. */
export type DatumReason = 'baidu' | 'amap' | 'gps' | 'geojson' | 'default';

export type ImportChoices = {
	mapping: ColumnMapping;
	datum: Datum;
	/** swap rows that read as lat, lon */
	swap: boolean;
	/** keep sites far outside the zone */
	keepFar: boolean;
	layerId: string;
	layerName: string;
	fileName: string;
};

export type SampleRow = { row: number; cells: Cell[] };

export type { Geometry };
