/**
 * Feature rules: a GeoJSON file is a FeatureCollection with a licence, and
 * each feature has a GeoJSON structure, an id, properties that pass its
 * folder's schema and a geometry of an allowed type that passes the geometry
 * rules. featureProblems judges one feature alone, so a feature from
 * anywhere (a file a user imports) gets the same rules and messages.
 */
import { getIssues } from '@placemarkio/check-geojson';
import type { Geometry } from 'geojson';
import type { z } from 'zod';
import type { FeatureProps as Entity } from '../schema';
import { BasemapProps, BoundaryFeatureProps, FeatureProps, Licence, Organisation } from '../schema';
import { geometryProblems } from './geometry';
import { isObject, str, type Problem, type Reporter } from './problem';
import { describeValue, schemaProblems } from './schema-messages';

/** The folders that hold GeoJSON. */
export type GeoJsonRole = 'features' | 'boundaries' | 'basemap';

export type RawFeature = { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };

/** A feature's own findings, and what the cross-file rules need of it. */
export type FeatureCheck = {
	id: string | undefined;
	props: Record<string, unknown>;
	problems: Problem[];
	/** set only when the geometry is well formed and in range */
	geometry: Geometry | null;
	/** entity props when they passed FeatureProps */
	entity: Entity | null;
};

/** A feature that passed the structural checks, kept for the cross-file rules. */
export type Checked = Omit<FeatureCheck, 'problems'> & { file: string; role: GeoJsonRole };

const GEOMETRY_TYPES: Record<GeoJsonRole, string[]> = {
	features: ['Point', 'Polygon', 'MultiPolygon'],
	boundaries: ['Polygon', 'MultiPolygon'],
	basemap: ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']
};

const PROPS_SCHEMA: Record<GeoJsonRole, z.ZodType> = {
	features: FeatureProps,
	boundaries: BoundaryFeatureProps,
	basemap: BasemapProps
};

/** check-geojson messages this module words more precisely itself. */
const COVERED_BY_OWN_CHECKS = [/four or more positions/i, /First and last positions/i];

/** RFC 7946 structure via @placemarkio/check-geojson, one feature at a time so each issue has an id. */
function structureProblems(feature: unknown): Problem[] {
	let issues;
	try {
		issues = getIssues(JSON.stringify(feature));
	} catch (err) {
		return [{ message: `not valid GeoJSON: ${(err as Error).message}` }];
	}
	const seen = new Set<string>();
	return issues
		.filter((issue) => !COVERED_BY_OWN_CHECKS.some((re) => re.test(issue.message)))
		.filter((issue) => !seen.has(issue.message) && seen.add(issue.message))
		.map((issue) => ({ message: `GeoJSON: ${issue.message}` }));
}

/** One GeoJSON file of `role`: FeatureCollection, meta licence, then each feature. */
export function checkCollection(
	file: string,
	role: GeoJsonRole,
	fc: unknown,
	zoneBox: readonly number[] | null,
	report: Reporter
): Checked[] {
	if (!isObject(fc) || fc.type !== 'FeatureCollection') {
		report(file, undefined, [{ message: 'must be a GeoJSON FeatureCollection' }]);
		return [];
	}
	report(file, undefined, metaProblems(fc.meta));
	if (!Array.isArray(fc.features)) {
		report(file, undefined, [{ field: 'features', message: 'must be an array of Features' }]);
		return [];
	}
	if (fc.features.length === 0) {
		report(file, undefined, [
			{
				field: 'features',
				message: 'empty FeatureCollection: a file must hold at least one feature'
			}
		]);
		return [];
	}
	return fc.features.flatMap((raw, index): Checked[] => {
		if (!isObject(raw)) {
			report(file, undefined, [
				{ field: `features.${index}`, message: 'must be a GeoJSON Feature object' }
			]);
			return [];
		}
		const { problems, ...checked } = featureProblems(raw, role, zoneBox);
		// without an id the error still needs a handle: the feature's index in the file
		report(file, checked.id ?? `features.${index}`, problems);
		return [{ file, role, ...checked }];
	});
}

/**
 * Every rule about one feature alone (not its file, not other features):
 * GeoJSON structure, id, properties against the schema of `role`, geometry
 * type and geometry rules (positions judged against `zoneBox`, the zone's
 * [west, south, east, north], when given).
 */
export function featureProblems(
	raw: Record<string, unknown>,
	role: GeoJsonRole,
	zoneBox: readonly number[] | null = null
): FeatureCheck {
	const props = isObject(raw.properties) ? raw.properties : {};
	const id = str(raw.id) ?? str(props.id);
	const problems: Problem[] = [...structureProblems(raw)];

	if (raw.id === undefined)
		problems.push({
			field: 'id',
			message: 'missing: each Feature needs a top-level "id" equal to properties.id'
		});
	else if (typeof raw.id !== 'string')
		problems.push({ field: 'id', message: `must be a string (got ${describeValue(raw.id)})` });
	else if (typeof props.id === 'string' && raw.id !== props.id) {
		problems.push({ field: 'id', message: `"${raw.id}" differs from properties.id "${props.id}"` });
	}

	const propsProblems = schemaProblems(PROPS_SCHEMA[role], raw.properties);
	problems.push(...propsProblems);

	let geometry: Geometry | null = null;
	const g = raw.geometry;
	if (!isObject(g)) {
		problems.push({ field: 'geometry', message: 'is required' });
	} else if (!GEOMETRY_TYPES[role].includes(String(g.type))) {
		problems.push({
			field: 'geometry.type',
			message: `must be one of ${GEOMETRY_TYPES[role].join(', ')} in ${role}/ (got ${describeValue(g.type)})`
		});
	} else {
		const candidate = g as unknown as Geometry;
		const geometric = geometryProblems(candidate, zoneBox);
		problems.push(...geometric.problems);
		// only geometry that can be trusted for point-in-polygon goes on to the cross-file rules
		if (geometric.usable) geometry = candidate;
	}

	const entity =
		role === 'features' && propsProblems.length === 0 ? FeatureProps.parse(raw.properties) : null;
	if (entity && entity.kind === 'zone' && geometry?.type === 'Point') {
		problems.push({
			field: 'geometry.type',
			message: 'a kind "zone" feature needs a Polygon or MultiPolygon (it is drawn as an area)'
		});
	}
	return { id, props, problems, geometry, entity };
}

export function metaProblems(meta: unknown): Problem[] {
	if (meta === undefined) {
		return [
			{
				field: 'meta',
				message: 'missing: every file needs a top-level "meta" with its licence and attribution'
			}
		];
	}
	return schemaProblems(Licence, meta, 'meta');
}

export type CheckedOrganisation = { id: string | undefined; props: Record<string, unknown> };

export function checkOrganisations(raw: unknown, report: Reporter): CheckedOrganisation[] {
	const file = 'organisations.json';
	if (raw === undefined) return [];
	if (!isObject(raw)) {
		report(file, undefined, [{ message: 'must be an object { meta, organisations: [...] }' }]);
		return [];
	}
	report(file, undefined, metaProblems(raw.meta));
	if (!Array.isArray(raw.organisations)) {
		report(file, undefined, [{ field: 'organisations', message: 'must be an array' }]);
		return [];
	}
	return raw.organisations.map((org, i) => {
		const props = isObject(org) ? org : {};
		const id = str(props.id);
		report(file, id ?? `organisations.${i}`, schemaProblems(Organisation, org));
		return { id, props };
	});
}
