/**
 * Details on demand (issue 13): in a large dataset, what only a detail panel,
 * a comparison, a report or an export shows stays out of atlas.json and is
 * written beside it in files of DETAILS_PER_FILE entities each, in the
 * entities' order. The page loads one such file when it first needs an
 * entity's details and merges them into the entity in place. Pure: the build
 * writes the files, the catalog fetches them.
 */
import type { AtlasEntity, RoadAccess } from './atlas';
import type { Position } from './schema';

/** From this many entities the build leaves the details out of atlas.json. */
export const DETAILS_FROM = 20_000;

/** Entities per details file. */
export const DETAILS_PER_FILE = 1000;

/** Where the details are, when atlas.json leaves them out. */
export type DetailsSummary = {
	/** file URL template relative to /data/, `{n}` the file's number */
	url: string;
	/** entities per file: entity i of atlas.json is in file ⌊i / per⌋, at i mod per */
	per: number;
};

/** The position fields only a detail panel, a report or an export shows. */
const POSITION_DETAILS = ['source', 'original', 'note_zh', 'note_en'] as const;

/**
 * What atlas.json leaves out: the source sentence, the search keys (the
 * search worker has its own index), the position's provenance and, of the
 * road figures, all but the seconds the reach filter tests.
 */
export type EntityDetails = {
	source: AtlasEntity['source'];
	search: AtlasEntity['search'];
	position: Pick<Position, (typeof POSITION_DETAILS)[number]>;
	road?: Record<string, RoadAccess>;
};

export function detailsUrl(summary: DetailsSummary, n: number): string {
	return summary.url.replace('{n}', String(n));
}

/** The entity as atlas.json holds it, and its details. */
export function splitDetails(e: AtlasEntity): { core: AtlasEntity; details: EntityDetails } {
	const { source, search, road, position, ...rest } = e;
	const kept = { ...position };
	const moved: Record<string, unknown> = {};
	for (const k of POSITION_DETAILS) {
		if (kept[k] !== undefined) moved[k] = kept[k];
		delete kept[k];
	}
	const core = { ...rest, position: kept } as AtlasEntity;
	if (road)
		core.road = Object.fromEntries(
			Object.entries(road).map(([r, a]) => [r, { s: a.s }])
		) as AtlasEntity['road'];
	const details: EntityDetails = { source, search, position: moved as EntityDetails['position'] };
	if (road) details.road = road;
	return { core, details };
}

/** Whether an entity holds its details (always, unless atlas.json left them out and they have not loaded). */
export function hasDetails(e: AtlasEntity): boolean {
	return e.source !== undefined;
}

/**
 * Merges details file `n` (its parsed entries) into the entities it belongs
 * to, in place; throws, naming the file, when it does not hold one entry per entity.
 */
export function mergeDetailsFile(
	entities: readonly AtlasEntity[],
	summary: DetailsSummary,
	n: number,
	details: readonly EntityDetails[]
) {
	const own = entities.slice(n * summary.per, (n + 1) * summary.per);
	if (details.length !== own.length)
		throw new Error(
			`${detailsUrl(summary, n)}: ${details.length} entries for ${own.length} entities (run npm run geodata:build)`
		);
	own.forEach((e, i) => mergeDetails(e, details[i]!));
}

/** Puts an entity's details back into it, in place (everything that holds it sees them). */
export function mergeDetails(e: AtlasEntity, d: EntityDetails) {
	e.source = d.source;
	e.search = d.search;
	Object.assign(e.position, d.position);
	if (d.road) e.road = d.road;
}
