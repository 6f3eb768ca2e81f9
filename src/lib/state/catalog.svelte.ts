/**
 * Everything derived once from the compiled dataset for fast lookups: entities
 * by id, the search index, the spatial index, the hubs the access card uses.
 * Built once per page load; never rebuilt on filter or view changes.
 */
import { NEAREST_STATION, type AtlasEntity, type AtlasIndex, type LayerId } from '$lib/data/atlas';
import {
	hasDetails,
	mergeDetailsFile,
	type DetailsSummary,
	type EntityDetails
} from '$lib/data/details';
import { LocalSearch, sendInSlices, type Searcher } from '$lib/data/searcher';
import type { Chain } from '$lib/data/schema';
import type { Hub } from '$lib/geo/access';
import { ProximityIndex } from '$lib/geo/proximity';
import type { KnownValues } from './atlas.svelte';
import { FACETS } from '$lib/data/query';
import { FilterColumns } from '$lib/data/columns';
import { TallyColumns, type Tally } from '$lib/data/tally';
import type { Lang } from '$lib/i18n/messages';
import { listPositions } from './map-cursor';

/** A relation stated towards an entity: who states it, and which. */
export type IncomingRelation = { id: string; type: AtlasEntity['relations'][number]['type'] };

/** Kinds the proximity tools list as "facilities" (not zones, hubs or landmarks). */
const FACILITY_KINDS = new Set(['park', 'enterprise', 'project', 'institution', 'lab', 'site']);

export class Catalog {
	/** the compiled dataset with the user's imported sites appended to `entities` */
	index = $state.raw() as AtlasIndex;
	readonly chains: ReadonlyMap<string, Chain>;
	readonly hubs: Hub[];
	/** the compiled dataset alone */
	readonly base: AtlasIndex;
	#search: Searcher;
	/** bumped when the search index changes (see `searchVersion`) */
	#searchVersion = $state(0);
	#user: readonly AtlasEntity[] = [];
	/** every entity by id, changed in place as imported sites come and go */
	#byId: Map<string, AtlasEntity>;
	/** bumped when `#byId` changes */
	#byIdVersion = $state(0);
	/** built on first use after each change (100,000 sites take ~0.1 s) */
	#facilities: ProximityIndex<AtlasEntity> | null = null;
	/** the search updates asked for, in order */
	#searchJob: Promise<void> = Promise.resolve();
	/** reads a details file of the dataset by number (when atlas.json leaves them out) */
	#readDetails: ((n: number) => Promise<EntityDetails[]>) | null;
	/** the details files asked for, by number */
	#detailFiles = new Map<number, Promise<void>>();
	/** bumped when details have been merged into entities */
	#detailsVersion = $state(0);
	/** why the last details file could not be read, until one is */
	#detailsProblem = $state<string | null>(null);

	/**
	 * `search` answers queries over the dataset (the page's runs in a worker,
	 * see SearchClient); without one the dataset is indexed here, in-process.
	 */
	constructor(
		index: AtlasIndex,
		search?: Searcher,
		readDetails: ((n: number) => Promise<EntityDetails[]>) | null = null,
		/** the filter's columns, when the page built them while loading (FilterColumns.inSlices) */
		columns?: FilterColumns
	) {
		this.#readDetails = readDetails;
		if (columns?.entities === index.entities)
			this.#memo.set(index, new Map([['columns', columns]]));
		this.base = index;
		this.index = index;
		this.#byId = new Map(index.entities.map((e) => [e.id, e]));
		this.chains = new Map(index.zone.chains.map((c) => [c.id, c]));
		this.#search = search ?? new LocalSearch(index.entities);
		this.hubs = Object.entries(index.zone.hubs).flatMap(([role, id]) => {
			const e = this.byId.get(id);
			return e ? [{ role, id, point: e.point, accuracy_m: e.position.accuracy_m }] : [];
		});
	}

	/** Search over every entity; its answers change when `searchVersion` does. */
	get search(): Searcher {
		return this.#search;
	}

	/** Bumped when imported sites have joined or left the search index (reading it tracks that). */
	get searchVersion(): number {
		return this.#searchVersion;
	}

	/** Every entity (the dataset's and the imported sites) by id. */
	get byId(): ReadonlyMap<string, AtlasEntity> {
		void this.#byIdVersion;
		return this.#byId;
	}

	/** The facilities' proximity index (reading it tracks the imported sites). */
	get facilities(): ProximityIndex<AtlasEntity> {
		void this.#byIdVersion;
		this.#facilities ??= new ProximityIndex(
			this.index.entities.filter((e) => FACILITY_KINDS.has(e.kind)),
			(e) => e.point
		);
		return this.#facilities;
	}

	/**
	 * Replaces the user's imported sites: they join the lookups, the search and
	 * the proximity index, so every tool works on them. Ids never collide with
	 * the dataset's (imported ids start with 'u-', which no geodata/ id may).
	 */
	setUserEntities(user: readonly AtlasEntity[]) {
		// The lookup changes in place: only the sites that come or go cost work.
		const now = new Set<string>();
		for (const e of user) now.add(e.id);
		const gone: string[] = [];
		for (const e of this.#user) {
			if (!now.has(e.id)) {
				gone.push(e.id);
				this.#byId.delete(e.id);
			}
		}
		const added: AtlasEntity[] = [];
		for (const e of user) {
			if (!this.#byId.has(e.id)) added.push(e);
			this.#byId.set(e.id, e);
		}
		// The index takes the sites a slice per task (in the page's worker, off
		// the main thread); they are searchable when the last slice is in.
		const run = async () => {
			if (gone.length) await this.#search.update([], gone);
			await sendInSlices(added, (docs) => this.#search.update(docs, []));
			this.#searchVersion++;
		};
		this.#searchJob = this.#searchJob.then(run, run);
		this.#user = user;
		// without imported sites the dataset is the compiled one (and keeps what was built for it)
		this.index = user.length
			? { ...this.base, entities: [...this.base.entities, ...user] }
			: this.base;
		this.#facilities = null;
		this.#byIdVersion++;
	}

	/**
	 * True when these entities hold their details (data/details.ts); false
	 * while some are loading, which this starts. Reading it tracks their arrival.
	 */
	hasDetails(ids: readonly string[]): boolean {
		void this.#detailsVersion;
		const missing = ids.filter((id) => {
			const e = this.#byId.get(id);
			return e !== undefined && !hasDetails(e);
		});
		if (missing.length) void this.details(missing).catch(() => {});
		return missing.length === 0;
	}

	/** Why the last details file could not be read (its URL and the error), or null. */
	get detailsProblem(): string | null {
		return this.#detailsProblem;
	}

	/**
	 * Loads these entities' details into them, when atlas.json left them out;
	 * rejects with the file that could not be read.
	 */
	async details(ids: readonly string[]): Promise<void> {
		const summary = this.base.details;
		if (!summary) return;
		// the dataset's entities come first in the columns, in atlas.json's order
		const columns = this.columns();
		const files = new Set<number>();
		for (const id of ids) {
			const i = columns.position(id);
			const e = this.#byId.get(id);
			if (i >= 0 && i < this.base.entities.length && e && !hasDetails(e))
				files.add(Math.floor(i / summary.per));
		}
		await Promise.all([...files].map((n) => this.#detailFile(n, summary)));
	}

	#detailFile(n: number, summary: DetailsSummary): Promise<void> {
		let job = this.#detailFiles.get(n);
		if (!job) {
			const read = this.#readDetails;
			if (!read) return Promise.reject(new Error('details: no reader for the details files'));
			job = read(n).then((details) => {
				mergeDetailsFile(this.base.entities, summary, n, details);
				this.#detailsProblem = null;
				this.#detailsVersion++;
			});
			// a failed file may be asked for again
			job.catch((err: Error) => {
				this.#detailFiles.delete(n);
				this.#detailsProblem = err.message;
			});
			this.#detailFiles.set(n, job);
		}
		return job;
	}

	/**
	 * Builds, one per idle moment after the first view, the lookups a first
	 * selection needs (the facilities' and every entity's spatial index, the
	 * reverse relations), so opening a detail panel does not build them.
	 */
	async warm(idle: () => Promise<void>) {
		for (const build of [
			() => this.facilities,
			() => this.placed(),
			() => this.incoming(''),
			() => this.#tallyColumns()
		]) {
			await idle();
			build();
		}
	}

	/** Resolves when the search index has every update asked for so far. */
	searchSettled(): Promise<void> {
		return this.#searchJob;
	}

	/** Every id and facet value the dataset has: what a URL may name. */
	known(): KnownValues {
		// the filter's columns already hold every value (no second walk over the entities)
		const columns = this.columns();
		const facets = Object.fromEntries(
			FACETS.map((f) => [f, new Set(columns.values(f))])
		) as unknown as KnownValues['facets'];
		// the lookup itself, not a copy of its keys: it follows imported sites too
		return { ids: this.#byId, facets, reachRoles: new Set(this.reachRoles()) };
	}

	/** The hub roles (and the nearest station) that entities have road times to, hubs first. */
	reachRoles(): string[] {
		return this.#once('reachRoles', (index) => {
			const candidates = [...Object.keys(index.zone.hubs), NEAREST_STATION];
			const roles = new Set<string>();
			// most entities have every role: the walk ends once all are seen
			for (const e of index.entities) {
				for (const r in e.road ?? {}) roles.add(r);
				if (candidates.every((r) => roles.has(r))) break;
			}
			return candidates.filter((r) => roles.has(r));
		});
	}

	/**
	 * What is derived from every entity is computed once per dataset (the
	 * compiled one, then once per change of the imported sites), never per
	 * interaction: opening a tab or a detail panel reads it.
	 */
	#once<T>(key: string, make: (index: AtlasIndex) => T): T {
		const index = this.index;
		let memo = this.#memo.get(index);
		if (!memo) this.#memo.set(index, (memo = new Map()));
		if (!memo.has(key)) memo.set(key, make(index));
		return memo.get(key) as T;
	}
	#memo = new WeakMap<AtlasIndex, Map<string, unknown>>();

	/** The filter's compact columns (a bitset per facet value) over every entity. */
	columns(): FilterColumns {
		return this.#once('columns', (index) => new FilterColumns(index.entities));
	}

	/** Every entity's position (in `index.entities`) in the Results list's order for a language. */
	listOrder(lang: Lang): Int32Array {
		return this.#once(`order:${lang}`, (index) => listPositions(index.entities, lang));
	}

	/** Every entity by its point (the live description of a large dataset's view). */
	placed(): ProximityIndex<AtlasEntity> {
		return this.#once('placed', (index) => new ProximityIndex(index.entities, (e) => e.point));
	}

	/** What a view holds, counted on compact columns (data/tally.ts; the map's description). */
	tally(
		positions: Iterable<number>,
		passes: (position: number) => boolean,
		shown: Iterable<LayerId>
	): Tally {
		return this.#tallyColumns().tally(positions, passes, shown);
	}
	#tallyColumns(): TallyColumns {
		return this.#once('tally', (index) => new TallyColumns(index.entities));
	}

	/** The coarsest position of any entity, in metres (how far a "possibly within" may lie). */
	coarsest(): number {
		return this.#once('coarsest', (index) => {
			let max = 0;
			for (const e of index.entities) if (e.position.accuracy_m > max) max = e.position.accuracy_m;
			return max;
		});
	}

	/** Distinct values of an entity field, in first-seen order. */
	values(field: 'status' | 'kind'): string[] {
		return this.#once(`values:${field}`, (index) => [
			...new Set(index.entities.map((e) => e[field]))
		]);
	}

	/** Districts that hold at least one entity (build-time membership), for the district filter. */
	districts(): Array<{ id: string; name_zh: string; name_en: string }> {
		return this.#once('districts', (index) => {
			const ids = new Set(index.entities.flatMap((e) => (e.district ? [e.district] : [])));
			return [...ids].map((id) => index.districts[id] ?? { id, name_zh: id, name_en: id });
		});
	}

	/** Planning areas (kind 'zone'), for the area filter. */
	areas(): AtlasEntity[] {
		return this.#once('areas', (index) => index.entities.filter((e) => e.kind === 'zone'));
	}

	/** How many entities are drawn in an area of coarse positions (`entity.area`). */
	areaMembers(area: string): number {
		const counts = this.#once('areaMembers', (index) => {
			const map = new Map<string, number>();
			for (const e of index.entities) if (e.area) map.set(e.area, (map.get(e.area) ?? 0) + 1);
			return map;
		});
		return counts.get(area) ?? 0;
	}

	/**
	 * The relations other entities and organisations (partners off the map)
	 * state towards `id`, in dataset order: a reverse index built once.
	 */
	incoming(id: string): IncomingRelation[] {
		const byTarget = this.#once('incoming', (index) => {
			const map = new Map<string, IncomingRelation[]>();
			for (const from of [...index.entities, ...index.organisations]) {
				for (const r of from.relations) {
					const list = map.get(r.target) ?? [];
					if (!list.length) map.set(r.target, list);
					list.push({ id: from.id, type: r.type });
				}
			}
			return map;
		});
		return byTarget.get(id) ?? [];
	}
}
