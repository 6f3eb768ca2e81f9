/**
 * The main thread's side of the import worker: one worker per import, started
 * when a file is chosen; cancel() (or a new file) terminates it, which stops
 * a parse in the middle. Progress arrives as a fraction 0–1.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { ImportContext } from './build-layer';
import type { ImportApi } from './import.worker';
import type { OpenResult } from './import-service';
import type { ImportChoices } from './types';

export type ProgressFn = (done: number) => void;

export class ImportCancelled extends Error {
	constructor() {
		super('import cancelled');
	}
}

export class ImportClient {
	#worker: Worker | null = null;
	#api: Remote<ImportApi> | null = null;
	#reject: ((err: Error) => void) | null = null;

	/** Reads a file; a running import is cancelled first. */
	async open(file: File, zoneBox: readonly number[], progress: ProgressFn) {
		this.cancel();
		const bytes = new Uint8Array(await file.arrayBuffer());
		this.#worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
			type: 'module',
			name: 'import'
		});
		this.#api = wrap<ImportApi>(this.#worker);
		const api = this.#api;
		// Comlink's Remote spreads a union result over Promise types; it is one promise of it
		return this.#guard(
			api.open(bytes, file.name, [...zoneBox], proxy(progress)) as Promise<OpenResult>
		);
	}

	openSheet(sheet: string, progress: ProgressFn) {
		return this.#guard(this.#need().openSheet(sheet, proxy(progress)) as Promise<OpenResult>);
	}

	check(choices: Pick<ImportChoices, 'mapping' | 'datum' | 'swap' | 'keepFar'>) {
		return this.#guard(this.#need().check(choices));
	}

	build(choices: ImportChoices, context: ImportContext, progress: ProgressFn) {
		return this.#guard(this.#need().build(choices, context, proxy(progress)));
	}

	/** Stops the worker; a pending request rejects with ImportCancelled. */
	cancel() {
		this.#worker?.terminate();
		this.#worker = null;
		this.#api = null;
		this.#reject?.(new ImportCancelled());
		this.#reject = null;
	}

	#need(): Remote<ImportApi> {
		if (!this.#api) throw new Error('import: open() first');
		return this.#api;
	}

	/** A request that rejects at once when the import is cancelled (a terminated worker never answers). */
	#guard<T>(request: Promise<T>): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			this.#reject = reject;
			request.then(resolve, reject);
		});
	}
}
