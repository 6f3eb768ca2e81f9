/**
 * Road network rules (geodata/roads/, optional): a FeatureCollection with its
 * licence, and edges that are LineStrings with valid positions and the
 * properties RoadProps names. Edges are not entities: they have no id.
 */
import type { Geometry } from 'geojson';
import { RoadProps } from '../schema';
import { metaProblems } from './features';
import { isWellFormed, positionProblems } from './geometry';
import { isObject, type Problem, type Reporter } from './problem';
import { schemaProblems } from './schema-messages';

/** At most this many problems are listed per file: a broken export is reported, not dumped. */
const MAX_REPORTED = 20;

export function checkRoads(
	file: string,
	fc: unknown,
	zoneBox: readonly number[] | null,
	report: Reporter
): void {
	if (!isObject(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
		report(file, undefined, [{ message: 'must be a GeoJSON FeatureCollection of road edges' }]);
		return;
	}
	report(file, undefined, metaProblems(fc.meta));
	let reported = 0;
	let more = 0;
	fc.features.forEach((raw, index) => {
		const problems = edgeProblems(raw, zoneBox);
		if (!problems.length) return;
		if (reported >= MAX_REPORTED) {
			more++;
			return;
		}
		reported++;
		report(file, `features.${index}`, problems);
	});
	if (more) report(file, undefined, [{ message: `and ${more} more edges with problems` }]);
}

/** Every rule about one road edge alone. */
export function edgeProblems(raw: unknown, zoneBox: readonly number[] | null = null): Problem[] {
	if (!isObject(raw) || raw.type !== 'Feature') return [{ message: 'must be a GeoJSON Feature' }];
	const problems = schemaProblems(RoadProps, raw.properties, 'properties');
	const g = raw.geometry as Geometry | null | undefined;
	if (!isObject(g) || g.type !== 'LineString') {
		problems.push({ field: 'geometry', message: 'must be a LineString' });
	} else if (!isWellFormed(g) || g.coordinates.length < 2) {
		problems.push({ field: 'geometry', message: 'must have at least two [lon, lat] positions' });
	} else {
		problems.push(...positionProblems(g, zoneBox));
	}
	return problems;
}
