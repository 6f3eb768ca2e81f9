/**
 * The main thread's side of the import worker: one worker per import, started
 * when a file is chosen; cancel() (or a new file) terminates it, which stops
 * a parse in the middle. Progress arrives as a fraction 0–1.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { AtlasEntity } from '../data/atlas';
import type { BuiltLayer, ImportContext } from './build-layer';
import type { ImportApi } from './import.worker';
import type { OpenResult } from './import-service';
import type { ImportChoices } from './types';

/** sites per message from the worker: ~50 ms to receive on a slow machine */
export const TAKE_SLICE = 5000;
/** the share of the progress bar for building (the rest is receiving) */
const BUILD_SHARE = 0.8;

type BuildSummary = Omit<Awaited<ReturnType<ImportApi['build']>>, 'count'>;

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

	/**
	 * Builds the layer in the worker and receives its sites a slice at a time
	 * (one short task each on this thread); progress covers both.
	 */
	async build(
		choices: ImportChoices,
		context: ImportContext,
		progress: ProgressFn
	): Promise<BuiltLayer & BuildSummary> {
		const api = this.#need();
		const { count, ...summary } = await this.#guard(
			api.build(
				choices,
				context,
				proxy((p: number) => progress(p * BUILD_SHARE))
			)
		);
		const entities: AtlasEntity[] = [];
		const geometries: BuiltLayer['geometries'] = {};
		for (let start = 0; start < count; start += TAKE_SLICE) {
			const slice = await this.#guard(api.take(start, TAKE_SLICE));
			for (const e of slice.entities) entities.push(e);
			Object.assign(geometries, slice.geometries);
			progress(BUILD_SHARE + ((1 - BUILD_SHARE) * Math.min(count, start + TAKE_SLICE)) / count);
		}
		return { ...summary, entities, geometries };
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
