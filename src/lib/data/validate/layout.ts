/**
 * Layout rules: every file has a place in the geodata/ layout (../layout.ts
 * says what each folder holds), and each GeoJSON folder holds at least one file.
 */
import { fileRole, pathsOf } from '../layout';
import type { Reporter } from './problem';

/** Files that are not part of the layout, each reported under its own path. */
export function checkLayout(files: Record<string, unknown>, report: Reporter): void {
	for (const path of Object.keys(files).sort()) {
		if (fileRole(path) === 'unknown') {
			report(path, undefined, [
				{
					message:
						'not part of the geodata layout (zone.json, organisations.json, features/*.geojson, boundaries/*.geojson, basemap/*.geojson, roads/*.geojson, sources/*.txt)'
				}
			]);
		}
	}
}

/** features/, boundaries/ and basemap/ each hold at least one .geojson file. */
export function checkGeoJsonFolders(files: Record<string, unknown>, report: Reporter): void {
	for (const role of ['features', 'boundaries', 'basemap'] as const) {
		if (pathsOf(files, role).length === 0)
			report(`${role}/`, undefined, [{ message: `no ${role}/*.geojson files` }]);
	}
}
