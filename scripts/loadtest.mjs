// `npm run loadtest`: the production server under load (issue 14). Starts
// scripts/serve.js on LOADTEST_PORT (default 4449), then for each of four
// targets — the page `/`, the largest data file (a download; precompressed, as a
// browser asks for it), the largest layer file the map loads, and the OGC items
// endpoint with a bbox — runs autocannon with
// 50 connections for LOADTEST_DURATION seconds (default 30), LOADTEST_RUNS
// times (default 3). Prints requests/s, p50/p99 latency, errors and non-2xx,
// and the server's RSS before and after each run; writes bench/loadtest.json.
// Needs `npm run build` first. Not part of `npm test`.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';

const PORT = Number(process.env.LOADTEST_PORT ?? 4449);
const DURATION = Number(process.env.LOADTEST_DURATION ?? 30);
const RUNS = Number(process.env.LOADTEST_RUNS ?? 3);
const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 50);
const BASE = `http://127.0.0.1:${PORT}`;
const DATA = new URL('../build/client/data/', import.meta.url).pathname;
const OUT = new URL('../bench/loadtest.json', import.meta.url).pathname;

const largest = readdirSync(DATA)
	.filter((f) => !/\.(br|gz)$/.test(f) && statSync(DATA + f).isFile())
	.sort((a, b) => statSync(DATA + b).size - statSync(DATA + a).size)[0];
const index = JSON.parse(readFileSync(DATA + 'atlas.json', 'utf8'));
const [w, s, e, n] = index.bbox;
// the largest file the map itself loads (the layers of atlas.json), not a download
const layerFile = Object.values(index.layers)
	.map((l) => l.file)
	.filter((f) => statSync(DATA + f, { throwIfNoEntry: false })?.isFile())
	.sort((a, b) => statSync(DATA + b).size - statSync(DATA + a).size)[0];

const TARGETS = [
	{ name: 'page /', path: '/', headers: { 'accept-encoding': 'br, gzip' } },
	{
		name: `largest data file /data/${largest} (${statSync(DATA + largest).size} B)`,
		path: `/data/${largest}`,
		headers: { 'accept-encoding': 'br, gzip' }
	},
	{
		name: `largest map layer /data/${layerFile} (${statSync(DATA + layerFile).size} B)`,
		path: `/data/${layerFile}`,
		headers: { 'accept-encoding': 'br, gzip' }
	},
	{
		name: 'OGC items with a bbox',
		path: `/ogc/collections/facilities/items?bbox=${w},${s},${(w + e) / 2},${(s + n) / 2}&limit=100`,
		headers: { accept: 'application/geo+json' }
	}
];

/** Resident memory of a process, in MB (Linux). */
function rssMb(pid) {
	const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
	return m ? Math.round(Number(m[1]) / 1024) : null;
}

async function waitUp() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(BASE + '/')).ok) return;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`the server did not start on ${BASE}`);
}

const server = spawn(process.execPath, ['scripts/serve.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
	stdio: ['ignore', 'ignore', 'inherit']
});
const results = [];
try {
	await waitUp();
	for (const target of TARGETS) {
		for (let run = 1; run <= RUNS; run++) {
			const before = rssMb(server.pid);
			const r = await autocannon({
				url: BASE + target.path,
				headers: target.headers,
				connections: CONNECTIONS,
				duration: DURATION
			});
			const after = rssMb(server.pid);
			const row = {
				target: target.name,
				path: target.path,
				run,
				connections: CONNECTIONS,
				seconds: DURATION,
				requestsPerSecond: Math.round(r.requests.average),
				p50ms: r.latency.p50,
				p99ms: r.latency.p99,
				errors: r.errors + r.timeouts,
				non2xx: r.non2xx,
				bytesPerSecond: Math.round(r.throughput.average),
				rssMbBefore: before,
				rssMbAfter: after
			};
			results.push(row);
			console.log(
				`${target.name} run ${run}: ${row.requestsPerSecond} req/s, p50 ${row.p50ms} ms, p99 ${row.p99ms} ms, ` +
					`${row.errors} errors, ${row.non2xx} non-2xx, RSS ${before} → ${after} MB`
			);
		}
	}
} finally {
	server.kill();
}
writeFileSync(
	OUT,
	JSON.stringify(
		{ node: process.version, cpus: (await import('node:os')).cpus().length, results },
		null,
		'\t'
	) + '\n'
);
console.log(`wrote ${OUT}`);
