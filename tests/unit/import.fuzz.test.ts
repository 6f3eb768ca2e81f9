/**
 * Seeded fuzzing of the import (issue 14): broken copies of the fixture files
 * and hostile tables, features and KML go through the whole pipeline the
 * worker runs (sniff, read, detect, check, build). None may throw; every file
 * refused and every row left out has a code with a message in both languages.
 * Bounded: a few seconds per format on 2 cores.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zh } from '../../src/lib/i18n/zh';
import { hostileString, hostileValue, int, pick, rng, type Rng } from '../../src/lib/testing/fuzz';
import { ImportService } from '../../src/lib/import/import-service';
import { fixture, zoneContext } from '../../src/lib/import/testing';

const ctx = zoneContext();
const encoder = new TextEncoder();

const hasMessage = (key: string) => key in en && key in zh;

/** One input through open → check → build; what went wrong, as message keys. */
async function run(bytes: Uint8Array, name: string, build: boolean): Promise<string[]> {
	const s = new ImportService(ctx.bbox);
	const opened = await s.open(bytes, name);
	if (!opened.ok) return [`import_${opened.problem.code}`];
	const { mapping, datum, problem } = opened.inspection;
	const keys = problem ? [`import_${problem.code}`] : [];
	const choices = { mapping, datum, swap: true, keepFar: false };
	const checked = s.check(choices);
	const built = build
		? s.build({ ...choices, layerId: 'fuzz', layerName: 'fuzz', fileName: name }, ctx)
		: { entities: [], problems: [] };
	for (const p of [...checked.problems, ...built.problems]) {
		if (!Number.isInteger(p.row))
			throw new Error(`a problem without its row: ${JSON.stringify(p)}`);
		keys.push(`importRow_${p.code}`);
	}
	if (built.entities.length > opened.inspection.rows) throw new Error('more sites than rows');
	return keys;
}

/** A broken copy of `base`: bytes flipped, spans cut, doubled or replaced by hostile text. */
function mutateBytes(r: Rng, base: Uint8Array, maxOps = 4): Uint8Array {
	let b = Array.from(base);
	for (let n = int(r, 1, maxOps); n > 0; n--) {
		const at = int(r, 0, b.length);
		const k = r();
		if (k < 0.3) b[at] = int(r, 0, 255);
		else if (k < 0.45) b = b.slice(0, at);
		else if (k < 0.6) b.splice(at, int(r, 1, 64));
		else if (k < 0.75) b.splice(at, 0, ...b.slice(at, at + int(r, 1, 200)));
		else b.splice(at, 0, ...encoder.encode(hostileString(r)).subarray(0, 2000));
	}
	return Uint8Array.from(b);
}

const CELLS = ['114.12', '30.65', '30.65,114.12', 'lat', 'lon', '经度', '纬度', 'name', '名称'];

function hostileCsv(r: Rng): Uint8Array {
	const sep = pick(r, [',', ';', '\t', '|']);
	const lines = Array.from({ length: int(r, 0, 12) }, () =>
		Array.from({ length: int(r, 0, 6) }, () =>
			r() < 0.4 ? pick(r, CELLS) : hostileString(r).slice(0, 300)
		).join(sep)
	);
	return encoder.encode(lines.join(pick(r, ['\n', '\r\n', '\r'])));
}

function hostileGeojson(r: Rng): Uint8Array {
	const point = () => [114 + r() * 0.3, 30.5 + r() * 0.3];
	const geometry = () =>
		r() < 0.5
			? {
					type: pick(r, ['Point', 'LineString', 'Polygon', 'MultiPoint', 'x']),
					coordinates: r() < 0.5 ? point() : hostileValue(r)
				}
			: hostileValue(r);
	const feature = () =>
		r() < 0.8
			? {
					type: 'Feature',
					properties: r() < 0.7 ? { name: hostileString(r), v: hostileValue(r) } : hostileValue(r),
					geometry: geometry()
				}
			: hostileValue(r);
	const doc =
		r() < 0.7
			? { type: 'FeatureCollection', features: Array.from({ length: int(r, 0, 6) }, feature) }
			: r() < 0.5
				? feature()
				: hostileValue(r, 3);
	return encoder.encode(JSON.stringify(doc) ?? 'null');
}

const esc = (s: string) => s.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));

function hostileKml(r: Rng): Uint8Array {
	const text = () => (r() < 0.8 ? esc(hostileString(r)) : hostileString(r));
	const coords = () =>
		r() < 0.6
			? Array.from({ length: int(r, 1, 5) }, () => `${114 + r() * 0.3},${30.5 + r() * 0.3}`).join(
					' '
				)
			: text();
	const geometry = () =>
		pick(r, [
			() => `<Point><coordinates>${coords()}</coordinates></Point>`,
			() => `<LineString><coordinates>${coords()}</coordinates></LineString>`,
			() =>
				`<Polygon><outerBoundaryIs><LinearRing><coordinates>${coords()}</coordinates></LinearRing></outerBoundaryIs></Polygon>`,
			() => `<MultiGeometry>${text()}</MultiGeometry>`,
			() => ''
		])();
	const placemarks = Array.from(
		{ length: int(r, 0, 5) },
		() =>
			`<Placemark><name>${text()}</name><ExtendedData><Data name="${esc(hostileString(r)).replace(/"/g, '')}"><value>${text()}</value></Data></ExtendedData>${geometry()}</Placemark>`
	).join('');
	return encoder.encode(
		`<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks}</Document></kml>`
	);
}

/** `build`: every how many-th input is also built into a layer (the slow step: datums, validation). */
type Case = {
	name: string;
	inputs: number;
	build: number;
	make: (r: Rng, i: number) => Uint8Array;
};

const csvBase = fixture('sites-utf8-bom.csv');
const gbkBase = fixture('sites-gbk.csv');
const geoBase = fixture('sites.geojson');
const kmlBase = fixture('sites.kml');
const xlsxBase = fixture('sites-gcj.xlsx');

const CASES: Case[] = [
	{
		name: 'sites.csv',
		inputs: 10_000,
		build: 5,
		make: (r, i) => (i % 2 ? hostileCsv(r) : mutateBytes(r, i % 4 ? csvBase : gbkBase))
	},
	{
		name: 'sites.geojson',
		inputs: 10_000,
		build: 5,
		make: (r, i) => (i % 2 ? hostileGeojson(r) : mutateBytes(r, geoBase))
	},
	{
		name: 'sites.kml',
		inputs: 10_000,
		build: 5,
		make: (r, i) => (i % 2 ? hostileKml(r) : mutateBytes(r, kmlBase))
	},
	// a workbook is a zip: most byte changes break it, which is what is tried
	// one parse of a workbook costs ~10 ms here: fewer inputs
	{ name: 'sites.xlsx', inputs: 1_000, build: 5, make: (r) => mutateBytes(r, xlsxBase, 3) }
];

describe('fuzzing the import (fixed seeds)', () => {
	for (const [n, c] of CASES.entries()) {
		it(`${c.name}: ${c.inputs} broken or hostile files, none throws, every refusal has a message`, async () => {
			const r = rng(14_000 + n);
			const t0 = performance.now();
			const seen = new Map<string, number>();
			for (let i = 0; i < c.inputs; i++) {
				const bytes = c.make(r, i);
				let keys: string[];
				try {
					keys = await run(bytes, c.name, i % c.build === 0);
				} catch (err) {
					throw new Error(`input ${i} of ${c.name} threw: ${String(err)}`, { cause: err });
				}
				for (const k of keys) {
					if (!hasMessage(k)) throw new Error(`input ${i}: no message for ${k}`);
					seen.set(k, (seen.get(k) ?? 0) + 1);
				}
			}
			// the fuzz reached refusals, not only the happy path
			expect(seen.size).toBeGreaterThan(1);
			console.log(
				`${c.name}: ${c.inputs} inputs in ${Math.round(performance.now() - t0)} ms`,
				Object.fromEntries(seen)
			);
		}, 120_000);
	}
});
