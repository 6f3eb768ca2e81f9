// After `vite build`: gzip and brotli copies of the compiled data (GeoJSON, the
// road graph, vector tiles) beside each file, which the production server
// sends to clients that accept them. SvelteKit's adapter compresses only its
// own asset types (.html, .js, .json, .css, …), not .geojson, .bin or .pbf.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
const DIR = new URL('../build/client/data/', import.meta.url).pathname;
const TYPES = /\.(geojson|bin|pbf|json)$/;
const MIN_BYTES = 1024;

async function* files(dir) {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (TYPES.test(entry.name)) yield path;
	}
}

let count = 0;
let before = 0;
let after = 0;
for await (const path of files(DIR)) {
	const body = await readFile(path);
	if (body.length < MIN_BYTES) continue;
	const [gz, br] = await Promise.all([
		gzip(body, { level: 9 }),
		brotli(body, {
			params: {
				[zlib.constants.BROTLI_PARAM_QUALITY]: body.length > 4e6 ? 7 : 11,
				[zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length
			}
		})
	]);
	await writeFile(`${path}.gz`, gz);
	await writeFile(`${path}.br`, br);
	count++;
	before += body.length;
	after += br.length;
}
const kb = (n) => `${Math.round(n / 1024)} kB`;
console.log(`precompressed ${count} data files: ${kb(before)} → ${kb(after)} (brotli)`);
