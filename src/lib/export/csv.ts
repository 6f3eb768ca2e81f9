/**
 * Every CSV the atlas writes goes through here (papaparse): a cell that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) is prefixed with an apostrophe; numbers stay numbers.
 * The byte-order mark that makes Excel read UTF-8 is added on download.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

/** papaparse's formula guard, spelled out so a test can hold it to the list above */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
	return Papa.unparse(
		rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c))),
		{ escapeFormulae: FORMULA_START, newline: '\r\n' }
	);
}

/** The UTF-8 byte-order mark: Excel reads a CSV as UTF-8 only with it. */
export const BOM = '\ufeff';
