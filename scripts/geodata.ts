/**
 * The geodata CLI: a thin shell over the pure modules in src/lib/data/.
 *
 *   tsx scripts/geodata.ts check
 *   tsx scripts/geodata.ts build
 *   tsx scripts/geodata.ts move <id> --gcj02|--bd09|--wgs84 <lon>,<lat> [--accuracy <m>]
 *
 * Reads geodata/ next to this script's folder, or GEODATA_DIR when set (tests
 * point it at fixtures); `build` writes static/data/, or GEODATA_OUT when set.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { LAYER_IDS } from '../src/lib/data/atlas';
import { buildAtlas } from '../src/lib/data/build';
import { MoveError, moveFeature, type MoveTo } from '../src/lib/data/move';
import type { Datum } from '../src/lib/data/schema';
import { fileRole } from '../src/lib/data/layout';
import { formatError, validateGeodata, type GeodataError } from '../src/lib/data/validate';

export function geodataDir(): string {
	return process.env.GEODATA_DIR
		? path.resolve(process.env.GEODATA_DIR)
		: fileURLToPath(new URL('../geodata/', import.meta.url));
}

function outDir(): string {
	return process.env.GEODATA_OUT
		? path.resolve(process.env.GEODATA_OUT)
		: fileURLToPath(new URL('../static/data/', import.meta.url));
}

/** Extensions the dataset is made of; anything else (README.md, scripts) is not data. */
const DATA_FILE = /\.(geojson|json|txt)$/;
/** Top-level folders that hold tooling, not data. */
const SKIPPED_DIRS = new Set(['tools', 'node_modules']);

export type GeodataFolder = {
	/** path relative to the folder (with '/') → parsed JSON, or text for .txt */
	files: Record<string, unknown>;
	/** raw text of every file read, for rewriting in the same style */
	texts: Record<string, string>;
	/** files that could not be parsed */
	errors: GeodataError[];
};

/** Reads every data file under `dir` (recursively), parsing JSON and reporting where it fails. */
export function readGeodataDir(dir: string): GeodataFolder {
	const folder: GeodataFolder = { files: {}, texts: {}, errors: [] };
	for (const rel of listFiles(dir, '')) {
		const text = readFileSync(path.join(dir, rel), 'utf8');
		folder.texts[rel] = text;
		if (rel.endsWith('.txt')) {
			folder.files[rel] = text;
			continue;
		}
		try {
			folder.files[rel] = JSON.parse(text);
		} catch (err) {
			folder.errors.push({ file: rel, message: describeJsonError(err as Error, text) });
		}
	}
	return folder;
}

function listFiles(root: string, rel: string): string[] {
	const entries = readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) =>
		a.name < b.name ? -1 : a.name > b.name ? 1 : 0
	);
	return entries.flatMap((entry) => {
		const child = rel ? `${rel}/${entry.name}` : entry.name;
		if (entry.name.startsWith('.')) return [];
		if (entry.isDirectory())
			return rel === '' && SKIPPED_DIRS.has(entry.name) ? [] : listFiles(root, child);
		return entry.isFile() && DATA_FILE.test(entry.name) ? [child] : [];
	});
}

/**
 * 'invalid JSON at line 3, column 5: unexpected "}"' (line and column from 1).
 * Node 20's JSON.parse does not always say where it failed, so a small scanner
 * finds the first offending character itself; V8's text is the fallback.
 */
export function describeJsonError(err: Error, text: string): string {
	const found = findJsonError(text);
	if (!found) return `invalid JSON: ${err.message.replace(/\s+/g, ' ')}`;
	const before = text.slice(0, found.offset);
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return `invalid JSON at line ${line}, column ${column}: ${found.message}`;
}

/** The offset and reason of the first syntax error in `text`, or null when it is valid JSON. */
export function findJsonError(text: string): { offset: number; message: string } | null {
	let i = 0;
	class Stop {
		constructor(
			readonly offset: number,
			readonly message: string
		) {}
	}
	const fail = (message?: string): never => {
		throw new Stop(
			i,
			message ??
				(i < text.length ? `unexpected ${JSON.stringify(text[i])}` : 'unexpected end of file')
		);
	};
	const ws = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const literal = (word: string) => {
		if (text.startsWith(word, i)) i += word.length;
		else fail();
	};
	const string = () => {
		i++; // opening quote
		while (i < text.length && text[i] !== '"') {
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape');
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail('bad escape');
			} else if (text.charCodeAt(i) < 0x20) fail('control character in string');
			i++;
		}
		if (i >= text.length) fail('unterminated string');
		i++;
	};
	const number = () => {
		const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
		if (!m) fail();
		i += m![0].length;
	};
	const value = (): void => {
		ws();
		const c = text[i];
		if (c === '{') {
			i++;
			ws();
			if (text[i] === '}') return void i++;
			for (;;) {
				ws();
				if (text[i] !== '"') fail('expected a "key"');
				string();
				ws();
				if (text[i] !== ':') fail('expected ":"');
				i++;
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === '}') return void i++;
				else fail('expected "," or "}"');
			}
		}
		if (c === '[') {
			i++;
			ws();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === ']') return void i++;
				else fail('expected "," or "]"');
			}
		}
		if (c === '"') return string();
		if (c === 't') return literal('true');
		if (c === 'f') return literal('false');
		if (c === 'n') return literal('null');
		if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
		fail();
	};
	try {
		if (text.charCodeAt(0) === 0xfeff) i = 1; // BOM
		value();
		ws();
		if (i < text.length) fail('unexpected content after the JSON value');
		return null;
	} catch (e) {
		if (e instanceof Stop) return { offset: e.offset, message: e.message };
		throw e;
	}
}

type CheckResult = { folder: GeodataFolder; errors: GeodataError[] };

/** Validates the folder and prints one line per error (stderr) and a summary. */
function check(dir: string): CheckResult {
	const folder = readGeodataDir(dir);
	const errors = [...folder.errors, ...validateGeodata(folder.files)];
	for (const e of errors) console.error(formatError(e));
	const paths = Object.keys(folder.texts);
	const features = Object.entries(folder.files)
		.filter(
			([p, v]) => fileRole(p) === 'features' && Array.isArray((v as FeatureCollection)?.features)
		)
		.reduce((n, [, v]) => n + (v as FeatureCollection).features.length, 0);
	const summary = `geodata: ${paths.length} files, ${features} features, ${errors.length} errors`;
	(errors.length ? console.error : console.log)(summary);
	return { folder, errors };
}

function build(dir: string): number {
	const { folder, errors } = check(dir);
	if (errors.length) {
		console.error('geodata: build stopped: fix the errors above first');
		return 1;
	}
	const { index, layers } = buildAtlas(folder.files);
	const out = outDir();
	mkdirSync(out, { recursive: true });
	const write = (name: string, value: unknown) => {
		const json = JSON.stringify(value);
		writeFileSync(path.join(out, name), json);
		console.log(
			`wrote ${path.relative(process.cwd(), path.join(out, name))} (${formatSize(Buffer.byteLength(json))})`
		);
	};
	write('atlas.json', index);
	for (const id of LAYER_IDS) write(`${id}.geojson`, layers[id]);
	return 0;
}

function formatSize(bytes: number): string {
	return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

const USAGE = `usage:
  tsx scripts/geodata.ts check
  tsx scripts/geodata.ts build
  tsx scripts/geodata.ts move <id> (--gcj02 | --bd09 | --wgs84) <lon>,<lat> [--accuracy <metres>]
    e.g. move boe-wuhan --gcj02 114.142483,30.622467 --accuracy 50`;

const DATUM_FLAGS: Record<string, Datum> = {
	'--gcj02': 'GCJ-02',
	'--bd09': 'BD-09',
	'--wgs84': 'WGS-84'
};

/** Parses `<id> --gcj02 lon,lat [--accuracy m]`; a string is a usage error. */
export function parseMoveArgs(args: string[]): { id: string; to: MoveTo } | string {
	const [id, ...rest] = args;
	if (!id || id.startsWith('--')) return 'move: missing feature id';
	let to: Partial<MoveTo> = {};
	for (let i = 0; i < rest.length; i += 2) {
		const flag = rest[i]!;
		const value = rest[i + 1];
		if (value === undefined) return `move: ${flag} needs a value`;
		const datum = DATUM_FLAGS[flag];
		if (datum) {
			if (to.datum) return 'move: give exactly one of --gcj02, --bd09, --wgs84';
			const parts = value.split(',').map((s) => Number(s.trim()));
			if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) {
				return `move: ${flag} wants <lon>,<lat> in degrees (got "${value}")`;
			}
			to = { ...to, datum, coordinates: [parts[0]!, parts[1]!] };
		} else if (flag === '--accuracy') {
			const metres = Number(value);
			if (!(metres > 0))
				return `move: --accuracy wants a positive number of metres (got "${value}")`;
			to = { ...to, accuracy_m: metres };
		} else return `move: unknown option ${flag}`;
	}
	if (!to.datum || !to.coordinates)
		return 'move: give the new position with --gcj02, --bd09 or --wgs84 <lon>,<lat>';
	return { id, to: to as MoveTo };
}

function move(dir: string, args: string[]): number {
	const parsed = parseMoveArgs(args);
	if (typeof parsed === 'string') {
		console.error(`${parsed}\n${USAGE}`);
		return 2;
	}
	const folder = readGeodataDir(dir);
	const file = Object.keys(folder.files).find(
		(p) =>
			fileRole(p) === 'features' &&
			((folder.files[p] as FeatureCollection).features ?? []).some(
				(f) => (f.id ?? f.properties?.id) === parsed.id
			)
	);
	if (!file) {
		console.error(`move: no feature "${parsed.id}" in ${path.join(dir, 'features')}/`);
		return 1;
	}
	let moved: FeatureCollection;
	try {
		moved = moveFeature(folder.files[file] as FeatureCollection, parsed.id, parsed.to);
	} catch (err) {
		if (err instanceof MoveError) {
			console.error(`move: ${err.message}`);
			return 1;
		}
		throw err;
	}
	writeFileSync(path.join(dir, file), stringifyLike(moved, folder.texts[file] ?? ''));
	const f = moved.features.find((x) => (x.id ?? x.properties?.id) === parsed.id);
	const at = f?.geometry?.type === 'Point' ? f.geometry.coordinates.join(', ') : '?';
	console.log(
		`moved ${parsed.id} in ${file} to WGS-84 ${at} (from ${parsed.to.datum} ${parsed.to.coordinates.join(', ')})`
	);
	return check(dir).errors.length ? 1 : 0;
}

/**
 * JSON in the style of the file it replaces: one feature per line when the file
 * was written that way (keeps diffs one line per moved feature), otherwise
 * indented with the file's indent (2 spaces by default).
 */
export function stringifyLike(fc: FeatureCollection, original: string): string {
	const indent = /^\t/m.test(original) ? '\t' : (/^( +)\S/m.exec(original)?.[1] ?? '  ');
	const oneLinePerFeature = /^\s*\{\s*"type"\s*:\s*"Feature"\s*,.*\}\s*,?\s*$/m.test(original);
	if (!oneLinePerFeature) return JSON.stringify(fc, null, indent) + '\n';
	const { features, ...rest } = fc;
	const head = Object.entries(rest).map(
		([k, v]) => `${indent}${JSON.stringify(k)}: ${JSON.stringify(v)}`
	);
	const body = features.map((f) => `${indent}${indent}${JSON.stringify(f)}`).join(',\n');
	return `{\n${[...head, `${indent}"features": [\n${body}\n${indent}]`].join(',\n')}\n}\n`;
}

export function main(argv: string[]): number {
	const [command, ...args] = argv;
	const dir = geodataDir();
	switch (command) {
		case 'check':
			return check(dir).errors.length ? 1 : 0;
		case 'build':
			return build(dir);
		case 'move':
			return move(dir, args);
		default:
			console.error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
			return 2;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	process.exitCode = main(process.argv.slice(2));
}
