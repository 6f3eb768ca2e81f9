/**
 * Everything derived once from the compiled dataset for fast lookups: entities
 * by id, the search index, the spatial index, the hubs the access card uses.
 * Built once per page load; never rebuilt on filter or view changes.
 */
import { NEAREST_STATION, type AtlasEntity, type AtlasIndex } from '$lib/data/atlas';
import { EntitySearch } from '$lib/data/search';
import type { Chain } from '$lib/data/schema';
import type { Hub } from '$lib/geo/access';
import { ProximityIndex } from '$lib/geo/proximity';
import type { KnownValues } from './atlas.svelte';
import { FACETS, facetValues } from '$lib/data/query';

/** Imported sites indexed for search per task (about 0.1 s of work each). */
const SEARCH_CHUNK = 2000;

/** Kinds the proximity tools list as "facilities" (not zones, hubs or landmarks). */
const FACILITY_KINDS = new Set(['park', 'enterprise', 'project', 'institution', 'lab', 'site']);

export class Catalog {
	/** the compiled dataset with the user's imported sites appended to `entities` */
	index = $state.raw() as AtlasIndex;
	byId = $state.raw() as ReadonlyMap<string, AtlasEntity>;
	readonly chains: ReadonlyMap<string, Chain>;
	facilities = $state.raw() as ProximityIndex<AtlasEntity>;
	readonly hubs: Hub[];
	/** the compiled dataset alone */
	readonly base: AtlasIndex;
	#search: EntitySearch;
	/** bumped when the search index changes in place (see `search`) */
	#searchVersion = $state(0);
	#user: readonly AtlasEntity[] = [];
	/** the search indexing of a big import, running a chunk per task */
	#searchJob: Promise<void> | null = null;

	/**
	 * `search` is the build's serialised search index (see loadSearchIndex);
	 * without it the dataset is indexed here.
	 */
	constructor(index: AtlasIndex, search?: string | null) {
		this.base = index;
		this.index = index;
		this.byId = new Map(index.entities.map((e) => [e.id, e]));
		this.chains = new Map(index.zone.chains.map((c) => [c.id, c]));
		this.#search = new EntitySearch(index.entities, search);
		this.facilities = this.#proximity(index.entities);
		this.hubs = Object.entries(index.zone.hubs).flatMap(([role, id]) => {
			const e = this.byId.get(id);
			return e ? [{ role, id, point: e.point, accuracy_m: e.position.accuracy_m }] : [];
		});
	}

	/** The search index (reading it tracks the user's sites coming and going). */
	get search(): EntitySearch {
		void this.#searchVersion;
		return this.#search;
	}

	#proximity(entities: readonly AtlasEntity[]) {
		return new ProximityIndex(
			entities.filter((e) => FACILITY_KINDS.has(e.kind)),
			(e) => e.point
		);
	}

	/**
	 * Replaces the user's imported sites: they join the lookups, the search and
	 * the proximity index, so every tool works on them. Ids never collide with
	 * the dataset's (imported ids start with 'u-', which no geodata/ id may).
	 */
	setUserEntities(user: readonly AtlasEntity[]) {
		const before = new Set(this.#user.map((e) => e.id));
		const after = new Set(user.map((e) => e.id));
		const gone = [...before].filter((id) => !after.has(id));
		const added = user.filter((e) => !before.has(e.id));
		if (!this.#searchJob && added.length <= SEARCH_CHUNK) {
			this.#search.remove(gone);
			this.#search.add(added);
		} else {
			// A big import is indexed a chunk per task, so the page stays responsive;
			// its sites are searchable when the last chunk is in.
			const run = async () => {
				this.#search.remove(gone);
				for (let i = 0; i < added.length; i += SEARCH_CHUNK) {
					this.#search.add(added.slice(i, i + SEARCH_CHUNK));
					await new Promise((r) => setTimeout(r));
				}
				this.#searchVersion++;
			};
			const job: Promise<void> = (this.#searchJob ?? Promise.resolve()).then(run).finally(() => {
				if (this.#searchJob === job) this.#searchJob = null;
			});
			this.#searchJob = job;
		}
		this.#user = user;
		const entities = [...this.base.entities, ...user];
		this.index = { ...this.base, entities };
		this.byId = new Map(entities.map((e) => [e.id, e]));
		this.facilities = this.#proximity(entities);
		this.#searchVersion++;
	}

	/** Every id and facet value the dataset has: what a URL may name. */
	known(): KnownValues {
		const facets = Object.fromEntries(
			FACETS.map((f) => [f, new Set(this.index.entities.flatMap((e) => facetValues(e, f)))])
		) as unknown as KnownValues['facets'];
		return { ids: new Set(this.byId.keys()), facets, reachRoles: new Set(this.reachRoles()) };
	}

	/** The hub roles (and the nearest station) that entities have road times to, hubs first. */
	reachRoles(): string[] {
		const roles = new Set(this.index.entities.flatMap((e) => Object.keys(e.road ?? {})));
		return [...Object.keys(this.index.zone.hubs), NEAREST_STATION].filter((r) => roles.has(r));
	}

	/** Distinct values of an entity field, in first-seen order. */
	values(field: 'status' | 'kind'): string[] {
		return [...new Set(this.index.entities.map((e) => e[field]))];
	}

	/** Districts that hold at least one entity (build-time membership), for the district filter. */
	districts(): Array<{ id: string; name_zh: string; name_en: string }> {
		const ids = new Set(this.index.entities.flatMap((e) => (e.district ? [e.district] : [])));
		return [...ids].map((id) => this.index.districts[id] ?? { id, name_zh: id, name_en: id });
	}

	/** Planning areas (kind 'zone'), for the area filter. */
	areas(): AtlasEntity[] {
		return this.index.entities.filter((e) => e.kind === 'zone');
	}
}
