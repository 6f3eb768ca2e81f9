/** Loads the compiled dataset the build wrote to static/data/. */
import type { FeatureCollection } from 'geojson';
import type { AtlasIndex, LayerId } from './atlas';
import { detailsUrl, type DetailsSummary, type EntityDetails } from './details';
import { checkPart, partCount, partUrl } from './parts';

export const DATA_URL = '/data/';

/** The serialised search index the geodata build writes beside atlas.json. */
export const SEARCH_FILE = 'search.json';

export class AtlasLoadError extends Error {}

/** Gives the page a turn between two pieces of work (a task of its own for each). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * atlas.json, with its entities read from their parts when it leaves them
 * out (data/parts.ts): the parts are fetched together and parsed one per
 * task (`pause` between two), so no parse blocks the page for long.
 */
export async function loadAtlasIndex(
	fetchFn: typeof fetch,
	base = DATA_URL,
	pause: () => Promise<void> = nextTask
): Promise<AtlasIndex> {
	const url = `${base}atlas.json`;
	const res = await fetchOk(fetchFn, url);
	const index = (await readJson(res, url)) as AtlasIndex;
	if (!index?.zone || !Array.isArray(index.entities) || index.bbox?.length !== 4) {
		throw new AtlasLoadError(`${url}: not an atlas index (run npm run geodata:build)`);
	}
	const parts = index.parts;
	if (parts) {
		const urls = Array.from({ length: partCount(parts) }, (_, n) => `${base}${partUrl(parts, n)}`);
		const texts = urls.map((u) => fetchOk(fetchFn, u).then((r) => r.text()));
		// no rejection left unhandled while an earlier part is parsed
		for (const t of texts) t.catch(() => {});
		const entities = [];
		for (const [n, text] of texts.entries()) {
			await pause();
			const value = parseJson(await text, urls[n]!);
			try {
				entities.push(...checkPart(parts, n, value));
			} catch (err) {
				throw new AtlasLoadError(`${base}${(err as Error).message}`);
			}
		}
		index.entities = entities;
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
	const res = await fetchOk(fetchFn, url, ' (is the server running?)');
	const fc = (await readJson(res, url)) as FeatureCollection;
	if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
		throw new AtlasLoadError(`${url}: not a GeoJSON FeatureCollection (run npm run geodata:build)`);
	}
	return fc;
}

/** Details file `n` of a dataset that leaves its details out of atlas.json (data/details.ts). */
export async function loadDetails(
	fetchFn: typeof fetch,
	summary: DetailsSummary,
	n: number,
	base = DATA_URL
): Promise<EntityDetails[]> {
	const url = `${base}${detailsUrl(summary, n)}`;
	const res = await fetchOk(fetchFn, url);
	const details = await readJson(res, url);
	if (!Array.isArray(details))
		throw new AtlasLoadError(`${url}: not a details file (run npm run geodata:build)`);
	return details as EntityDetails[];
}

/** The response to `url`, or an error that names it (`hint` follows a network error). */
async function fetchOk(fetchFn: typeof fetch, url: string, hint = ''): Promise<Response> {
	let res: Response;
	try {
		res = await fetchFn(url);
	} catch (err) {
		throw new AtlasLoadError(`${url}: ${(err as Error).message}${hint}`);
	}
	if (!res.ok) throw new AtlasLoadError(`${url}: HTTP ${res.status}`);
	return res;
}

/** The body as JSON, or an error that names the file (a truncated download, a wrong file). */
async function readJson(res: Response, url: string): Promise<unknown> {
	return parseJson(await res.text(), url);
}

function parseJson(text: string, url: string): unknown {
	try {
		return JSON.parse(text);
	} catch (err) {
		throw new AtlasLoadError(
			`${url}: not valid JSON after ${text.length} characters (${(err as Error).message}); the file may be truncated`
		);
	}
}
