/**
 * What every rule of the validator returns: a problem (field and message)
 * about one feature or file, which validateGeodata turns into a GeodataError
 * naming the file and the id. Coordinates in messages are [lon, lat].
 */

export type GeodataError = {
	/** path relative to geodata/, e.g. 'features/electronics.geojson' */
	file: string;
	/** the feature or organisation id the error is about */
	id?: string;
	/** dotted path inside the feature's properties (or the file), e.g. 'position.accuracy_m' */
	field?: string;
	message: string;
};

/** One line: `file: id: field: message` (absent parts left out). */
export function formatError(e: GeodataError): string {
	return [e.file, e.id, e.field, e.message]
		.filter((part) => part !== undefined && part !== '')
		.join(': ');
}

/** A rule's finding about one feature, organisation or file: the field (dotted path) and what is wrong. */
export type Problem = { field?: string; message: string };

/** Collects problems under a file and an id (absent for file-level problems). */
export type Reporter = (file: string, id: string | undefined, problems: Problem[]) => void;

/** " (and 3 more)" so a 500-vertex ring with one systematic fault gives one line. */
export const more = (n: number) => (n > 1 ? ` (and ${n - 1} more)` : '');

/** A position as messages write it: `[lon, lat]`. */
export const fmt = (p: readonly number[]) => `[${p[0]}, ${p[1]}]`;

export const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
