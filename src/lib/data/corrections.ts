/**
 * corrections.json: positions corrected in the app, collected for a maintainer
 * to apply with `npm run geodata -- apply corrections.json` (one `move` per
 * entry, all or nothing). Also the coordinate paste parser of the correction
 * form, which reads a value copied from Amap, Baidu or a GPS and suggests its
 * datum. Pure: text in, values and messages out.
 *
 * Coordinates are [lon, lat] in the entry's `datum`, as read off the source;
 * the WGS-84 value is computed when applied (data/move.ts, gcoord).
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { z } from './zod';
import type { LonLat } from '../geo/lonlat';
import { crossesLine, metresOutside } from '../geo/off-area';
import { describeJsonError } from './json-text';
import { DATUMS, Slug, type Datum } from './schema';
import { schemaProblems } from './validate/schema-messages';

export const CORRECTIONS_VERSION = 1;

const Source = z
	.object({
		url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
		note: z.string().trim().min(1).optional()
	})
	.strict()
	.refine((s) => s.url !== undefined || s.note !== undefined, {
		message: 'give a url or a note saying where the position comes from'
	});

export const Correction = z
	.object({
		id: Slug,
		datum: z.enum(DATUMS),
		/** [lon, lat] in `datum`, degrees */
		coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
		/** radius in metres within which the true position lies */
		accuracy_m: z.number().gt(0).max(100_000),
		source: Source,
		/** ISO 8601 time the correction was made (informative) */
		created: z.iso.datetime().optional()
	})
	.strict();
export type Correction = z.infer<typeof Correction>;

export type CorrectionsFile = { version: 1; corrections: Correction[] };

/** Result of reading a corrections file: the entries, or every error as one line each. */
export type ParsedCorrections =
	{ ok: true; file: CorrectionsFile } | { ok: false; errors: string[] };

/**
 * Reads corrections.json. Errors read `corrections.json: entry 2 (boe-wuhan):
 * coordinates.1: must be ≤ 90 (got 114.1)`; entries count from 1. A file with
 * any error yields no entries: it is applied whole or not at all.
 */
export function parseCorrections(text: string, fileName = 'corrections.json'): ParsedCorrections {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (err) {
		return { ok: false, errors: [`${fileName}: ${describeJsonError(err as Error, text)}`] };
	}
	const errors: string[] = [];
	const line = (...parts: Array<string | undefined>) =>
		errors.push([fileName, ...parts].filter(Boolean).join(': '));
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return {
			ok: false,
			errors: [`${fileName}: must be an object {"version": 1, "corrections": [...]}`]
		};
	}
	const top = json as Record<string, unknown>;
	if (top.version !== CORRECTIONS_VERSION) {
		line(
			'version',
			`must be ${CORRECTIONS_VERSION} (got ${JSON.stringify(top.version) ?? 'nothing'})`
		);
	}
	for (const key of Object.keys(top)) {
		if (key !== 'version' && key !== 'corrections') line(key, 'unknown key');
	}
	if (!Array.isArray(top.corrections)) {
		line('corrections', 'must be an array of corrections');
		return { ok: false, errors };
	}
	if (top.corrections.length === 0) line('corrections', 'is empty: nothing to apply');
	const firstEntry = new Map<string, number>();
	top.corrections.forEach((entry, i) => {
		const id = typeof entry?.id === 'string' ? entry.id : undefined;
		const where = `entry ${i + 1}${id ? ` (${id})` : ''}`;
		for (const p of schemaProblems(Correction, entry)) line(where, p.field, p.message);
		if (id !== undefined) {
			const first = firstEntry.get(id);
			if (first !== undefined) {
				line(where, 'id', `"${id}" is already corrected by entry ${first}; keep one`);
			} else firstEntry.set(id, i + 1);
		}
	});
	if (errors.length) return { ok: false, errors };
	return { ok: true, file: { version: 1, corrections: top.corrections as Correction[] } };
}

/** The text of corrections.json, two-space indented with a final newline. */
export function stringifyCorrections(corrections: readonly Correction[]): string {
	const file: CorrectionsFile = { version: 1, corrections: [...corrections] };
	return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why a datum was suggested for a pasted value (a message key suffix in the UI). */
export type DatumReason = 'baidu' | 'amap' | 'gps' | 'default';

export type PastedCoordinate =
	| {
			ok: true;
			/** [lon, lat] as pasted, put in that order */
			coordinates: [number, number];
			/** the value was written lat, lon and has been swapped */
			swapped: boolean;
			datum: Datum;
			reason: DatumReason;
	  }
	| { ok: false; error: 'empty' | 'count' | 'range' };

/** Words and addresses that tell which map a value was copied from (also read by import/). */
export const HINTS: Array<[RegExp, Datum, DatumReason]> = [
	[/baidu|百度|bd-?09|bd09ll/i, 'BD-09', 'baidu'],
	[/amap|gaode|高德|gcj-?02|tencent|qq\.com|腾讯/i, 'GCJ-02', 'amap'],
	[/wgs-?84|gps|openstreetmap|osm\b|天地图|tianditu|cgcs2000/i, 'WGS-84', 'gps']
];

/** A number standing alone (not the "09" of "bd09" or the "84" of "WGS-84"). */
const NUMBER = /(?<![\w.-])-?\d+(?:\.\d+)?(?![\w.])/g;

/** China's extent, to tell lon from lat when a value is written lat, lon. */
const inChinaLon = (v: number) => v >= 73 && v <= 136;
const inChinaLat = (v: number) => v >= 3 && v <= 54;

/**
 * Reads a pasted coordinate: "114.14,30.62", "30.62, 114.14" (lat first,
 * swapped back), "114.14，30.62" (Chinese comma), "114.14 30.62", an Amap
 * `position=lon,lat` or Baidu `location=lat,lon` link. The datum is suggested
 * from words in the text (百度/Baidu/bd09 → BD-09; 高德/Amap/gcj02 → GCJ-02;
 * GPS/WGS-84/OSM → WGS-84); a bare pair is taken as GCJ-02, the datum of
 * most Chinese web maps (Amap, Tencent), and the user confirms it.
 */
export function parseCoordinatePaste(text: string): PastedCoordinate {
	const trimmed = text.trim();
	if (!trimmed) return { ok: false, error: 'empty' };
	const hint = HINTS.find(([re]) => re.test(trimmed));
	// Links: take the parameter that holds the coordinate, in its own order.
	const baiduLink = /[?&]location=([^&]+)/.exec(trimmed);
	const amapLink = /[?&]position=([^&]+)/.exec(trimmed);
	const body = decodeURIComponent((baiduLink ?? amapLink)?.[1] ?? trimmed);
	const numbers = [...body.replace(/[，、；;]/g, ',').matchAll(NUMBER)].map((m) => Number(m[0]));
	if (numbers.length !== 2) return { ok: false, error: 'count' };
	let [a, b] = numbers as [number, number];
	let swapped = false;
	if (baiduLink || (inChinaLat(a) && inChinaLon(b) && !(inChinaLon(a) && inChinaLat(b)))) {
		[a, b] = [b, a];
		swapped = true;
	}
	if (Math.abs(a) > 180 || Math.abs(b) > 90) return { ok: false, error: 'range' };
	const [, datum, reason] = hint ?? [null, 'GCJ-02' as Datum, 'default' as DatumReason];
	return { ok: true, coordinates: [a, b], swapped, datum, reason };
}

/** Where a correction is judged: the atlas's district and the river it lies beside. */
export type CorrectionContext = {
	district?: Polygon | MultiPolygon;
	/** rivers a site does not jump across (the Han, south of Dongxihu) */
	rivers?: Array<{ name_zh: string; name_en: string; geometry: LineString | MultiLineString }>;
};

export type CorrectionWarning =
	| { kind: 'offDistrict'; metres: number }
	| { kind: 'acrossRiver'; name_zh: string; name_en: string };

/** Beyond this, a new position outside the district is probably a wrong datum or a typo. */
export const OFF_DISTRICT_WARN_M = 1000;

/**
 * Warnings about a new WGS-84 position `to` for a site now at `from`: more
 * than 1 km outside the district (unless the site already was, like the
 * airport), or across a river from where it was. Warnings, not errors: the
 * user may know better.
 */
export function checkCorrection(
	from: LonLat,
	to: LonLat,
	context: CorrectionContext
): CorrectionWarning[] {
	const warnings: CorrectionWarning[] = [];
	const { district, rivers = [] } = context;
	if (district) {
		const metres = metresOutside(to, district);
		if (metres > OFF_DISTRICT_WARN_M && metresOutside(from, district) <= OFF_DISTRICT_WARN_M) {
			warnings.push({ kind: 'offDistrict', metres: Math.round(metres) });
		}
	}
	for (const r of rivers) {
		if (crossesLine(from, to, r.geometry))
			warnings.push({ kind: 'acrossRiver', name_zh: r.name_zh, name_en: r.name_en });
	}
	return warnings;
}
