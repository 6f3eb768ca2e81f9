/**
 * Honest relations: a relation stated between two measured positions must not
 * contradict their geometry. "Across the street" or "adjacent" more than a
 * street apart, or "located in" well outside the host's outline, is an error.
 * A relation with an end that is not pinned (accuracy coarser than
 * PIN_MAX_ACCURACY_M: a cluster, an estimate to ±km) cannot be measured and
 * stands as stated: no error.
 *
 * Coordinates are WGS-84 [lon, lat] in degrees; distances in metres.
 */
import distance from '@turf/distance';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { round6, type LonLat } from '../../geo/lonlat';
import { metresOutside } from '../../geo/off-area';
import { isPinned } from '../../geo/position-area';
import { representativePoint } from '../../geo/representative-point';
import type { Relation } from '../schema';
import type { Checked } from './features';
import { fmt, type Problem, type Reporter } from './problem';

/** Farthest apart (metres) two measured positions "across the street" from each other may be. */
export const ACROSS_STREET_MAX_M = 500;
/** Farthest apart (metres) two measured "adjacent" positions may be: as for across the street. */
export const ADJACENT_MAX_M = 500;

/** The relations that say two places are near, with the most metres between them they allow. */
export const NEAR_RELATIONS: Partial<Record<Relation['type'], number>> = {
	'across-street-from': ACROSS_STREET_MAX_M,
	'adjacent-to': ADJACENT_MAX_M
};

/** The relations that put a place inside a host's outline. */
export const HOST_RELATIONS: readonly Relation['type'][] = ['located-in', 'part-of'];

/** The relations that say where a place lies, which the geometry can confirm or contradict. */
export const SPATIAL_RELATIONS: readonly Relation['type'][] = [
	...(Object.keys(NEAR_RELATIONS) as Relation['type'][]),
	...HOST_RELATIONS
];

type Placed = Checked & { geometry: Geometry; entity: NonNullable<Checked['entity']> };

const isPlaced = (c: Checked): c is Placed => c.geometry !== null && c.entity !== null;

/** Whether a relation between two placed entities can be measured: both ends pinned. */
export function isMeasurable(a: Placed, b: Placed): boolean {
	return isPinned(a.entity.position.accuracy_m) && isPinned(b.entity.position.accuracy_m);
}

/** Every entity's relations to other entities (features/) against both geometries. */
export function checkRelations(entities: Checked[], report: Reporter): void {
	const placed = entities.filter(isPlaced);
	const byId = new Map(placed.map((c) => [c.id, c]));
	for (const c of placed) {
		const problems = c.entity.relations.flatMap((rel, i) => {
			const target = byId.get(rel.target);
			return target && target !== c ? relationProblems(c, rel, i, target) : [];
		});
		report(c.file, c.id, problems);
	}
}

function relationProblems(c: Placed, rel: Relation, i: number, target: Placed): Problem[] {
	if (!isMeasurable(c, target)) return [];
	const field = `relations.${i}`;
	const max = NEAR_RELATIONS[rel.type];
	if (max !== undefined) {
		const apart = metresApart(c.geometry, target.geometry);
		if (apart <= max) return [];
		return [
			{
				field,
				message: `${rel.type} "${target.id}" (${target.file}) but the two are ${Math.round(apart)} m apart, more than ${max} m: correct a position or the relation`
			}
		];
	}
	const host = target.geometry;
	if (HOST_RELATIONS.includes(rel.type) && isArea(host)) {
		const point = representativePoint(c.geometry).map(round6) as LonLat;
		const outside = metresOutside(point, host);
		const accuracy = c.entity.position.accuracy_m;
		if (outside <= accuracy) return [];
		return [
			{
				field,
				message: `${rel.type} "${target.id}" (${target.file}) but the point ${fmt(point)} lies ${Math.round(outside)} m outside its outline, more than this position's accuracy_m (${accuracy}): correct a position or the relation`
			}
		];
	}
	return [];
}

const isArea = (g: Geometry): g is Polygon | MultiPolygon =>
	g.type === 'Polygon' || g.type === 'MultiPolygon';

/**
 * Metres between two geometries: point to point (geodesic), or to the nearest
 * edge of an area (0 inside). Two areas: the least over each one's vertices,
 * which is 0 when a vertex of one lies in the other.
 */
export function metresApart(a: Geometry, b: Geometry): number {
	if (!isArea(a) && !isArea(b)) {
		return distance(representativePoint(a), representativePoint(b), { units: 'meters' });
	}
	if (!isArea(a)) return metresOutside(representativePoint(a), b as Polygon | MultiPolygon);
	if (!isArea(b)) return metresOutside(representativePoint(b), a);
	const least = (from: Polygon | MultiPolygon, to: Polygon | MultiPolygon) =>
		Math.min(...verticesOf(from).map((p) => metresOutside([p[0]!, p[1]!], to)));
	return Math.min(least(a, b), least(b, a));
}

function verticesOf(area: Polygon | MultiPolygon): Position[] {
	return (area.type === 'Polygon' ? [area.coordinates] : area.coordinates).flat(2);
}
