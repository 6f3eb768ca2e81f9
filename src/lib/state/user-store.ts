/**
 * What the user brings and keeps, in this browser's IndexedDB (idb-keyval):
 * imported layers, named compare sets and saved views. Nothing leaves the
 * browser. Every read is checked, so a corrupted record is reported and
 * skipped, never applied half-way; a failing store (quota, private mode,
 * blocked storage) is reported once and the app goes on in memory.
 * Other tabs hear of each change on a BroadcastChannel and reload it.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { Polygon, MultiPolygon } from 'geojson';
import type { AtlasEntity } from '$lib/data/atlas';

/** A layer of imported sites, as stored. */
export type UserLayer = {
	id: string;
	name: string;
	/** #rrggbb */
	color: string;
	visible: boolean;
	/** ISO time of the import */
	created: string;
	/** the file it came from and how it was read */
	file: { name: string; format: string; datum: string; rows: number };
	entities: AtlasEntity[];
	/** polygons of the sites that have one, by entity id (WGS-84) */
	geometries: Record<string, Polygon | MultiPolygon>;
	/** the file's columns offered as filters (few distinct values) */
	facets: string[];
};

/** Sites pinned together under a name. */
export type CompareSet = { id: string; name: string; ids: string[]; created: string };

/** A view kept under a name: the link that restores it. */
export type SavedView = { id: string; name: string; href: string; created: string };

export type UserRecords = {
	layers: UserLayer[];
	compareSets: CompareSet[];
	views: SavedView[];
	/** records that could not be read: key and reason */
	corrupted: { key: string; reason: string }[];
};

const PREFIX = { layer: 'layer:', set: 'set:', view: 'view:' } as const;
const CHANNEL = 'atlas-user-data';

export class StoreError extends Error {
	constructor(
		readonly op: 'read' | 'write' | 'delete',
		readonly key: string,
		readonly cause: unknown
	) {
		super(`${op} ${key}: ${describeError(cause)}`);
	}
	/** the browser refused for lack of space */
	get quota(): boolean {
		return (this.cause as Error | undefined)?.name === 'QuotaExceededError';
	}
}

function describeError(err: unknown): string {
	if (err instanceof Error) return `${err.name}: ${err.message}`;
	return String(err);
}

const isObj = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';

/** Why a stored layer cannot be used, or null when it can. */
export function checkLayer(x: unknown): string | null {
	if (!isObj(x)) return 'not an object';
	for (const k of ['id', 'name', 'color', 'created'] as const) {
		if (!isStr(x[k])) return `"${k}" is not text`;
	}
	if (!/^#[0-9a-f]{6}$/i.test(x.color as string)) return '"color" is not #rrggbb';
	if (!isObj(x.file)) return '"file" is missing';
	if (!Array.isArray(x.entities)) return '"entities" is not a list';
	for (const [i, e] of (x.entities as unknown[]).entries()) {
		if (!isObj(e) || !isStr(e.id) || !isStr(e.name_zh) || !Array.isArray(e.point)) {
			return `entity ${i + 1} is not a site`;
		}
		const [lon, lat] = e.point as unknown[];
		if (typeof lon !== 'number' || typeof lat !== 'number') {
			return `entity ${i + 1} has no point`;
		}
	}
	if (!isObj(x.geometries)) return '"geometries" is missing';
	if (!Array.isArray(x.facets)) return '"facets" is not a list';
	return null;
}

function checkSet(x: unknown): string | null {
	if (!isObj(x) || !isStr(x.id) || !isStr(x.name)) return 'not a compare set';
	if (!Array.isArray(x.ids) || !x.ids.every(isStr)) return '"ids" is not a list of ids';
	return null;
}

function checkView(x: unknown): string | null {
	if (!isObj(x) || !isStr(x.id) || !isStr(x.name) || !isStr(x.href)) return 'not a saved view';
	return null;
}

/** The store's operations; the in-memory fallback and the tests use the same shape. */
export interface UserStore {
	readAll(): Promise<UserRecords>;
	putLayer(layer: UserLayer): Promise<void>;
	deleteLayer(id: string): Promise<void>;
	putSet(set: CompareSet): Promise<void>;
	deleteSet(id: string): Promise<void>;
	putView(view: SavedView): Promise<void>;
	deleteView(id: string): Promise<void>;
	/** calls back when another tab changed the store; returns the unsubscribe */
	onExternalChange(fn: () => void): () => void;
}

export class IdbUserStore implements UserStore {
	#store: UseStore;
	#channel: BroadcastChannel | null;

	constructor(dbName = 'linkonggang-atlas', store?: UseStore) {
		this.#store = store ?? createStore(dbName, 'user');
		this.#channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
	}

	async readAll(): Promise<UserRecords> {
		let all: [IDBValidKey, unknown][];
		try {
			all = await entries(this.#store);
		} catch (err) {
			throw new StoreError('read', '*', err);
		}
		const out: UserRecords = { layers: [], compareSets: [], views: [], corrupted: [] };
		for (const [k, value] of all) {
			const key = String(k);
			const kind = key.startsWith(PREFIX.layer)
				? 'layer'
				: key.startsWith(PREFIX.set)
					? 'set'
					: key.startsWith(PREFIX.view)
						? 'view'
						: null;
			const problem =
				kind === 'layer'
					? checkLayer(value)
					: kind === 'set'
						? checkSet(value)
						: kind === 'view'
							? checkView(value)
							: 'unknown record';
			if (problem) {
				out.corrupted.push({ key, reason: problem });
				continue;
			}
			if (kind === 'layer') out.layers.push(value as UserLayer);
			else if (kind === 'set') out.compareSets.push(value as CompareSet);
			else out.views.push(value as SavedView);
		}
		const byCreated = (a: { created: string }, b: { created: string }) =>
			a.created.localeCompare(b.created);
		out.layers.sort(byCreated);
		out.compareSets.sort(byCreated);
		out.views.sort(byCreated);
		return out;
	}

	async #put(key: string, value: unknown) {
		try {
			// IndexedDB clones the value itself (UserData keeps plain $state.raw data,
			// never proxies): a second copy here cost seconds for a big layer
			await set(key, value, this.#store);
		} catch (err) {
			throw new StoreError('write', key, err);
		}
		this.#channel?.postMessage({ key });
	}

	async #del(key: string) {
		try {
			await del(key, this.#store);
		} catch (err) {
			throw new StoreError('delete', key, err);
		}
		this.#channel?.postMessage({ key });
	}

	putLayer = (layer: UserLayer) => this.#put(PREFIX.layer + layer.id, layer);
	deleteLayer = (id: string) => this.#del(PREFIX.layer + id);
	putSet = (s: CompareSet) => this.#put(PREFIX.set + s.id, s);
	deleteSet = (id: string) => this.#del(PREFIX.set + id);
	putView = (v: SavedView) => this.#put(PREFIX.view + v.id, v);
	deleteView = (id: string) => this.#del(PREFIX.view + id);

	onExternalChange(fn: () => void): () => void {
		const channel = this.#channel;
		if (!channel) return () => {};
		const listener = () => fn();
		channel.addEventListener('message', listener);
		return () => channel.removeEventListener('message', listener);
	}
}

/** Keeps everything in memory: when IndexedDB is missing or failed, and in tests. */
export class MemoryUserStore implements UserStore {
	#records = new Map<string, unknown>();
	async readAll(): Promise<UserRecords> {
		const values = [...this.#records.entries()];
		const pick = <T>(prefix: string) =>
			values.filter(([k]) => k.startsWith(prefix)).map(([, v]) => structuredClone(v) as T);
		return {
			layers: pick<UserLayer>(PREFIX.layer),
			compareSets: pick<CompareSet>(PREFIX.set),
			views: pick<SavedView>(PREFIX.view),
			corrupted: []
		};
	}
	async #put(key: string, v: unknown) {
		this.#records.set(key, structuredClone(v));
	}
	putLayer = async (l: UserLayer) => this.#put(PREFIX.layer + l.id, l);
	deleteLayer = async (id: string) => void this.#records.delete(PREFIX.layer + id);
	putSet = async (s: CompareSet) => this.#put(PREFIX.set + s.id, s);
	deleteSet = async (id: string) => void this.#records.delete(PREFIX.set + id);
	putView = async (v: SavedView) => this.#put(PREFIX.view + v.id, v);
	deleteView = async (id: string) => void this.#records.delete(PREFIX.view + id);
	onExternalChange(): () => void {
		return () => {};
	}
}

const EMPTY: UserRecords = { layers: [], compareSets: [], views: [], corrupted: [] };

/**
 * Opens the browser's store and reads it, within `timeoutMs` (an IndexedDB
 * that is blocked never answers). Never throws: without a usable store the
 * records are empty and `error` says why.
 */
export async function openUserStore(
	timeoutMs = 4000
): Promise<{ store: UserStore | null; records: UserRecords; error?: string }> {
	let store: IdbUserStore;
	try {
		if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
		store = new IdbUserStore();
	} catch (err) {
		return { store: null, records: EMPTY, error: describeError(err) };
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), timeoutMs);
	});
	try {
		return { store, records: await Promise.race([store.readAll(), timeout]) };
	} catch (err) {
		return { store: null, records: EMPTY, error: describeError(err) };
	} finally {
		clearTimeout(timer);
	}
}
