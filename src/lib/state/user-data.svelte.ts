/**
 * The user's own data as app state: imported layers, compare sets and saved
 * views, kept in a UserStore (IndexedDB). Changes apply in memory first and
 * are then written; a store that fails is reported (`problem`) and the app
 * goes on without persistence, losing nothing of the session.
 */
import { errorText } from './error-text';
import type { AtlasEntity } from '$lib/data/atlas';
import {
	StoreError,
	type CompareSet,
	type SavedView,
	type UserLayer,
	type UserRecords,
	type UserStore
} from './user-store';

export type StoreProblem =
	| { kind: 'unavailable'; detail: string }
	| { kind: 'quota'; detail: string }
	| { kind: 'write'; detail: string }
	| { kind: 'corrupted'; detail: string; keys: string[] };

/** Colours given to imported layers in turn (distinct from the chain palette). */
export const USER_COLORS = ['#d6336c', '#7048e8', '#0c8599', '#e8590c', '#2b8a3e', '#5c7cfa'];

export class UserData {
	layers = $state.raw<UserLayer[]>([]);
	compareSets = $state.raw<CompareSet[]>([]);
	views = $state.raw<SavedView[]>([]);
	/** what went wrong with the store, for the user; null when all is well */
	problem = $state<StoreProblem | null>(null);
	/** another tab changed the data and it was reloaded here */
	syncedFromOtherTab = $state(0);
	/** false once the store failed: changes stay in this tab only */
	persistent = $state(true);

	/** sites of the visible layers: what the catalog and the map show */
	readonly entities: AtlasEntity[] = $derived(
		this.layers.filter((l) => l.visible).flatMap((l) => l.entities)
	);

	#store: UserStore | null;
	#clock: () => string;
	#unsubscribe: () => void = () => {};

	constructor(store: UserStore | null, clock: () => string = () => new Date().toISOString()) {
		this.#store = store;
		this.#clock = clock;
		if (!store) {
			this.persistent = false;
			this.problem = { kind: 'unavailable', detail: 'IndexedDB is not available' };
		}
	}

	/** Applies records read at startup (see readUserRecords). */
	apply(records: UserRecords) {
		this.layers = records.layers;
		this.compareSets = records.compareSets;
		this.views = records.views;
		if (records.corrupted.length) {
			this.problem = {
				kind: 'corrupted',
				detail: records.corrupted.map((c) => `${c.key}: ${c.reason}`).join('; '),
				keys: records.corrupted.map((c) => c.key)
			};
		}
	}

	/** Follows changes other tabs make. */
	listen() {
		this.#unsubscribe();
		this.#unsubscribe =
			this.#store?.onExternalChange(async () => {
				try {
					const records = await this.#store!.readAll();
					this.apply(records);
					this.syncedFromOtherTab++;
				} catch (err) {
					this.#fail(err);
				}
			}) ?? (() => {});
	}

	destroy() {
		this.#unsubscribe();
	}

	#fail(err: unknown) {
		const detail = errorText(err);
		this.persistent = false;
		this.problem =
			err instanceof StoreError && err.quota
				? { kind: 'quota', detail }
				: {
						kind: err instanceof StoreError && err.op === 'read' ? 'unavailable' : 'write',
						detail
					};
	}

	async #write(op: (store: UserStore) => Promise<void>) {
		if (!this.#store || !this.persistent) return;
		try {
			await op(this.#store);
		} catch (err) {
			this.#fail(err);
		}
	}

	/** The next free colour for a new layer. */
	nextColor(): string {
		const used = new Set(this.layers.map((l) => l.color));
		return USER_COLORS.find((c) => !used.has(c)) ?? USER_COLORS[this.layers.length % 6]!;
	}

	async addLayer(layer: UserLayer) {
		this.layers = [...this.layers.filter((l) => l.id !== layer.id), layer];
		await this.#write((s) => s.putLayer(layer));
	}

	async #updateLayer(id: string, change: Partial<UserLayer>) {
		const layer = this.layers.find((l) => l.id === id);
		if (!layer) return;
		const next = { ...layer, ...change };
		this.layers = this.layers.map((l) => (l.id === id ? next : l));
		await this.#write((s) => s.putLayerMeta(next));
	}

	rename = (id: string, name: string) => this.#updateLayer(id, { name: name.trim() || id });
	recolour = (id: string, color: string) => this.#updateLayer(id, { color });
	setVisible = (id: string, visible: boolean) => this.#updateLayer(id, { visible });

	async removeLayer(id: string) {
		this.layers = this.layers.filter((l) => l.id !== id);
		await this.#write((s) => s.deleteLayer(id));
	}

	async saveCompareSet(name: string, ids: string[]) {
		const set: CompareSet = { id: uid('set', this.#clock()), name, ids, created: this.#clock() };
		this.compareSets = [...this.compareSets, set];
		await this.#write((s) => s.putSet(set));
	}

	async removeCompareSet(id: string) {
		this.compareSets = this.compareSets.filter((s) => s.id !== id);
		await this.#write((s) => s.deleteSet(id));
	}

	async saveView(name: string, href: string) {
		const view: SavedView = { id: uid('view', this.#clock()), name, href, created: this.#clock() };
		this.views = [...this.views, view];
		await this.#write((s) => s.putView(view));
	}

	async removeView(id: string) {
		this.views = this.views.filter((v) => v.id !== id);
		await this.#write((s) => s.deleteView(id));
	}
}

let counter = 0;
/** A record id unique in this store: the time plus a counter. */
function uid(prefix: string, time: string): string {
	counter++;
	return `${prefix}-${time.replace(/\D/g, '')}-${counter}`;
}
