/**
 * Writes a large dataset's details (data/details.ts) and its entities in
 * parts (data/parts.ts) beside atlas.json; reads them back for the OGC API
 * and the benchmark.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AtlasIndex } from '../data/atlas';
import {
	DETAILS_PER_FILE,
	detailsUrl,
	mergeDetailsFile,
	splitDetails,
	type EntityDetails
} from '../data/details';
import { checkPart, ENTITIES_PER_PART, partCount, partUrl } from '../data/parts';

/** The folder of the details files, under the data directory. */
export const DETAILS_DIR = 'details';
/** The folder of the entity parts, under the data directory. */
export const PARTS_DIR = 'entities';

/**
 * Moves every entity's details into `out/details/{n}.json` and sets
 * `index.details`; `index.entities` keeps the rest, in the same order.
 */
export function writeDetails(index: AtlasIndex, out: string): { files: number; bytes: number } {
	const summary = { url: `${DETAILS_DIR}/{n}.json`, per: DETAILS_PER_FILE };
	mkdirSync(path.join(out, DETAILS_DIR), { recursive: true });
	let files = 0;
	let bytes = 0;
	const cores = [];
	for (let start = 0; start < index.entities.length; start += summary.per) {
		const details: EntityDetails[] = [];
		for (const e of index.entities.slice(start, start + summary.per)) {
			const split = splitDetails(e);
			cores.push(split.core);
			details.push(split.details);
		}
		const json = JSON.stringify(details);
		writeFileSync(path.join(out, detailsUrl(summary, files)), json);
		files++;
		bytes += Buffer.byteLength(json);
	}
	index.entities = cores;
	index.details = summary;
	return { files, bytes };
}

/**
 * Moves the entities into `out/entities/{n}.json` and sets `index.parts`;
 * `index.entities` is left empty.
 */
export function writeParts(index: AtlasIndex, out: string): { files: number; bytes: number } {
	const parts = {
		url: `${PARTS_DIR}/{n}.json`,
		per: ENTITIES_PER_PART,
		count: index.entities.length
	};
	mkdirSync(path.join(out, PARTS_DIR), { recursive: true });
	let bytes = 0;
	for (let n = 0; n < partCount(parts); n++) {
		const json = JSON.stringify(index.entities.slice(n * parts.per, (n + 1) * parts.per));
		writeFileSync(path.join(out, partUrl(parts, n)), json);
		bytes += Buffer.byteLength(json);
	}
	index.entities = [];
	index.parts = parts;
	return { files: partCount(parts), bytes };
}

/**
 * The index as the page sees it once loaded: its entities read back from
 * their parts and their details merged in, from `dir` (when atlas.json left
 * them out).
 */
export function withDetails(index: AtlasIndex, dir: string): AtlasIndex {
	const parts = index.parts;
	if (parts) {
		const entities = [];
		for (let n = 0; n < partCount(parts); n++) {
			const file = path.join(dir, partUrl(parts, n));
			entities.push(...checkPart(parts, n, JSON.parse(readFileSync(file, 'utf8'))));
		}
		index.entities = entities;
	}
	const summary = index.details;
	if (!summary) return index;
	for (let n = 0; n * summary.per < index.entities.length; n++) {
		const file = path.join(dir, detailsUrl(summary, n));
		const details = JSON.parse(readFileSync(file, 'utf8')) as EntityDetails[];
		mergeDetailsFile(index.entities, summary, n, details);
	}
	return index;
}
