/**
 * The geodata commands behind `npm run geodata`: check, build and move, each
 * printing what it did and returning the process exit code (0 ok, 1 data
 * errors). scripts/geodata.ts parses the arguments and calls these.
 */
import { writeRoadTiles } from './road-tiles';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { LAYER_IDS } from '../data/atlas';
import { buildAtlas } from '../data/build';
import { stringifyLike } from '../data/json-text';
import { fileRole } from '../data/layout';
import { MoveError, moveFeature, type MoveTo } from '../data/move';
import { formatError, validateGeodata, type GeodataError } from '../data/validate';
import { readGeodataDir, type GeodataFolder } from './geodata';

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

/** `geodata check`: 0 when the folder is valid, 1 otherwise. */
export function checkCommand(dir: string): number {
	return check(dir).errors.length ? 1 : 0;
}

/** `geodata build`: checks, then writes the atlas index and one GeoJSON file per layer to `out`. */
export function buildCommand(dir: string, out: string): number {
	const { folder, errors } = check(dir);
	if (errors.length) {
		console.error('geodata: build stopped: fix the errors above first');
		return 1;
	}
	const { index, layers, roads } = buildAtlas(folder.files);
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
	if (roads) {
		write(roads.index.gaps, roads.gaps);
		const { tiles, bytes } = writeRoadTiles(roads, out);
		console.log(`wrote ${tiles} road tiles (${formatSize(bytes)})`);
		const graph = path.join(out, roads.index.graph);
		writeFileSync(graph, roads.graph);
		console.log(
			`wrote ${path.relative(process.cwd(), graph)} (${formatSize(roads.graph.byteLength)})`
		);
	}
	return 0;
}

function formatSize(bytes: number): string {
	return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** `geodata move`: rewrites the file holding feature `id` in its own style, then re-checks. */
export function moveCommand(dir: string, id: string, to: MoveTo): number {
	const folder = readGeodataDir(dir);
	const file = Object.keys(folder.files).find(
		(p) =>
			fileRole(p) === 'features' &&
			((folder.files[p] as FeatureCollection).features ?? []).some(
				(f) => (f.id ?? f.properties?.id) === id
			)
	);
	if (!file) {
		console.error(`move: no feature "${id}" in ${path.join(dir, 'features')}/`);
		return 1;
	}
	let moved: FeatureCollection;
	try {
		moved = moveFeature(folder.files[file] as FeatureCollection, id, to);
	} catch (err) {
		if (err instanceof MoveError) {
			console.error(`move: ${err.message}`);
			return 1;
		}
		throw err;
	}
	writeFileSync(path.join(dir, file), stringifyLike(moved, folder.texts[file] ?? ''));
	const f = moved.features.find((x) => (x.id ?? x.properties?.id) === id);
	const at = f?.geometry?.type === 'Point' ? f.geometry.coordinates.join(', ') : '?';
	console.log(
		`moved ${id} in ${file} to WGS-84 ${at} (from ${to.datum} ${to.coordinates.join(', ')})`
	);
	return checkCommand(dir);
}
