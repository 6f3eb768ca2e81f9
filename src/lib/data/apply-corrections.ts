/**
 * Applying a corrections file to the feature files of geodata/: every entry is
 * one `moveFeature` (the code behind `geodata move`), and either all entries
 * apply or none does. Pure: returns the changed files and never touches the
 * input.
 */
import distance from '@turf/distance';
import type { FeatureCollection } from 'geojson';
import type { Correction } from './corrections';
import type { LonLat } from '../geo/lonlat';
import { MoveError, moveFeature, type MoveTo } from './move';

export type AppliedChange = {
	id: string;
	/** geodata-relative path of the file that holds the feature */
	file: string;
	from: LonLat;
	/** the new WGS-84 point, as written */
	to: LonLat;
	moved_m: number;
	correction: Correction;
};

export type AppliedCorrections =
	| { ok: true; files: Record<string, FeatureCollection>; changes: AppliedChange[] }
	| { ok: false; errors: string[] };

/** The MoveTo of a corrections entry: the source URL and note become the provenance text. */
export function correctionMove(c: Correction): MoveTo {
	const source = [c.source.url, c.source.note].filter(Boolean).join(' — ');
	return { datum: c.datum, coordinates: c.coordinates, accuracy_m: c.accuracy_m, source };
}

/** The feature file (geodata-relative path) that holds `id`, if any. */
export function fileOfFeature(
	files: Record<string, FeatureCollection>,
	id: string
): string | undefined {
	return Object.keys(files).find((p) =>
		(files[p]!.features ?? []).some((f) => (f.id ?? f.properties?.id) === id)
	);
}

/**
 * Moves every corrected feature in `files` (path → FeatureCollection, the
 * feature files only). Any entry that cannot be applied (unknown id, not a
 * Point…) is reported as `<fileName>: entry N (id): <message>` and nothing is
 * returned but the errors.
 */
export function applyCorrections(
	files: Record<string, FeatureCollection>,
	corrections: readonly Correction[],
	fileName = 'corrections.json'
): AppliedCorrections {
	const next: Record<string, FeatureCollection> = {};
	const changes: AppliedChange[] = [];
	const errors: string[] = [];
	corrections.forEach((c, i) => {
		const where = `${fileName}: entry ${i + 1} (${c.id})`;
		const file = fileOfFeature(files, c.id);
		if (!file) {
			errors.push(`${where}: id: no feature "${c.id}" in the feature files`);
			return;
		}
		const before = next[file] ?? files[file]!;
		const old = pointOf(before, c.id);
		try {
			next[file] = moveFeature(before, c.id, correctionMove(c));
		} catch (err) {
			if (!(err instanceof MoveError)) throw err;
			errors.push(`${where}: ${err.message}`);
			return;
		}
		const to = pointOf(next[file]!, c.id)!;
		const from = old ?? to;
		const moved_m = Math.round(distance(from, to, { units: 'meters' }));
		changes.push({ id: c.id, file, from, to, moved_m, correction: c });
	});
	return errors.length ? { ok: false, errors } : { ok: true, files: next, changes };
}

function pointOf(fc: FeatureCollection, id: string): LonLat | undefined {
	const f = fc.features.find((x) => (x.id ?? x.properties?.id) === id);
	return f?.geometry?.type === 'Point' ? (f.geometry.coordinates as LonLat) : undefined;
}

/** One line per change: `boe-wuhan (features/electronics.geojson): 114.1352, 30.6565 → 114.132518, 30.660465 (moved 478 m; from GCJ-02 114.13821, 30.65819)`. */
export function describeChange(c: AppliedChange): string {
	const datum =
		c.correction.datum === 'WGS-84'
			? 'WGS-84'
			: `from ${c.correction.datum} ${c.correction.coordinates.join(', ')}`;
	return `${c.id} (${c.file}): ${c.from.join(', ')} → ${c.to.join(', ')} (moved ${c.moved_m} m; ${datum}, ±${c.correction.accuracy_m} m)`;
}
