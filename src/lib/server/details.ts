/**
 * Writes a large dataset's details beside atlas.json (data/details.ts) and
 * leaves them out of its entities; reads them back for the OGC API.
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

/** The folder of the details files, under the data directory. */
export const DETAILS_DIR = 'details';

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

/** The index with every entity's details merged back from `dir` (when it left them out). */
export function withDetails(index: AtlasIndex, dir: string): AtlasIndex {
	const summary = index.details;
	if (!summary) return index;
	for (let n = 0; n * summary.per < index.entities.length; n++) {
		const file = path.join(dir, detailsUrl(summary, n));
		const details = JSON.parse(readFileSync(file, 'utf8')) as EntityDetails[];
		mergeDetailsFile(index.entities, summary, n, details);
	}
	return index;
}
