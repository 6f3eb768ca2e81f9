/** Loads the compiled dataset the build wrote to static/data/. */
import type { FeatureCollection } from 'geojson';
import type { AtlasIndex, LayerId } from './atlas';

export const DATA_URL = '/data/';

/** The serialised search index the geodata build writes beside atlas.json. */
export const SEARCH_FILE = 'search.json';

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
	const index = (await readJson(res, url)) as AtlasIndex;
	if (!index?.zone || !Array.isArray(index.entities) || index.bbox?.length !== 4) {
		throw new AtlasLoadError(`${url}: not an atlas index (run npm run geodata:build)`);
	}
	return index;
}

/** One compiled layer's GeoJSON (for the tools that need polygon geometry). */
export async function loadLayer(
	fetchFn: typeof fetch,
	index: AtlasIndex,
	layer: LayerId,
	base = DATA_URL
): Promise<FeatureCollection> {
	const url = `${base}${index.layers[layer].file}`;
	let res: Response;
	try {
		res = await fetchFn(url);
	} catch (err) {
		throw new AtlasLoadError(`${url}: ${(err as Error).message} (is the server running?)`);
	}
	if (!res.ok) throw new AtlasLoadError(`${url}: HTTP ${res.status}`);
	const fc = (await readJson(res, url)) as FeatureCollection;
	if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
		throw new AtlasLoadError(`${url}: not a GeoJSON FeatureCollection (run npm run geodata:build)`);
	}
	return fc;
}

/** The body as JSON, or an error that names the file (a truncated download, a wrong file). */
async function readJson(res: Response, url: string): Promise<unknown> {
	const text = await res.text();
	try {
		return JSON.parse(text);
	} catch (err) {
		throw new AtlasLoadError(
			`${url}: not valid JSON after ${text.length} characters (${(err as Error).message}); the file may be truncated`
		);
	}
}
