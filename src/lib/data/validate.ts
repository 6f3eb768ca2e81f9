/**
 * The dataset validator: every rule geodata/ must satisfy, as a pure function
 * of the files' parsed contents (no fs, no process: scripts/geodata.ts reads
 * the folder, the tests feed objects). It reports every error at once, each
 * naming file, feature id and field, so a maintainer can fix a batch in one go.
 *
 * Coordinates are WGS-84 [lon, lat] in degrees (RFC 7946) throughout.
 */
import { getIssues } from '@placemarkio/check-geojson';
import { feature as turfFeature } from '@turf/helpers';
import kinks from '@turf/kinks';
import type { Geometry, MultiPolygon, Polygon, Position as GeoPosition } from 'geojson';
import type { z } from 'zod';
import { bboxOf } from '../geo/bbox';
import { round6, type LonLat } from '../geo/lonlat';
import { pointInArea } from '../geo/point-in-area';
import { representativePoint } from '../geo/representative-point';
import { fileRole, pathsOf } from './layout';
import type { FeatureProps as Entity } from './schema';
import {
	BasemapProps,
	BoundaryFeatureProps,
	FeatureProps,
	Licence,
	Organisation,
	Zone,
	DATUMS
} from './schema';

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

/* ---------------------------------------------------------------- geometry */

type Located = { position: GeoPosition; field: string };
type Ring = { ring: GeoPosition[]; field: string; exterior: boolean };

/** Every position of a geometry with its dotted field path (GeometryCollection not supported). */
function positionsOf(geometry: Geometry): Located[] {
	const base = 'geometry.coordinates';
	switch (geometry.type) {
		case 'Point':
			return [{ position: geometry.coordinates, field: base }];
		case 'MultiPoint':
		case 'LineString':
			return geometry.coordinates.map((position, i) => ({ position, field: `${base}.${i}` }));
		case 'MultiLineString':
			return geometry.coordinates.flatMap((line, l) =>
				line.map((position, i) => ({ position, field: `${base}.${l}.${i}` }))
			);
		case 'Polygon':
		case 'MultiPolygon':
			return ringsOf(geometry).flatMap(({ ring, field }) =>
				ring.map((position, i) => ({ position, field: `${field}.${i}` }))
			);
		default:
			return [];
	}
}

function ringsOf(geometry: Polygon | MultiPolygon): Ring[] {
	const base = 'geometry.coordinates';
	if (geometry.type === 'Polygon') {
		return geometry.coordinates.map((ring, r) => ({
			ring,
			field: `${base}.${r}`,
			exterior: r === 0
		}));
	}
	return geometry.coordinates.flatMap((polygon, p) =>
		polygon.map((ring, r) => ({ ring, field: `${base}.${p}.${r}`, exterior: r === 0 }))
	);
}

function isPosition(value: unknown): value is GeoPosition {
	return (
		Array.isArray(value) &&
		(value.length === 2 || value.length === 3) &&
		value.every((n) => typeof n === 'number' && Number.isFinite(n))
	);
}

/** Whether the coordinates nest the way the geometry type says (check-geojson explains otherwise). */
function isWellFormed(geometry: Geometry): boolean {
	const arr = (v: unknown): v is unknown[] => Array.isArray(v);
	const line = (v: unknown) => arr(v) && v.every(isPosition);
	switch (geometry.type) {
		case 'Point':
			return isPosition(geometry.coordinates);
		case 'MultiPoint':
		case 'LineString':
			return line(geometry.coordinates);
		case 'MultiLineString':
		case 'Polygon':
			return arr(geometry.coordinates) && geometry.coordinates.every(line);
		case 'MultiPolygon':
			return (
				arr(geometry.coordinates) &&
				geometry.coordinates.every((poly) => arr(poly) && poly.every(line))
			);
		default:
			return false;
	}
}

/** Decimal places of a number as written by JSON.stringify (handles 1e-7). */
export function decimalsOf(n: number): number {
	const m = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(String(n));
	if (!m) return 0;
	return Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0));
}

/** Twice the signed planar area in degrees² (shoelace): > 0 counterclockwise. */
function signedArea(ring: GeoPosition[]): number {
	let sum = 0;
	for (let i = 0; i + 1 < ring.length; i++) {
		const a = ring[i]!;
		const b = ring[i + 1]!;
		sum += a[0]! * b[1]! - b[0]! * a[1]!;
	}
	return sum;
}

const samePosition = (a: GeoPosition, b: GeoPosition) => a[0] === b[0] && a[1] === b[1];
const fmt = (p: GeoPosition) => `[${p[0]}, ${p[1]}]`;
const inBox = (p: GeoPosition, b: readonly number[]) =>
	p[0]! >= b[0]! && p[0]! <= b[2]! && p[1]! >= b[1]! && p[1]! <= b[3]!;

type Problem = { field?: string; message: string };

/** " (and 3 more)" so a 500-vertex ring with one systematic fault gives one line. */
const more = (n: number) => (n > 1 ? ` (and ${n - 1} more)` : '');

/**
 * Position-level rules: range, [lon, lat] order (against the zone's bbox when
 * known) and at most 6 decimals. One problem per rule per geometry.
 */
function positionProblems(geometry: Geometry, zoneBox: number[] | null): Problem[] {
	const positions = positionsOf(geometry);
	// generous margin: the airport and neighbours lie outside the zone but not a bbox away
	const box = zoneBox && padBox(zoneBox);
	const looksSwapped = (p: GeoPosition) =>
		box !== null && !inBox(p, box) && inBox([p[1]!, p[0]!], box);
	const problems: Problem[] = [];

	const outOfRange = positions.filter(
		({ position: [lon, lat] }) => Math.abs(lat!) > 90 || Math.abs(lon!) > 180
	);
	const first = outOfRange[0];
	if (first) {
		const [lon, lat] = first.position as [number, number];
		const what =
			Math.abs(lat) > 90
				? `latitude ${lat} is out of range [-90, 90]`
				: `longitude ${lon} is out of range [-180, 180]`;
		// [lat, lon] is the usual slip; say so when the flipped position makes sense
		const flippedFits = box ? inBox([lat, lon], box) : Math.abs(lon) <= 90 && Math.abs(lat) <= 180;
		const hint = flippedFits ? '; the position looks like [lat, lon]: write [lon, lat]' : '';
		problems.push({ field: first.field, message: what + hint + more(outOfRange.length) });
	}

	const swapped = positions.filter(
		({ position: [lon, lat] }) =>
			Math.abs(lat!) <= 90 && Math.abs(lon!) <= 180 && looksSwapped([lon!, lat!])
	);
	const firstSwapped = swapped[0];
	if (firstSwapped) {
		const p = firstSwapped.position;
		problems.push({
			field: firstSwapped.field,
			message: `position ${fmt(p)} looks swapped: ${fmt([p[1]!, p[0]!])} lies in the zone; write [lon, lat]${more(swapped.length)}`
		});
	}

	const precise = positions.filter(({ position }) => position.some((n) => decimalsOf(n) > 6));
	const firstPrecise = precise[0];
	if (firstPrecise) {
		const n = firstPrecise.position.find((v) => decimalsOf(v) > 6)!;
		problems.push({
			field: firstPrecise.field,
			message: `${n} has ${decimalsOf(n)} decimals; round coordinates to 6 (≈0.1 m)${more(precise.length)}`
		});
	}
	return problems;
}

function padBox(b: number[]): number[] {
	const pad = Math.max(b[2]! - b[0]!, b[3]! - b[1]!, 0.1);
	return [b[0]! - pad, b[1]! - pad, b[2]! + pad, b[3]! + pad];
}

/** Ring rules of RFC 7946 §3.1.6: ≥ 4 positions, closed, right-hand winding; then self-intersection. */
function ringProblems(geometry: Polygon | MultiPolygon): Problem[] {
	const problems: Problem[] = [];
	let ringsOk = true;
	for (const { ring, field, exterior } of ringsOf(geometry)) {
		if (ring.length < 4) {
			problems.push({
				field,
				message: `ring has ${ring.length} positions; a closed ring needs at least 4`
			});
			ringsOk = false;
			continue;
		}
		if (!samePosition(ring[0]!, ring[ring.length - 1]!)) {
			problems.push({
				field,
				message: `ring is not closed: the last position ${fmt(ring[ring.length - 1]!)} must repeat the first ${fmt(ring[0]!)}`
			});
			ringsOk = false;
			continue;
		}
		const area = signedArea(ring);
		if (exterior && area < 0) {
			problems.push({
				field,
				message:
					'exterior ring is clockwise; RFC 7946 wants exterior rings counterclockwise (right-hand rule)'
			});
		} else if (!exterior && area > 0) {
			problems.push({
				field,
				message: 'hole is counterclockwise; RFC 7946 wants holes clockwise (right-hand rule)'
			});
		}
	}
	if (ringsOk) {
		const crossings = kinks(turfFeature(geometry)).features;
		const firstCrossing = crossings[0];
		if (firstCrossing) {
			const at = firstCrossing.geometry.coordinates.map(round6);
			problems.push({
				field: 'geometry',
				message: `polygon self-intersects at ${fmt(at)}${more(crossings.length)}`
			});
		}
	}
	return problems;
}

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

/* --------------------------------------------------------------------- zod */

type Issue = z.core.$ZodIssue & { input?: unknown };

function describeValue(v: unknown): string {
	if (v === undefined) return 'nothing';
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'an array';
	if (typeof v === 'object') return 'an object';
	return JSON.stringify(v);
}

/** A zod issue as a maintainer reads it: what the field must be, and what it was. */
export function describeIssue(issue: Issue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return 'is required';
			return `must be ${issue.expected === 'array' ? 'an array' : `a ${issue.expected}`} (got ${describeValue(issue.input)})`;
		case 'too_small': {
			const min = Number(issue.minimum);
			if (issue.origin === 'string')
				return min <= 1 ? 'must not be empty' : `must have at least ${min} characters`;
			if (issue.origin === 'array') return `must have at least ${min} item${min === 1 ? '' : 's'}`;
			if (min === 0 && !issue.inclusive)
				return `must be a positive number (got ${describeValue(issue.input)})`;
			return `must be ${issue.inclusive ? '≥' : '>'} ${min} (got ${describeValue(issue.input)})`;
		}
		case 'too_big': {
			const max = Number(issue.maximum);
			if (issue.origin === 'string') return `must have at most ${max} characters`;
			if (issue.origin === 'array') return `must have at most ${max} items`;
			return `must be ${issue.inclusive ? '≤' : '<'} ${max} (got ${describeValue(issue.input)})`;
		}
		case 'invalid_value':
			return `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${describeValue(issue.input)})`;
		case 'invalid_format':
			if (issue.message.startsWith('Invalid')) {
				return `must match ${issue.format === 'regex' ? (issue as { pattern?: string }).pattern : issue.format} (got ${describeValue(issue.input)})`;
			}
			return `${issue.message} (got ${describeValue(issue.input)})`;
		case 'unrecognized_keys':
			return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
		case 'invalid_union':
			if ('options' in issue && Array.isArray(issue.options)) {
				// a discriminated union reports the whole object as input: show the discriminator
				const key = (issue as { discriminator?: string }).discriminator;
				const got = key !== undefined && isObject(issue.input) ? issue.input[key] : issue.input;
				return `must be one of ${issue.options.map((v) => JSON.stringify(v)).join(', ')} (got ${describeValue(got)})`;
			}
			return issue.message;
		default:
			return issue.message;
	}
}

/** Runs a schema; its issues become errors whose field is the issue path under `prefix`. */
function schemaProblems(schema: z.ZodType, value: unknown, prefix = ''): Problem[] {
	const result = schema.safeParse(value, { reportInput: true });
	if (result.success) return [];
	return result.error.issues.map((issue) => {
		const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
		return { field: path || undefined, message: describeIssue(issue as Issue) };
	});
}

/* ------------------------------------------------------------------- model */

type RawFeature = { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };

/** A feature that passed the structural checks, kept for the cross-file rules. */
type Checked = {
	file: string;
	role: 'features' | 'boundaries' | 'basemap';
	id: string | undefined;
	props: Record<string, unknown>;
	/** set only when the geometry is well formed and in range */
	geometry: Geometry | null;
	/** entity props when they passed FeatureProps */
	entity: Entity | null;
};

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** What the rest of the validation needs from zone.json, read leniently so one typo does not cascade. */
type ZoneRefs = {
	chains: Set<string>;
	/** source id → path relative to geodata/ */
	sources: Map<string, string>;
	hubs: [string, string][];
	districtId: string | undefined;
};

function zoneRefs(raw: unknown): ZoneRefs {
	const zone = isObject(raw) ? raw : {};
	const list = (v: unknown) => (Array.isArray(v) ? v.filter(isObject) : []);
	return {
		chains: new Set(list(zone.chains).flatMap((c) => str(c.id) ?? [])),
		sources: new Map(
			list(zone.sources).flatMap((s) => {
				const id = str(s.id);
				const file = str(s.file);
				return id && file ? [[id, file] as [string, string]] : [];
			})
		),
		hubs: isObject(zone.hubs)
			? Object.entries(zone.hubs).flatMap(([role, id]) =>
					typeof id === 'string' ? [[role, id] as [string, string]] : []
				)
			: [],
		districtId: str(zone.district_id)
	};
}

const GEOMETRY_TYPES: Record<Checked['role'], string[]> = {
	features: ['Point', 'Polygon', 'MultiPolygon'],
	boundaries: ['Polygon', 'MultiPolygon'],
	basemap: ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']
};

const PROPS_SCHEMA: Record<Checked['role'], z.ZodType> = {
	features: FeatureProps,
	boundaries: BoundaryFeatureProps,
	basemap: BasemapProps
};

/* --------------------------------------------------------------- validator */

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

	for (const path of Object.keys(files).sort()) {
		if (fileRole(path) === 'unknown') {
			report(path, undefined, [
				{
					message:
						'not part of the geodata layout (zone.json, organisations.json, features/*.geojson, boundaries/*.geojson, basemap/*.geojson, sources/*.txt)'
				}
			]);
		}
	}

	// zone.json
	const zoneRaw = files['zone.json'];
	if (zoneRaw === undefined)
		report('zone.json', undefined, [
			{ message: 'missing: the zone (chains, hubs, district, sources) is defined there' }
		]);
	else report('zone.json', undefined, schemaProblems(Zone, zoneRaw));
	const zone = zoneRefs(zoneRaw);
	report('zone.json', undefined, duplicatesIn(zoneRaw, 'chains'));
	report('zone.json', undefined, duplicatesIn(zoneRaw, 'sources'));
	if (isObject(zoneRaw) && Array.isArray(zoneRaw.sources)) {
		zoneRaw.sources.forEach((s, i) => {
			const file = isObject(s) ? str(s.file) : undefined;
			if (file !== undefined && typeof files[file] !== 'string') {
				report('zone.json', undefined, [
					{
						field: `sources.${i}.file`,
						message: `"${file}" not found in geodata/ (paths are relative to geodata/)`
					}
				]);
			}
		});
	}

	// The zone's own district, needed first: positions are judged against it.
	const district = findDistrict(files, zone.districtId);
	const zoneBox = district ? bboxOf(district) : null;

	for (const role of ['features', 'boundaries', 'basemap'] as const) {
		if (pathsOf(files, role).length === 0)
			report(`${role}/`, undefined, [{ message: `no ${role}/*.geojson files` }]);
	}

	// Every GeoJSON file: structure, licence, properties, geometry.
	const checked: Checked[] = [];
	for (const role of ['features', 'boundaries', 'basemap'] as const) {
		for (const file of pathsOf(files, role)) {
			checked.push(...checkCollection(file, role, files[file], zoneBox, report));
		}
	}

	const organisations = checkOrganisations(files['organisations.json'], report);

	// Ids are unique across every file: relations, hubs and URLs refer to them.
	const owner = new Map<string, string>();
	const claim = (file: string, id: string | undefined) => {
		if (id === undefined) return;
		const first = owner.get(id);
		if (first !== undefined)
			report(file, id, [{ field: 'id', message: `duplicate id: also used in ${first}` }]);
		else owner.set(id, file);
	};
	for (const c of checked) claim(c.file, c.id);
	for (const o of organisations) claim('organisations.json', o.id);

	const entities = checked.filter((c) => c.role === 'features');
	const entityIds = new Set(entities.flatMap((c) => c.id ?? []));
	const targets = new Set([...entityIds, ...organisations.flatMap((o) => o.id ?? [])]);

	// References out of entities and organisations.
	for (const c of entities) report(c.file, c.id, referenceProblems(c.props, targets, zone, files));
	for (const o of organisations)
		report('organisations.json', o.id, referenceProblems(o.props, targets, zone, files));
	for (const c of entities) {
		const chain = c.props.chain;
		if (typeof chain === 'string' && !zone.chains.has(chain)) {
			report(c.file, c.id, [
				{
					field: 'chain',
					message: `unknown chain "${chain}"; zone.json chains are: ${[...zone.chains].join(', ')}`
				}
			]);
		}
	}

	// zone.json's references into the features and boundaries.
	for (const [role, id] of zone.hubs) {
		if (!entityIds.has(id))
			report('zone.json', undefined, [
				{ field: `hubs.${role}`, message: `"${id}" is not a feature id` }
			]);
	}
	const boundaries = checked.filter((c) => c.role === 'boundaries');
	if (zone.districtId !== undefined && !boundaries.some((b) => b.id === zone.districtId)) {
		report('zone.json', undefined, [
			{ field: 'district_id', message: `"${zone.districtId}" is not a feature of boundaries/` }
		]);
	}
	for (const b of boundaries) {
		const isZone = b.id === zone.districtId;
		if (isZone && b.props.role !== 'zone')
			report(b.file, b.id, [
				{ field: 'role', message: 'must be "zone": zone.json district_id names this feature' }
			]);
		if (!isZone && b.props.role === 'zone')
			report(b.file, b.id, [
				{
					field: 'role',
					message: `must be "neighbour": zone.json district_id is "${zone.districtId}"`
				}
			]);
	}
	for (const c of checked.filter((c) => c.role === 'basemap'))
		report(c.file, c.id, stationLineProblems(c, checked));

	// Positions: in the zone unless declared outside, datum conversion applied, no stacking.
	const stacked = new Map<string, Checked>();
	for (const c of entities) {
		if (!c.geometry || !c.entity) continue;
		report(c.file, c.id, originalProblems(c.entity, c.geometry));
		if (district && zone.districtId)
			report(c.file, c.id, zoneProblems(c.entity, c.geometry, district, zone.districtId));
		if (c.geometry.type === 'Point') {
			const key = c.geometry.coordinates.slice(0, 2).join(',');
			const other = stacked.get(key);
			if (other) {
				report(c.file, c.id, [
					{
						field: 'geometry.coordinates',
						message: `stacked on "${other.id}" (${other.file}): two points with identical coordinates hide each other; offset one`
					}
				]);
			} else stacked.set(key, c);
		}
	}
	return errors;
}

/** Duplicate ids inside a zone.json list ('chains', 'sources'). */
function duplicatesIn(zoneRaw: unknown, key: 'chains' | 'sources'): Problem[] {
	if (!isObject(zoneRaw) || !Array.isArray(zoneRaw[key])) return [];
	const seen = new Set<string>();
	const problems: Problem[] = [];
	(zoneRaw[key] as unknown[]).forEach((item, i) => {
		const id = isObject(item) ? str(item.id) : undefined;
		if (id === undefined) return;
		if (seen.has(id))
			problems.push({
				field: `${key}.${i}.id`,
				message: `duplicate ${key === 'chains' ? 'chain' : 'source'} id "${id}"`
			});
		seen.add(id);
	});
	return problems;
}

/** The zone's district polygon from boundaries/, if it is there and well formed. */
function findDistrict(
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

type Reporter = (file: string, id: string | undefined, problems: Problem[]) => void;

/** One GeoJSON file: FeatureCollection, meta licence, then each feature. */
function checkCollection(
	file: string,
	role: Checked['role'],
	fc: unknown,
	zoneBox: number[] | null,
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
	return fc.features.flatMap((raw, index) => checkFeature(file, role, raw, index, zoneBox, report));
}

function checkFeature(
	file: string,
	role: Checked['role'],
	raw: unknown,
	index: number,
	zoneBox: number[] | null,
	report: Reporter
): Checked[] {
	if (!isObject(raw)) {
		report(file, undefined, [
			{ field: `features.${index}`, message: 'must be a GeoJSON Feature object' }
		]);
		return [];
	}
	const props = isObject(raw.properties) ? raw.properties : {};
	const id = str(raw.id) ?? str(props.id);
	// without an id the error still needs a handle: the feature's index in the file
	const label = id ?? `features.${index}`;
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
	} else if (isWellFormed(g as unknown as Geometry)) {
		const candidate = g as unknown as Geometry;
		const positional = positionProblems(candidate, zoneBox);
		const rings =
			candidate.type === 'Polygon' || candidate.type === 'MultiPolygon'
				? ringProblems(candidate)
				: [];
		problems.push(...positional, ...rings);
		// only geometry that can be trusted for point-in-polygon goes on to the cross-file rules
		const broken = [...positional, ...rings].some((p) => !/decimals|clockwise/.test(p.message));
		if (!broken) geometry = candidate;
	}

	report(file, label, problems);
	const entity =
		role === 'features' && propsProblems.length === 0 ? FeatureProps.parse(raw.properties) : null;
	if (entity && entity.kind === 'zone' && geometry?.type === 'Point') {
		report(file, label, [
			{
				field: 'geometry.type',
				message: 'a kind "zone" feature needs a Polygon or MultiPolygon (it is drawn as an area)'
			}
		]);
	}
	return [{ file, role, id, props, geometry, entity }];
}

function metaProblems(meta: unknown): Problem[] {
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

type CheckedOrganisation = { id: string | undefined; props: Record<string, unknown> };

function checkOrganisations(raw: unknown, report: Reporter): CheckedOrganisation[] {
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

/** Relations resolve to a feature or organisation; the source sentence is in its document verbatim. */
function referenceProblems(
	props: Record<string, unknown>,
	targets: Set<string>,
	zone: ZoneRefs,
	files: Record<string, unknown>
): Problem[] {
	const problems: Problem[] = [];
	if (Array.isArray(props.relations)) {
		props.relations.forEach((rel, i) => {
			const target = isObject(rel) ? str(rel.target) : undefined;
			if (target !== undefined && !targets.has(target)) {
				problems.push({
					field: `relations.${i}.target`,
					message: `"${target}" is not a feature or organisation id`
				});
			}
		});
	}
	const source = isObject(props.source) ? props.source : null;
	const doc = source ? str(source.doc) : undefined;
	const sentence = source ? str(source.sentence_zh) : undefined;
	if (doc !== undefined) {
		const path = zone.sources.get(doc);
		if (path === undefined) {
			problems.push({
				field: 'source.doc',
				message: `unknown source document "${doc}"; zone.json sources are: ${[...zone.sources.keys()].join(', ') || 'none'}`
			});
		} else {
			const text = files[path];
			if (typeof text === 'string' && sentence && !text.includes(sentence)) {
				problems.push({ field: 'source.sentence_zh', message: `not found verbatim in ${path}` });
			}
		}
	}
	return problems;
}

/** A converted position must differ from its GCJ-02/BD-09 original, or the conversion was skipped. */
function originalProblems(entity: Entity, geometry: Geometry): Problem[] {
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
function zoneProblems(
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

/** Metro stations list lines that exist in basemap/. */
function stationLineProblems(c: Checked, all: Checked[]): Problem[] {
	if (c.props.type !== 'station' || !Array.isArray(c.props.lines)) return [];
	const lines = new Set(
		all.filter((o) => o.role === 'basemap' && o.props.type === 'line').flatMap((o) => o.id ?? [])
	);
	return c.props.lines.flatMap((line, i) =>
		typeof line === 'string' && !lines.has(line)
			? [{ field: `lines.${i}`, message: `"${line}" is not a metro line id in basemap/` }]
			: []
	);
}
