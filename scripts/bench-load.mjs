// Load benchmark, side by side in one run: the production build as it is
// ("atlas") against the same build with the road layer switched off in its
// index ("baseline": the atlas as it was before roads). Each round loads both
// cold, alternately; the figures are medians of the rounds:
//   - load to first idle (navigation start → the map's data-ready), ms
//   - bytes transferred before that idle (encoded body sizes as sent: the server
//     sends precompressed copies of text files; tiles are already compact)
// Usage: npm run build && node scripts/bench-load.mjs [rounds=5]
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const rounds = Number(process.argv[2] ?? 5);
const root = new URL('../', import.meta.url).pathname;
const base = path.join(tmpdir(), `atlas-baseline-${process.pid}`);
cpSync(path.join(root, 'build'), base, { recursive: true });
const indexFile = path.join(base, 'client/data/atlas.json');
const index = JSON.parse(readFileSync(indexFile, 'utf8'));
delete index.roads;
writeFileSync(indexFile, JSON.stringify(index));
// the server prefers the precompressed copies: drop them so it serves the edited index
rmSync(`${indexFile}.gz`, { force: true });
rmSync(`${indexFile}.br`, { force: true });

function serve(dir, port) {
	const child = spawn(process.execPath, [path.join(dir, 'index.js')], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: 'ignore'
	});
	return child;
}
const servers = [serve(path.join(root, 'build'), 4391), serve(base, 4392)];
await new Promise((r) => setTimeout(r, 1500));

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

async function load(port) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const sizes = [];
	let counting = true;
	page.on('requestfinished', (r) => {
		// every response finished before the first idle, as transferred
		if (counting) sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
	});
	const t0 = Date.now();
	await page.goto(`http://127.0.0.1:${port}/`);
	await page.waitForSelector('[data-ready="true"]', { timeout: 60_000 });
	const ms = Date.now() - t0;
	counting = false;
	const all = await Promise.all(sizes);
	await context.close();
	return { ms, bytes: all.reduce((s, n) => s + n, 0), requests: all.length };
}

const results = { atlas: [], baseline: [] };
for (let i = 0; i < rounds; i++) {
	results.atlas.push(await load(4391));
	results.baseline.push(await load(4392));
}
await browser.close();
for (const s of servers) s.kill();
rmSync(base, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name) => {
	const r = results[name];
	return {
		name,
		ms: median(r.map((x) => x.ms)),
		transferred_kB: Math.round(median(r.map((x) => x.bytes)) / 1000),
		requests: median(r.map((x) => x.requests))
	};
};
const a = row('atlas');
const b = row('baseline');
console.table([a, b]);
console.log(`load-to-idle ratio atlas/baseline: ${(a.ms / b.ms).toFixed(2)} (median of ${rounds})`);
