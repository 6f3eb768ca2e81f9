/**
 * The layout of a geodata/ folder: what each file is, by its folder. Shared by
 * the validator (which reports files outside the layout) and the build (which
 * reads files by role), so neither depends on the other.
 */

export type FileRole =
	'zone' | 'organisations' | 'features' | 'boundaries' | 'basemap' | 'roads' | 'source' | 'unknown';

/** What a file is, by its folder (never by its name: another zone has other names). */
export function fileRole(path: string): FileRole {
	if (path === 'zone.json') return 'zone';
	if (path === 'organisations.json') return 'organisations';
	const match = /^(features|boundaries|basemap|roads)\/[^/]+\.geojson$/.exec(path);
	if (match) return match[1] as 'features' | 'boundaries' | 'basemap' | 'roads';
	if (/^sources\/.+\.txt$/.test(path)) return 'source';
	return 'unknown';
}

/** Paths of one role, sorted so that every output is deterministic. */
export function pathsOf(files: Record<string, unknown>, role: FileRole): string[] {
	return Object.keys(files)
		.filter((p) => fileRole(p) === role)
		.sort();
}
