/**
 * Every CSV the atlas writes goes through here (papaparse): a cell that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) is prefixed with an apostrophe; numbers stay numbers.
 * The byte-order mark that makes Excel read UTF-8 is added on download.
 */

export type CsvCell = string | number | boolean | null | undefined;

/** papaparse's formula guard, spelled out so a test can hold it to the list above */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** papaparse is fetched on the first export, not with the first view. */
export async function toCsv(rows: readonly (readonly CsvCell[])[]): Promise<string> {
	const { default: Papa } = await import('papaparse');
	return Papa.unparse(
		rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : c))),
		{ escapeFormulae: FORMULA_START, newline: '\r\n' }
	);
}

/** The UTF-8 byte-order mark: Excel reads a CSV as UTF-8 only with it. */
export const BOM = '\ufeff';
