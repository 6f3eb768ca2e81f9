/**
 * The import Web Worker: reads, checks and builds an imported layer off the
 * main thread, so a 100,000-row file leaves the page responsive. Its API is
 * exposed with Comlink; see import-client.ts for the other side. Cancelling
 * terminates the worker. Nothing leaves the browser.
 */
import { expose } from 'comlink';
import type { ImportContext } from './build-layer';
import { ImportService } from './import-service';
import type { Progress } from './read';
import type { ImportChoices } from './types';

let service: ImportService | null = null;

function need(): ImportService {
	if (!service) throw new Error('import worker: open() first');
	return service;
}

const api = {
	open(bytes: Uint8Array, fileName: string, zoneBox: number[], progress: Progress) {
		service = new ImportService(zoneBox);
		return service.open(bytes, fileName, progress);
	},
	openSheet(sheet: string, progress: Progress) {
		return need().openSheet(sheet, progress);
	},
	check(choices: Pick<ImportChoices, 'mapping' | 'datum' | 'swap' | 'keepFar'>) {
		return need().check(choices);
	},
	build(choices: ImportChoices, context: ImportContext, progress: Progress) {
		return need().build(choices, context, progress);
	}
};

export type ImportApi = typeof api;

expose(api);
