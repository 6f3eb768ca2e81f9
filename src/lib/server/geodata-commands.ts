/**
 * The geodata commands behind `npm run geodata`: check, build, move and apply, each
 * printing what it did and returning the process exit code (0 ok, 1 data
 * errors). scripts/geodata.ts parses the arguments and calls these.
 */
import { writeRoadTiles } from './road-tiles';
import { writeLayerTiles } from './layer-tiles';
import { DETAILS_DIR, PARTS_DIR, writeDetails, writeParts } from './details';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { applyCorrections, describeChange, fileOfFeature } from '../data/apply-corrections';
import { LAYER_IDS } from '../data/atlas';
import { buildAtlas, type BuildOptions } from '../data/build';
import { LICENCES_FILE, licenceManifest, ROADS_FILE, roadsCollection } from '../data/downloads';
import { parseCorrections } from '../data/corrections';
import { stringifyLike } from '../data/json-text';
import { fileRole } from '../data/layout';
import { SEARCH_FILE } from '../data/load';
import { DETAILS_FROM } from '../data/details';
import { serializeSearchIndex } from '../data/search';
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
export function buildCommand(
	dir: string,
	out: string,
	{ detailsFrom = DETAILS_FROM, ...options }: BuildOptions & { detailsFrom?: number } = {}
): number {
	const { folder, errors } = check(dir);
	if (errors.length) {
		console.error('geodata: build stopped: fix the errors above first');
		return 1;
	}
	const { index, layers, roads } = buildAtlas(folder.files, options);
	mkdirSync(out, { recursive: true });
	const write = (name: string, value: unknown) => {
		const json = typeof value === 'string' ? value : JSON.stringify(value);
		writeFileSync(path.join(out, name), json);
		console.log(
			`wrote ${path.relative(process.cwd(), path.join(out, name))} (${formatSize(Buffer.byteLength(json))})`
		);
	};
	// the search index, serialised, so the page loads it instead of building it (issue 13)
	const search = serializeSearchIndex(index.entities);
	// a large dataset's details stay out of atlas.json, in files loaded on demand (issue 13)
	rmSync(path.join(out, DETAILS_DIR), { recursive: true, force: true });
	rmSync(path.join(out, PARTS_DIR), { recursive: true, force: true });
	if (index.entities.length >= detailsFrom) {
		const written = writeDetails(index, out);
		console.log(`wrote ${written.files} details files (${formatSize(written.bytes)})`);
		// and the entities themselves in parts, parsed one per task by the page (data/parts.ts)
		const parts = writeParts(index, out);
		console.log(`wrote ${parts.files} entity parts (${formatSize(parts.bytes)})`);
	}
	write('atlas.json', index);
	write(SEARCH_FILE, search);
	for (const id of LAYER_IDS) write(`${id}.geojson`, layers[id]);
	for (const id of LAYER_IDS) {
		const tiles = index.layers[id].tiles;
		// a layer that was tiled by an earlier build and is not now: no stale tiles
		if (!tiles) rmSync(path.join(out, id), { recursive: true, force: true });
		if (!tiles) continue;
		const written = writeLayerTiles(id, layers[id], tiles, out);
		console.log(`wrote ${written.tiles} ${id} tiles (${formatSize(written.bytes)})`);
	}
	// plain downloads and the OGC API (issue 12): the whole network as GeoJSON, and who licenses what
	const roadsFc = roadsCollection(folder.files);
	if (roadsFc) write(ROADS_FILE, roadsFc);
	write(LICENCES_FILE, licenceManifest(folder.files));
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
	const file = fileOfFeature(featureFiles(folder), id);
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

/** The feature files of a folder (path → FeatureCollection), as move and apply search them. */
function featureFiles(folder: GeodataFolder): Record<string, FeatureCollection> {
	return Object.fromEntries(
		Object.entries(folder.files).filter(
			([p, v]) => fileRole(p) === 'features' && Array.isArray((v as FeatureCollection)?.features)
		)
	) as Record<string, FeatureCollection>;
}

/**
 * `geodata apply corrections.json`: every correction through the code of
 * `move`, all or nothing. A bad entry, or a dataset the corrections would make
 * invalid, is reported (one line each) and nothing is written; otherwise the
 * changed files are rewritten in their own style, one line per change, and the
 * folder is checked again.
 */
export function applyCommand(dir: string, correctionsPath: string): number {
	let text: string;
	try {
		text = readFileSync(correctionsPath, 'utf8');
	} catch (err) {
		console.error(`apply: cannot read ${correctionsPath}: ${(err as Error).message}`);
		return 1;
	}
	const name = path.basename(correctionsPath);
	const parsed = parseCorrections(text, name);
	const folder = readGeodataDir(dir);
	const applied = parsed.ok
		? applyCorrections(featureFiles(folder), parsed.file.corrections, name)
		: parsed;
	const errors = applied.ok
		? [...folder.errors, ...validateGeodata({ ...folder.files, ...applied.files })].map(
				(e) => `${name}: the corrected dataset would be invalid: ${formatError(e)}`
			)
		: applied.errors;
	if (!applied.ok || errors.length) {
		for (const e of errors) console.error(e);
		console.error(`apply: ${errors.length} errors; nothing changed`);
		return 1;
	}
	for (const [file, fc] of Object.entries(applied.files)) {
		writeFileSync(path.join(dir, file), stringifyLike(fc, folder.texts[file] ?? ''));
	}
	for (const c of applied.changes) console.log(describeChange(c));
	const n = applied.changes.length;
	console.log(
		`applied ${n} correction${n === 1 ? '' : 's'} to ${Object.keys(applied.files).length} file(s)`
	);
	return checkCommand(dir);
}
