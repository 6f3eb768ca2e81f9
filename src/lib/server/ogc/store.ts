/**
 * The compiled data the OGC API and the downloads serve, read from disk: the
 * client's data directory, the same files the map loads. In production that is
 * build/client/data/ beside the server bundle, under `vite dev` static/data/;
 * findDataDir looks for either, upwards from this module. Parsed files and
 * built collections are kept in memory and read again when a file's mtime or
 * size changes (a rebuild under a running server).
 */
import { withDetails } from '../details';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AtlasIndex } from '../../data/atlas';
import { LICENCES_FILE, type LicenceManifest } from '../../data/downloads';
import {
	buildCollection,
	DEFINITIONS,
	filesOf,
	filterDomains,
	type FilterName,
	type OgcCollection
} from './collections';
import type { ServiceInfo } from './documents';
import { problem, ProblemError } from './problem';

/** Where the compiled data may be, relative to an ancestor of this module: build output, then sources. */
const CANDIDATES = ['client/data', 'static/data'];

/** The first directory holding atlas.json, upwards from `from`, or null. */
export function findDataDir(from = path.dirname(fileURLToPath(import.meta.url))): string | null {
	for (let dir = from; ; dir = path.dirname(dir)) {
		for (const c of CANDIDATES) {
			const candidate = path.join(dir, c);
			if (existsSync(path.join(candidate, 'atlas.json'))) return candidate;
		}
		if (path.dirname(dir) === dir) return null;
	}
}

type Cached<T> = { stamp: string; value: T };

export class OgcStore {
	private files = new Map<string, Cached<unknown>>();
	private collections = new Map<string, Cached<OgcCollection>>();

	/** `dir`: the data directory, or null when none was found (every request then gets a 503). */
	constructor(readonly dir: string | null) {}

	private stampOf(name: string): string {
		const file = this.path(name);
		try {
			const s = statSync(file);
			return `${s.mtimeMs}:${s.size}`;
		} catch {
			throw new ProblemError(
				problem(503, `the compiled data file ${name} is missing in ${this.dir}: run npm run build`)
			);
		}
	}

	private path(name: string): string {
		if (!this.dir)
			throw new ProblemError(
				problem(
					503,
					'no compiled data found (build/client/data or static/data with atlas.json): run npm run build'
				)
			);
		return path.join(this.dir, name);
	}

	/** A parsed JSON file of the data directory, cached until it changes. */
	json<T>(name: string): T {
		const stamp = this.stampOf(name);
		const hit = this.files.get(name);
		if (hit?.stamp === stamp) return hit.value as T;
		let value = JSON.parse(readFileSync(this.path(name), 'utf8')) as T;
		// a large dataset's entities with their details (server/details.ts), as the API serves them
		if (name === 'atlas.json') value = withDetails(value as AtlasIndex, this.path('.')) as T;
		this.files.set(name, { stamp, value });
		return value;
	}

	/** The raw bytes of a data file (downloads). */
	bytes(name: string): { data: Buffer; stamp: string } {
		const stamp = this.stampOf(name);
		return { data: readFileSync(this.path(name)), stamp };
	}

	atlas(): AtlasIndex {
		return this.json<AtlasIndex>('atlas.json');
	}

	licences(): LicenceManifest | null {
		try {
			return this.json<LicenceManifest>(LICENCES_FILE);
		} catch {
			return null;
		}
	}

	/** The ids of the collections the data has (roads only when the build wrote them). */
	collectionIds(): string[] {
		return DEFINITIONS.filter((d) => filesOf(d).every((f) => this.has(f))).map((d) => d.id);
	}

	private has(name: string): boolean {
		return !!this.dir && existsSync(path.join(this.dir, name));
	}

	/** A collection by id, or null when there is no such collection. */
	collection(id: string): OgcCollection | null {
		const def = DEFINITIONS.find((d) => d.id === id);
		if (!def || !this.collectionIds().includes(id)) return null;
		const names = filesOf(def);
		const stamp = [...names, LICENCES_FILE]
			.map((n) => (this.has(n) ? this.stampOf(n) : '-'))
			.join('|');
		const hit = this.collections.get(id);
		if (hit?.stamp === stamp) return hit.value;
		const files = Object.fromEntries(names.map((n) => [n, this.json(n)]));
		const value = buildCollection(def, files, this.licences());
		this.collections.set(id, { stamp, value });
		return value;
	}

	collectionsAll(): OgcCollection[] {
		return this.collectionIds().map((id) => this.collection(id)!);
	}

	domains(): Record<FilterName, string[]> {
		return filterDomains(this.atlas());
	}

	/** The service's name and attribution, from the data. */
	info(): ServiceInfo {
		const { zone, attributions } = this.atlas();
		return {
			title: `${zone.name_zh} / ${zone.name_en}`,
			description: `OGC API – Features of the ${zone.short_en} atlas (${zone.short_zh}): its layers as feature collections, in GeoJSON and HTML.`,
			attribution: [
				...attributions,
				...(this.atlas().roads ? [this.atlas().roads!.attribution] : [])
			]
		};
	}
}

let shared: OgcStore | null = null;

/** The store of the running server, created on first use (and looked for again while there is no data). */
export function dataStore(): OgcStore {
	if (!shared?.dir) shared = new OgcStore(findDataDir());
	return shared;
}
