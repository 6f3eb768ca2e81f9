/**
 * The import Web Worker: reads, checks and builds an imported layer off the
 * main thread, so a 100,000-row file leaves the page responsive. Its API is
 * exposed with Comlink; see import-client.ts for the other side. Cancelling
 * terminates the worker. Nothing leaves the browser.
 *
 * A built layer is handed over in slices (`take`): receiving 100,000 sites in
 * one message costs the page one long task to deserialise them; a slice at a
 * time keeps each task short.
 */
import { expose } from 'comlink';
import type { AtlasEntity } from '../data/atlas';
import type { BuiltLayer, ImportContext } from './build-layer';
import { ImportService } from './import-service';
import type { Progress } from './read';
import type { ImportChoices } from './types';

let service: ImportService | null = null;
let built: ReturnType<ImportService['build']> | null = null;

function need(): ImportService {
	if (!service) throw new Error('import worker: open() first');
	return service;
}

const api = {
	open(bytes: Uint8Array, fileName: string, zoneBox: number[], progress: Progress) {
		service = new ImportService(zoneBox);
		built = null;
		return service.open(bytes, fileName, progress);
	},
	openSheet(sheet: string, progress: Progress) {
		built = null;
		return need().openSheet(sheet, progress);
	},
	check(choices: Pick<ImportChoices, 'mapping' | 'datum' | 'swap' | 'keepFar'>) {
		return need().check(choices);
	},
	/** Builds the layer and keeps it here; returns all but its sites (see take). */
	build(choices: ImportChoices, context: ImportContext, progress: Progress) {
		built = need().build(choices, context, progress);
		const { problems, dropped, facets, format, rows } = built;
		return { problems, dropped, facets, format, rows, count: built.entities.length };
	},
	/** Sites [start, start + count) of the built layer, with their polygons. */
	take(start: number, count: number) {
		if (!built) throw new Error('import worker: build() first');
		const entities: AtlasEntity[] = built.entities.slice(start, start + count);
		const geometries: BuiltLayer['geometries'] = {};
		for (const e of entities) {
			const g = built.geometries[e.id];
			if (g) geometries[e.id] = g;
		}
		return { entities, geometries };
	}
};

export type ImportApi = typeof api;

expose(api);
