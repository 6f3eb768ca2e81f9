/**
 * Reading a geodata/ folder from disk (node:fs; server and CLI only). The
 * validator and the build are pure functions of what this returns.
 *
 * The folder is geodata/ at the repository root, or GEODATA_DIR when set
 * (tests point it at fixtures); the build writes static/data/, or GEODATA_OUT.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeJsonError } from '../data/json-text';
import type { GeodataError } from '../data/validate';

/** The geodata/ folder to read: GEODATA_DIR, or geodata/ at the repository root. */
export function geodataDir(): string {
	return process.env.GEODATA_DIR
		? path.resolve(process.env.GEODATA_DIR)
		: fileURLToPath(new URL('../../../geodata/', import.meta.url));
}

/** Where the build writes: GEODATA_OUT, or static/data/ at the repository root. */
export function outDir(): string {
	return process.env.GEODATA_OUT
		? path.resolve(process.env.GEODATA_OUT)
		: fileURLToPath(new URL('../../../static/data/', import.meta.url));
}

/**
 * From how many features a large layer is also cut into vector tiles:
 * GEODATA_TILE_FROM (a positive whole number), or the default (data/layer-tiles.ts).
 */
export function tileFrom(): number | undefined {
	return countSetting('GEODATA_TILE_FROM');
}

/**
 * From how many entities atlas.json leaves the details out (data/details.ts):
 * GEODATA_DETAILS_FROM (a positive whole number), or the default.
 */
export function detailsFrom(): number | undefined {
	return countSetting('GEODATA_DETAILS_FROM');
}

function countSetting(name: string): number | undefined {
	const value = process.env[name];
	if (value === undefined || value === '') return undefined;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1)
		throw new Error(`${name} wants a positive whole number (got "${value}")`);
	return n;
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
