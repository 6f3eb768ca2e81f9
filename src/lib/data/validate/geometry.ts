/**
 * Geometry rules, each a function of one geometry so that any GeoJSON (the
 * dataset, or a file a user imports) is judged by the same rules and messages:
 * positions in range, in [lon, lat] order and at most 6 decimals; rings of
 * RFC 7946 §3.1.6 (≥ 4 positions, closed, right-hand winding) and simple.
 * Fields are dotted paths from the feature ('geometry.coordinates.0.3').
 *
 * Coordinates are WGS-84 [lon, lat] in degrees.
 */
import { feature as turfFeature } from '@turf/helpers';
import kinks from '@turf/kinks';
import type { Geometry, MultiPolygon, Polygon, Position as GeoPosition } from 'geojson';
import { round6 } from '../../geo/lonlat';
import { fmt, more, type Problem } from './problem';

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

/**
 * Whether the coordinates nest the way the geometry type says, with no empty
 * part (check-geojson explains a bad nesting; emptyProblem an empty part).
 */
export function isWellFormed(geometry: Geometry): boolean {
	const arr = (v: unknown): v is unknown[] => Array.isArray(v) && v.length > 0;
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
const inBox = (p: GeoPosition, b: readonly number[]) =>
	p[0]! >= b[0]! && p[0]! <= b[2]! && p[1]! >= b[1]! && p[1]! <= b[3]!;

/**
 * Position-level rules: range, [lon, lat] order (against the zone's bbox
 * [west, south, east, north] when known) and at most 6 decimals. One problem
 * per rule per geometry. Expects a well-formed geometry (see isWellFormed).
 */
export function positionProblems(
	geometry: Geometry,
	zoneBox: readonly number[] | null = null
): Problem[] {
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

function padBox(b: readonly number[]): number[] {
	const pad = Math.max(b[2]! - b[0]!, b[3]! - b[1]!, 0.1);
	return [b[0]! - pad, b[1]! - pad, b[2]! + pad, b[3]! + pad];
}

/**
 * Ring rules of RFC 7946 §3.1.6: ≥ 4 positions, closed, right-hand winding;
 * then self-intersection. Expects a well-formed geometry (see isWellFormed).
 */
export function ringProblems(geometry: Polygon | MultiPolygon): Problem[] {
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

/** Messages of problems that leave a geometry usable for point-in-polygon. */
const HARMLESS = /decimals|clockwise/;

/**
 * Every position and ring rule for one geometry. `usable` says whether the
 * geometry can be trusted for point-in-polygon (it is, despite too many
 * decimals or a wrong winding). A geometry whose coordinates do not nest the
 * way its type says gives no problems here and is not usable: the GeoJSON
 * structure check explains it.
 */
export function geometryProblems(
	geometry: Geometry,
	zoneBox: readonly number[] | null = null
): { problems: Problem[]; usable: boolean } {
	if (!isWellFormed(geometry)) {
		const empty = emptyProblem(geometry);
		return { problems: empty ? [empty] : [], usable: false };
	}
	const positional = positionProblems(geometry, zoneBox);
	const rings =
		geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? ringProblems(geometry) : [];
	const problems = [...positional, ...rings];
	return { problems, usable: !problems.some((p) => !HARMLESS.test(p.message)) };
}

/**
 * The first empty array in a geometry's coordinates (`[]`, `[[]]`), named by
 * its path: RFC 7946 allows empty geometries, the atlas cannot draw or
 * measure one. Null when there is none (or the nesting is wrong otherwise).
 */
export function emptyProblem(geometry: Geometry): Problem | null {
	const depth: Partial<Record<Geometry['type'], number>> = {
		MultiPoint: 1,
		LineString: 1,
		MultiLineString: 2,
		Polygon: 2,
		MultiPolygon: 3
	};
	const levels = depth[geometry.type];
	if (!levels || !('coordinates' in geometry)) return null;
	const find = (v: unknown, level: number, path: string): string | null => {
		if (!Array.isArray(v)) return null;
		if (v.length === 0) return path;
		if (level === 1) return null;
		for (const [i, x] of v.entries()) {
			const hit = find(x, level - 1, `${path}.${i}`);
			if (hit) return hit;
		}
		return null;
	};
	const at = find(geometry.coordinates, levels, 'geometry.coordinates');
	if (!at) return null;
	const need =
		geometry.type === 'Polygon' || geometry.type === 'MultiPolygon'
			? 'a ring needs at least 4 positions'
			: geometry.type === 'MultiPoint'
				? 'it needs at least one position'
				: 'a line needs at least 2 positions';
	return { field: at, message: `is empty: ${need}` };
}
