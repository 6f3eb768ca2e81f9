/** Loads the compiled dataset the build wrote to static/data/. */
import type { AtlasIndex } from './atlas';

export const DATA_URL = '/data/';

export class AtlasLoadError extends Error {}

export async function loadAtlasIndex(fetchFn: typeof fetch, base = DATA_URL): Promise<AtlasIndex> {
	const url = `${base}atlas.json`;
	let res: Response;
	try {
		res = await fetchFn(url);
	} catch (err) {
		throw new AtlasLoadError(`${url}: ${(err as Error).message}`);
	}
	if (!res.ok) throw new AtlasLoadError(`${url}: HTTP ${res.status}`);
	const index = (await res.json()) as AtlasIndex;
	if (!index?.zone || !Array.isArray(index.entities) || index.bbox?.length !== 4) {
		throw new AtlasLoadError(`${url}: not an atlas index (run npm run geodata:build)`);
	}
	return index;
}
