/**
 * What the page derives from the app state and the catalog, once, for every
 * component: the ids matching the text query, the filter, the matching
 * entities, the facet counts and the selected entity. Components read it
 * from context (getAtlasView), not through props.
 */
import type { AtlasEntity } from '$lib/data/atlas';
import type { Facet, Filter } from '$lib/data/query';
import type { Selection } from '$lib/data/columns';
import type { AtlasState } from './atlas.svelte';
import type { Catalog } from './catalog.svelte';
import type { Snapshotter } from '$lib/export/snapshot';
import type { RoutingState } from './routing.svelte';
import { UserData } from './user-data.svelte';
import { SheetState } from './sheet.svelte';

type TextAnswer = { q: string; version: number; ids: ReadonlySet<string> | null };

export class AtlasView {
	readonly atlas: AtlasState;
	readonly catalog: Catalog;
	/** the user's imported layers, compare sets and saved views */
	readonly user: UserData;

	/** search's latest answer for the free-text query */
	#answer = $state.raw<TextAnswer | null>(null);
	/** the query last asked of search (answers to older ones are dropped) */
	#asked: { q: string; version: number } | null = null;

	/**
	 * ids matching the free-text query, or null without one. Search answers
	 * asynchronously (from its worker): reading this asks it, and until the
	 * answer comes the previous one stays.
	 */
	readonly textIds = $derived.by((): ReadonlySet<string> | null => {
		const q = this.atlas.query.trim();
		if (!q) return null;
		const version = this.catalog.searchVersion;
		const answer = this.#answer;
		if (answer?.q !== q || answer.version !== version) this.#ask(q, version);
		return answer?.ids ?? null;
	});
	/** the query `textIds` answers ('' for none or none yet) */
	readonly textQuery: string = $derived.by(() =>
		this.atlas.query.trim() ? (this.#answer?.q ?? '') : ''
	);

	#ask(q: string, version: number) {
		if (this.#asked?.q === q && this.#asked.version === version) return;
		const asked = (this.#asked = { q, version });
		void this.catalog.search.matchIds(q).then((ids) => {
			if (this.#asked === asked) this.#answer = { q, version, ids };
		});
	}

	readonly filter: Filter = $derived.by(() => this.atlas.filter(this.textIds));
	/** what passes the filter, on the catalog's compact columns */
	readonly #selection: Selection = $derived.by(() => this.catalog.columns().select(this.filter));
	/** the entities that pass the filter: the list, the statistics, "zoom to results" */
	readonly matching: AtlasEntity[] = $derived(this.#selection.entities);
	/** the matching entities as the Results list shows them (and the map's keyboard cursor steps) */
	readonly listed: AtlasEntity[] = $derived.by(() => {
		const selection = this.#selection;
		const entities = this.catalog.index.entities;
		const listed: AtlasEntity[] = [];
		for (const i of this.catalog.listOrder(this.atlas.lang)) {
			if (selection.has(i)) listed.push(entities[i]!);
		}
		return listed;
	});
	/** Whether an entity passes the filter: a bit test, for lists that go through the spatial index. */
	passes(e: { id: string }): boolean {
		return this.passesAt(this.catalog.columns().position(e.id));
	}
	/** Whether the entity at a dataset position passes the filter. */
	passesAt(position: number): boolean {
		return this.#selection.has(position);
	}
	readonly counts: Record<Facet, Map<string, number>> = $derived.by(() =>
		this.catalog.columns().counts(this.filter)
	);
	readonly selected: AtlasEntity | undefined = $derived.by(() =>
		this.atlas.selectedId ? this.catalog.byId.get(this.atlas.selectedId) : undefined
	);

	/** road routes and isochrones, when the dataset has roads (set by the page) */
	routing: RoutingState | null = null;
	/** takes a picture of the map (set by the map view once the map exists) */
	snapshot = $state.raw<Snapshotter | null>(null);
	/** the phone layout's sheet: its content and height */
	readonly sheet = new SheetState();
	/** the sites a report is open for (the site report dialog), or null */
	report = $state.raw<string[] | null>(null);
	/** whether the keyboard shortcuts dialog is open */
	keysHelp = $state(false);

	constructor(atlas: AtlasState, catalog: Catalog, user?: UserData) {
		this.atlas = atlas;
		this.catalog = catalog;
		this.user = user ?? new UserData(null);
	}
}
