/**
 * Placement rules: an entity lies in the zone's district unless it says
 * `outside_zone: true` (and not inside when it says so), a position read off
 * a GCJ-02/BD-09 map was converted, and no two points stack on one position.
 *
 * Coordinates are WGS-84 [lon, lat] in degrees.
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { round6, type LonLat } from '../../geo/lonlat';
import { pointInArea } from '../../geo/point-in-area';
import { PIN_MAX_ACCURACY_M, isPinned } from '../../geo/position-area';
import { representativePoint } from '../../geo/representative-point';
import { pathsOf } from '../layout';
import { DATUMS, type FeatureProps as Entity } from '../schema';
import type { Checked, RawFeature } from './features';
import { isWellFormed, ringProblems } from './geometry';
import { fmt, isObject, str, type Problem, type Reporter } from './problem';

/** The zone's district polygon from boundaries/, if it is there and well formed. */
export function findDistrict(
	files: Record<string, unknown>,
	districtId: string | undefined
): Polygon | MultiPolygon | null {
	if (districtId === undefined) return null;
	for (const file of pathsOf(files, 'boundaries')) {
		const fc = files[file];
		if (!isObject(fc) || !Array.isArray(fc.features)) continue;
		for (const f of fc.features as RawFeature[]) {
			const id = isObject(f)
				? (str(f.id) ?? (isObject(f.properties) ? str(f.properties.id) : undefined))
				: undefined;
			const g = isObject(f) ? f.geometry : undefined;
			if (id !== districtId || !isObject(g)) continue;
			const geometry = g as unknown as Geometry;
			if (
				(geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') &&
				isWellFormed(geometry)
			) {
				const problems = ringProblems(geometry);
				return problems.some((p) => /positions|not closed/.test(p.message)) ? null : geometry;
			}
		}
	}
	return null;
}

/** Placement of every entity (features/) that passed its own rules, against the zone's district. */
export function checkPlacement(
	entities: Checked[],
	district: Polygon | MultiPolygon | null,
	districtId: string | undefined,
	report: Reporter
): void {
	const stacked = new Map<string, Checked>();
	const clusters = new Map<string, Checked>();
	const byId = new Map(entities.map((c) => [c.id, c]));
	for (const c of entities) {
		if (!c.geometry || !c.entity) continue;
		report(c.file, c.id, originalProblems(c.entity, c.geometry));
		if (district && districtId)
			report(c.file, c.id, zoneProblems(c.entity, c.geometry, district, districtId));
		const cluster = c.entity.position.cluster;
		if (cluster !== undefined) report(c.file, c.id, clusterProblems(c, clusters));
		// a cluster is drawn as an area of its own, named by its id: no feature may have it
		const namesake = cluster === undefined ? undefined : byId.get(cluster);
		if (namesake)
			report(c.file, c.id, [
				{
					field: 'position.cluster',
					message: `"${cluster}" is also the id of feature "${namesake.id}" (${namesake.file}); a cluster is drawn as an area of its own and needs an id no feature has: rename the cluster`
				}
			]);
		if (c.geometry.type === 'Point') {
			const key = c.geometry.coordinates.slice(0, 2).join(',');
			const other = stacked.get(key);
			// members of one cluster share its centre on purpose: they are drawn as one area
			if (other && (cluster === undefined || other.entity?.position.cluster !== cluster)) {
				report(c.file, c.id, [
					{
						field: 'geometry.coordinates',
						message: `stacked on "${other.id}" (${other.file}): two points with identical coordinates hide each other; offset one`
					}
				]);
			} else if (!other) stacked.set(key, c);
		}
	}
}

/**
 * A cluster member is a Point at its cluster's one centre (the first member
 * read), coarse enough to be drawn as an area: members in a pattern around the
 * centre would be positions no source gives.
 */
function clusterProblems(c: Checked, clusters: Map<string, Checked>): Problem[] {
	const entity = c.entity!;
	const cluster = entity.position.cluster!;
	if (c.geometry?.type !== 'Point') {
		return [
			{
				field: 'position.cluster',
				message: `only a Point can be a cluster member (this is a ${c.geometry?.type}); remove "cluster"`
			}
		];
	}
	const problems: Problem[] = [];
	if (isPinned(entity.position.accuracy_m)) {
		problems.push({
			field: 'position.cluster',
			message: `a cluster is drawn as an area, which needs accuracy_m > ${PIN_MAX_ACCURACY_M} (it is ${entity.position.accuracy_m}); remove "cluster" or state the cluster's real accuracy`
		});
	}
	const first = clusters.get(cluster);
	if (!first) clusters.set(cluster, c);
	else if (first.geometry?.type === 'Point') {
		const at = c.geometry.coordinates.slice(0, 2);
		const centre = first.geometry.coordinates.slice(0, 2);
		if (at[0] !== centre[0] || at[1] !== centre[1]) {
			problems.push({
				field: 'geometry.coordinates',
				message: `${fmt(at as LonLat)} differs from ${fmt(centre as LonLat)}, the point of "${first.id}" (${first.file}) in cluster "${cluster}": the members of a cluster share its centre`
			});
		}
	}
	return problems;
}

/** A converted position must differ from its GCJ-02/BD-09 original, or the conversion was skipped. */
export function originalProblems(entity: Entity, geometry: Geometry): Problem[] {
	const original = entity.position.original;
	if (!original || original.datum === DATUMS[0] || geometry.type !== 'Point') return [];
	const [lon, lat] = geometry.coordinates;
	const [olon, olat] = original.coordinates;
	if (Math.abs(lon! - olon) < 1e-9 && Math.abs(lat! - olat) < 1e-9) {
		return [
			{
				field: 'position.original',
				message: `coordinates equal the feature's position although the datum is ${original.datum}: convert them to WGS-84 (npm run geodata move ${entity.id} --${original.datum === 'GCJ-02' ? 'gcj02' : 'bd09'} ${olon},${olat})`
			}
		];
	}
	return [];
}

/** In the zone's district unless `outside_zone: true`, and not inside when it says outside. */
export function zoneProblems(
	entity: Entity,
	geometry: Geometry,
	district: Polygon | MultiPolygon,
	districtId: string
): Problem[] {
	const point = representativePoint(geometry).map(round6) as LonLat;
	const inside = pointInArea(point, district);
	if (!inside && !entity.outside_zone) {
		return [
			{
				field: 'geometry',
				message: `point ${fmt(point)} is outside the zone's district "${districtId}"; move it, or set outside_zone: true if it lies outside on purpose`
			}
		];
	}
	if (inside && entity.outside_zone) {
		return [
			{
				field: 'outside_zone',
				message: `is true but the point ${fmt(point)} lies inside the zone's district "${districtId}"`
			}
		];
	}
	return [];
}
