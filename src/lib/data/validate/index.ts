/**
 * The dataset validator: every rule geodata/ must satisfy, as a pure function
 * of the files' parsed contents (no fs, no process: src/lib/server/geodata.ts
 * reads the folder, the tests feed objects). It reports every error at once,
 * each naming file, feature id and field, so a maintainer can fix a batch in
 * one go. The rules live by family next to this file; the geometry and
 * feature rules also judge a single feature, for GeoJSON from elsewhere.
 *
 * Coordinates are WGS-84 [lon, lat] in degrees (RFC 7946) throughout.
 */
import { bboxOf } from '../../geo/bbox';
import { checkRoads } from './roads';
import { pathsOf } from '../layout';
import { checkCollection, checkOrganisations, type Checked } from './features';
import { checkGeoJsonFolders, checkLayout } from './layout';
import { checkPlacement, findDistrict } from './placement';
import type { GeodataError, Problem } from './problem';
import { checkIds, checkReferences } from './references';
import { checkRelations } from './relations';
import { checkZone } from './zone';

export { formatError, type GeodataError, type Problem } from './problem';
export { describeIssue } from './schema-messages';
export {
	decimalsOf,
	geometryProblems,
	isWellFormed,
	positionProblems,
	ringProblems
} from './geometry';
export { featureProblems, type FeatureCheck, type GeoJsonRole } from './features';

/**
 * Validates a whole geodata/ folder. `files` maps paths relative to geodata/
 * ('zone.json', 'features/x.geojson', 'sources/a.txt') to parsed JSON, or to
 * text for .txt files. Returns every error found, in file order.
 */
export function validateGeodata(files: Record<string, unknown>): GeodataError[] {
	const errors: GeodataError[] = [];
	const report = (file: string, id: string | undefined, problems: Problem[]) => {
		for (const p of problems)
			errors.push({
				file,
				...(id !== undefined && { id }),
				...(p.field && { field: p.field }),
				message: p.message
			});
	};

	checkLayout(files, report);
	const zone = checkZone(files, report);

	// The zone's own district, needed first: positions are judged against it.
	const district = findDistrict(files, zone.districtId);
	const zoneBox = district ? bboxOf(district) : null;

	checkGeoJsonFolders(files, report);

	// Every GeoJSON file: structure, licence, properties, geometry.
	const checked: Checked[] = [];
	for (const role of ['features', 'boundaries', 'basemap'] as const) {
		for (const file of pathsOf(files, role)) {
			checked.push(...checkCollection(file, role, files[file], zoneBox, report));
		}
	}
	for (const file of pathsOf(files, 'roads')) checkRoads(file, files[file], zoneBox, report);
	const organisations = checkOrganisations(files['organisations.json'], report);

	checkIds(checked, organisations, report);
	checkReferences(checked, organisations, zone, files, report);
	checkPlacement(
		checked.filter((c) => c.role === 'features'),
		district,
		zone.districtId,
		report
	);
	checkRelations(
		checked.filter((c) => c.role === 'features'),
		report
	);
	return errors;
}
