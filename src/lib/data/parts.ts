/**
 * A large dataset's entities in parts (issue 13): atlas.json keeps the
 * summary and an empty entity list, and the entities are written beside it
 * in files of ENTITIES_PER_PART each, in order. The page parses one part per
 * task, so no single parse blocks the page (atlas.json at 100,000 entities
 * was one 0.34 s task). Written together with the details (data/details.ts),
 * from the same size on. Pure: the build writes the files, the loader joins them.
 */
import type { AtlasEntity } from './atlas';

/** Entities per part: ~5 MB of JSON, parsed in ~35 ms on the benchmark machine. */
export const ENTITIES_PER_PART = 10_000;

/** Where the entities are, when atlas.json leaves them out. */
export type EntityParts = {
	/** file URL template relative to /data/, `{n}` the part's number */
	url: string;
	/** entities per part (the last may hold fewer) */
	per: number;
	/** entities in all */
	count: number;
};

export function partUrl(parts: EntityParts, n: number): string {
	return parts.url.replace('{n}', String(n));
}

/** How many part files there are. */
export function partCount(parts: EntityParts): number {
	return Math.ceil(parts.count / parts.per);
}

/** How many entities part `n` holds. */
export function partSize(parts: EntityParts, n: number): number {
	return Math.max(0, Math.min(parts.per, parts.count - n * parts.per));
}

/**
 * Checks part `n` as read (its parsed JSON) and gives its entities; throws,
 * naming the file, when it is not a list of the size the summary says.
 */
export function checkPart(parts: EntityParts, n: number, value: unknown): AtlasEntity[] {
	const expected = partSize(parts, n);
	if (!Array.isArray(value) || value.length !== expected) {
		const got = Array.isArray(value) ? `${value.length} entities` : 'not a list';
		throw new Error(
			`${partUrl(parts, n)}: ${got}, expected ${expected} (rebuild with npm run geodata:build)`
		);
	}
	return value as AtlasEntity[];
}
