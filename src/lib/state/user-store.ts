/**
 * What the user brings and keeps, in this browser's IndexedDB (idb-keyval):
 * imported layers, named compare sets and saved views. Nothing leaves the
 * browser. Every read is checked, so a corrupted record is reported and
 * skipped, never applied half-way; a failing store (quota, private mode,
 * blocked storage) is reported once and the app goes on in memory.
 * Other tabs hear of each change on a BroadcastChannel and reload it.
 */
import { createStore, del, delMany, entries, keys, set, type UseStore } from 'idb-keyval';
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

const PREFIX = { layer: 'layer:', set: 'set:', view: 'view:', sites: 'sites:' } as const;
/**
 * A layer's sites are stored in chunks of this many, one record each
 * (`sites:<layer>:<n>`), beside the layer's own record: each write is a short
 * task, and a rename or a new colour rewrites only the layer's record.
 */
export const SITES_PER_RECORD = 5000;

/** A stored chunk of a layer's sites. */
type SitesChunk = { entities: AtlasEntity[]; geometries: Record<string, Polygon | MultiPolygon> };
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

const chunkCount = (layer: UserLayer) => Math.ceil(layer.entities.length / SITES_PER_RECORD);

/**
 * A stored layer with its sites put back from their chunk records, or why
 * it cannot be: a chunk missing or not a chunk. A layer stored whole (before
 * chunking) has no `chunks` and is returned as it is.
 */
function joinChunks(stored: unknown, chunks: ReadonlyMap<string, unknown>): unknown {
	if (!isObj(stored) || typeof stored.chunks !== 'number') return stored;
	const { chunks: count, ...layer } = stored;
	const entities: unknown[] = [];
	const geometries: Record<string, unknown> = {};
	for (let n = 0; n < (count as number); n++) {
		const chunk = chunks.get(`${PREFIX.sites}${String(layer.id)}:${n}`);
		if (!isObj(chunk) || !Array.isArray(chunk.entities) || !isObj(chunk.geometries)) {
			return `sites ${n + 1} of ${count as number} are missing or unreadable`;
		}
		entities.push(...chunk.entities);
		Object.assign(geometries, chunk.geometries);
	}
	return { ...layer, entities, geometries };
}

/** The store's operations; the in-memory fallback and the tests use the same shape. */
export interface UserStore {
	readAll(): Promise<UserRecords>;
	putLayer(layer: UserLayer): Promise<void>;
	/** rewrites a stored layer's name, colour, visibility: not its sites */
	putLayerMeta(layer: UserLayer): Promise<void>;
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
	/** layers whose sites are in chunk records (read so, or written so by this tab) */
	#chunked = new Set<string>();
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
		const chunks = new Map<string, unknown>();
		for (const [k, value] of all) {
			if (String(k).startsWith(PREFIX.sites)) chunks.set(String(k), value);
		}
		for (const [k, stored] of all) {
			const key = String(k);
			if (key.startsWith(PREFIX.sites)) continue;
			let value = stored;
			if (key.startsWith(PREFIX.layer)) {
				const joined = joinChunks(stored, chunks);
				if (typeof joined === 'string') {
					out.corrupted.push({ key, reason: joined });
					continue;
				}
				value = joined;
				if (isObj(stored) && typeof stored.chunks === 'number')
					this.#chunked.add(String(stored.id));
			}
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

	/** The sites first, a chunk per write, then the layer's record (a cut-off write leaves no half layer). */
	putLayer = async (layer: UserLayer) => {
		const count = chunkCount(layer);
		for (let n = 0; n < count; n++) {
			const entities = layer.entities.slice(n * SITES_PER_RECORD, (n + 1) * SITES_PER_RECORD);
			const geometries: SitesChunk['geometries'] = {};
			for (const e of entities) {
				const g = layer.geometries[e.id];
				if (g) geometries[e.id] = g;
			}
			const key = `${PREFIX.sites}${layer.id}:${n}`;
			try {
				await set(key, { entities, geometries } satisfies SitesChunk, this.#store);
			} catch (err) {
				throw new StoreError('write', key, err);
			}
		}
		this.#chunked.add(layer.id);
		await this.#putMeta(layer);
	};
	/** A layer stored whole (before chunking) is rewritten in chunks the first time. */
	putLayerMeta = (layer: UserLayer) =>
		this.#chunked.has(layer.id) ? this.#putMeta(layer) : this.putLayer(layer);
	#putMeta = (layer: UserLayer) =>
		this.#put(PREFIX.layer + layer.id, {
			...layer,
			entities: [],
			geometries: {},
			chunks: chunkCount(layer)
		});
	deleteLayer = async (id: string) => {
		await this.#del(PREFIX.layer + id);
		try {
			const mine = (await keys(this.#store)).filter((k) =>
				String(k).startsWith(`${PREFIX.sites}${id}:`)
			);
			await delMany(mine, this.#store);
		} catch (err) {
			throw new StoreError('delete', `${PREFIX.sites}${id}:*`, err);
		}
	};
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
	putLayerMeta = async (l: UserLayer) => this.#put(PREFIX.layer + l.id, l);
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
