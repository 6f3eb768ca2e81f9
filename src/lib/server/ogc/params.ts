/**
 * Query parameters of the OGC API, checked strictly. OGC 17-069r4 requirement
 * 8 (/req/core/query-param-unknown) wants a 400 for a parameter the API does not
 * define, and requirement 9 (/req/core/query-param-invalid) a 400 for an invalid
 * value; both answer with a problem body naming the parameter.
 *
 * `limit` follows the standard's example: default 10, at least 1; a value above
 * the maximum (MAX_LIMIT) is not an error but is served as the maximum, with a
 * `next` link for the rest (§7.15.4; ogcapi-features issue 640).
 */
import type { BBox } from '../../geo/bbox';
import { FILTERS, type FilterName, type OgcCollection } from './collections';
import { badParameter, ProblemError } from './problem';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 1000;

export type Format = 'json' | 'html';

export type ItemsQuery = {
	/** one box, or two when the request's box crosses the antimeridian */
	bbox: BBox[] | null;
	limit: number;
	offset: number;
	/** per filter, the values any of which a feature must have */
	filters: Partial<Record<FilterName, string[]>>;
};

/** Parameters each kind of resource accepts. */
export const ITEMS_PARAMS = ['f', 'bbox', 'limit', 'offset', ...FILTERS] as const;
export const RESOURCE_PARAMS = ['f'] as const;

/** A 400 for any parameter not in `allowed`, or given twice. */
export function checkParameterNames(params: URLSearchParams, allowed: readonly string[]): void {
	const seen = new Set<string>();
	for (const name of params.keys()) {
		if (!allowed.includes(name))
			throw new ProblemError(
				badParameter(
					name,
					`unknown query parameter "${name}"; this resource accepts: ${allowed.join(', ')}`,
					[...allowed]
				)
			);
		if (seen.has(name))
			throw new ProblemError(
				badParameter(
					name,
					`"${name}" is given more than once; give it once (lists are comma-separated)`
				)
			);
		seen.add(name);
	}
}

/** `f`: json or html, or null when absent (then the Accept header decides). */
export function parseFormat(params: URLSearchParams): Format | null {
	const f = params.get('f');
	if (f === null) return null;
	if (f === 'json' || f === 'html') return f;
	throw new ProblemError(
		badParameter('f', `f must be json or html (got "${f}")`, ['json', 'html'])
	);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * `bbox`: west,south,east,north in CRS84 degrees (longitude first), or the six
 * numbers of a 3D box whose heights are ignored. west > east is a box across
 * the antimeridian, split in two.
 */
export function parseBbox(value: string): BBox[] {
	const parts = value.split(',').map((s) => s.trim());
	const bad = (why: string) =>
		new ProblemError(
			badParameter('bbox', `bbox must be minLon,minLat,maxLon,maxLat in degrees (CRS84): ${why}`)
		);
	if (parts.length !== 4 && parts.length !== 6) throw bad(`got ${parts.length} values`);
	if (!parts.every((p) => NUMBER.test(p))) throw bad(`"${value}" is not a list of numbers`);
	const n = parts.map(Number);
	const [w, s, e, north] = parts.length === 4 ? n : [n[0]!, n[1]!, n[3]!, n[4]!];
	if ([w, e].some((x) => x! < -180 || x! > 180)) throw bad('longitudes must be within ±180');
	if ([s, north].some((y) => y! < -90 || y! > 90)) throw bad('latitudes must be within ±90');
	if (s! > north!) throw bad('the south edge is north of the north edge');
	if (w! <= e!) return [[w!, s!, e!, north!]];
	return [
		[w!, s!, 180, north!],
		[-180, s!, e!, north!]
	];
}

function parseCount(name: 'limit' | 'offset', value: string, min: number): number {
	if (!/^\d+$/.test(value.trim()) || Number(value) < min)
		throw new ProblemError(
			badParameter(name, `${name} must be a whole number ≥ ${min} (got "${value}")`)
		);
	return Number(value);
}

/** The parameters of /items for one collection; `domains` are the values each filter accepts. */
export function parseItemsQuery(
	params: URLSearchParams,
	collection: OgcCollection,
	domains: Record<FilterName, string[]>
): ItemsQuery {
	checkParameterNames(params, ITEMS_PARAMS);
	parseFormat(params);
	const bbox = params.get('bbox');
	const limit = params.get('limit');
	const offset = params.get('offset');
	const filters: ItemsQuery['filters'] = {};
	for (const name of FILTERS) {
		const value = params.get(name);
		if (value === null) continue;
		if (!collection.filters.includes(name))
			throw new ProblemError(
				badParameter(
					name,
					`collection "${collection.id}" cannot be filtered by ${name}` +
						(collection.filters.length
							? `; it can be filtered by ${collection.filters.join(', ')}`
							: '; it has none of the atlas filters')
				)
			);
		const values = value.split(',').map((v) => v.trim());
		const unknown = values.filter((v) => !domains[name].includes(v));
		if (unknown.length)
			throw new ProblemError(
				badParameter(
					name,
					`unknown ${name} ${unknown.map((v) => `"${v}"`).join(', ')}; ${name} is one or more (comma-separated) of: ${domains[name].join(', ')}`,
					domains[name]
				)
			);
		filters[name] = values;
	}
	return {
		bbox: bbox === null ? null : parseBbox(bbox),
		limit: limit === null ? DEFAULT_LIMIT : Math.min(parseCount('limit', limit, 1), MAX_LIMIT),
		offset: offset === null ? 0 : parseCount('offset', offset, 0),
		filters
	};
}
