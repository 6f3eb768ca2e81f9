/**
 * `npm run bench`: the whole benchmark in one run. For each dataset (today's
 * geodata/, then 1k / 10k / 100k seeded synthetic facilities added to a
 * temporary copy of it) it builds the app through the normal pipeline
 * (GEODATA_DIR → npm run build), takes the Node figures beside their
 * baselines, then loads the app and a plain MapLibre page with the same
 * GeoJSON cold in Chromium, alternately. Prints one table and writes
 * bench/results.json. The committed geodata/ is never written.
 *
 *   npm run bench -- [--sizes today,1k,10k,100k] [--loads 5 | 5,5,5,3] [--rounds 15]
 *                    [--node-only] [--browser-only] [--port 4431] [--out bench/results.json]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AtlasIndex } from '../src/lib/data/atlas';
import { withDetails } from '../src/lib/server/details';
import { coldLoad, launch, serveApp, servePlain, type LoadFigures } from './browser';
import { writeSyntheticGeodata } from './dataset';
import { datasetFigures, fixedFigures, type NodeRow } from './node';
import { formatTables } from './table';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: 'today,1k,10k,100k' },
		loads: { type: 'string', default: '5' },
		rounds: { type: 'string', default: '15' },
		'node-only': { type: 'boolean', default: false },
		'browser-only': { type: 'boolean', default: false },
		port: { type: 'string', default: '4431' },
		out: { type: 'string', default: path.join(root, 'bench/results.json') },
		seed: { type: 'string', default: '1' }
	}
});
const COUNTS: Record<string, number> = { today: 0, '1k': 1_000, '10k': 10_000, '100k': 100_000 };
const sizes = values.sizes.split(',').map((s) => s.trim());
for (const s of sizes)
	if (!(s in COUNTS)) throw new Error(`unknown size "${s}" (today, 1k, 10k, 100k)`);
// one count, or one per size (e.g. 5,5,5,3: fewer cold loads at 100k)
const loadList = values.loads.split(',').map(Number);
const loadsOf = (i: number) => loadList[Math.min(i, loadList.length - 1)]!;
const rounds = Number(values.rounds);
const port = Number(values.port);
const work = path.join(os.tmpdir(), `atlas-bench-${process.pid}`);

export type Median = Record<keyof LoadFigures, number | null>;
export type DatasetResult = {
	size: string;
	synthetic: number;
	entities: number;
	node?: NodeRow[];
	browser?: {
		loads: number;
		app: Median;
		plain: Median;
		app_runs: LoadFigures[];
		plain_runs: LoadFigures[];
	};
};

function median(xs: (number | null)[]): number | null {
	const s = xs.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
	if (!s.length) return null;
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function medians(runs: LoadFigures[]): Median {
	const keys = Object.keys(runs[0]!) as (keyof LoadFigures)[];
	return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as Median;
}

/** Builds the app with a geodata folder and copies what its server needs to `to`. */
function buildApp(geodata: string | null, to: string) {
	const env = { ...process.env };
	if (geodata) env.GEODATA_DIR = geodata;
	else delete env.GEODATA_DIR;
	delete env.GEODATA_OUT;
	execFileSync('npm', ['run', 'build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
	mkdirSync(to, { recursive: true });
	cpSync(path.join(root, 'build'), path.join(to, 'build'), { recursive: true });
	cpSync(path.join(root, 'scripts'), path.join(to, 'scripts'), { recursive: true });
	cpSync(path.join(root, 'package.json'), path.join(to, 'package.json'));
	symlinkSync(path.join(root, 'node_modules'), path.join(to, 'node_modules'));
}

function machine() {
	const cpus = os.cpus();
	return {
		cpu: cpus[0]?.model ?? 'unknown',
		cores: cpus.length,
		memory_gb: Math.round(os.totalmem() / 1e9),
		os: `${os.type()} ${os.release()} ${os.arch()}`,
		node: process.version,
		chromium: '',
		load_average_at_start: os.loadavg().map((x) => Math.round(x * 100) / 100),
		note: 'shared machine: other sessions were building and testing at the same time; read the ratios, not the absolute times'
	};
}

/** Writes the results so far (after every dataset, so a long run that is stopped keeps them). */
function save(complete: boolean) {
	const report = {
		started,
		finished: new Date().toISOString(),
		complete,
		command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
		options: { sizes, loads: sizes.map((_, i) => loadsOf(i)), rounds, seed: Number(values.seed) },
		machine: host,
		results
	};
	writeFileSync(values.out, JSON.stringify(report, null, '\t') + '\n');
	console.error(`wrote ${path.relative(process.cwd(), values.out)}`);
	return report;
}

const started = new Date().toISOString();
const host = machine();
const results: DatasetResult[] = [];
mkdirSync(work, { recursive: true });
const browser = values['node-only'] ? null : await launch();
if (browser) host.chromium = browser.version();
try {
	for (const [sizeIndex, size] of sizes.entries()) {
		const loads = loadsOf(sizeIndex);
		const n = COUNTS[size]!;
		console.error(`\n== ${size}: ${n ? `${n} synthetic facilities + ` : ''}geodata/`);
		const geodata = n ? path.join(work, `geodata-${size}`) : null;
		if (geodata) writeSyntheticGeodata(path.join(root, 'geodata'), geodata, n, Number(values.seed));
		const app = path.join(work, `app-${size}`);
		console.error('building the app…');
		buildApp(geodata, app);
		const data = path.join(app, 'build/client/data');
		// the whole entities, details merged back when the build left them out (data/details.ts)
		const index = withDetails(
			JSON.parse(readFileSync(path.join(data, 'atlas.json'), 'utf8')) as AtlasIndex,
			data
		);
		const result: DatasetResult = { size, synthetic: n, entities: index.entities.length };
		results.push(result);

		if (!values['browser-only']) {
			console.error('node figures…');
			result.node = datasetFigures(index, rounds);
			if (size === sizes[0]) {
				const graph = index.roads ? readFileSync(path.join(data, index.roads.graph)) : undefined;
				result.node.push(...fixedFigures(index, graph, rounds));
			}
		}
		if (browser) {
			const appServer = await serveApp(app, port);
			const plainServer = await servePlain(data, index.bbox, port + 1);
			const middle = index.entities[index.entities.length >> 1]!;
			const probe = {
				chain: index.zone.chains[0]!.id,
				query: middle.name_zh.slice(0, 2)
			};
			const appRuns: LoadFigures[] = [];
			const plainRuns: LoadFigures[] = [];
			try {
				for (let i = 0; i < loads; i++) {
					// alternate which goes first, so neither always meets a warmer machine
					const order = i % 2 ? ['plain', 'app'] : ['app', 'plain'];
					for (const which of order) {
						console.error(`load ${i + 1}/${loads}: ${which}`);
						const run =
							which === 'app'
								? await coldLoad(browser, `http://127.0.0.1:${port}/`, { ...probe, app: true })
								: await coldLoad(browser, `http://127.0.0.1:${port + 1}/`, {
										...probe,
										app: false
									});
						(which === 'app' ? appRuns : plainRuns).push(run);
					}
				}
			} finally {
				appServer.kill();
				plainServer.close();
			}
			result.browser = {
				loads,
				app: medians(appRuns),
				plain: medians(plainRuns),
				app_runs: appRuns,
				plain_runs: plainRuns
			};
		}
		save(false);
		rmSync(app, { recursive: true, force: true });
		if (geodata) rmSync(geodata, { recursive: true, force: true });
	}
} finally {
	await browser?.close();
	// static/data/ and build/ back to the committed geodata's
	if (sizes.some((s) => COUNTS[s])) {
		const env = { ...process.env };
		delete env.GEODATA_DIR;
		execFileSync('npm', ['run', 'geodata:build'], { cwd: root, env, stdio: 'ignore' });
	}
	rmSync(work, { recursive: true, force: true });
}

const report = save(true);
console.log(formatTables(report));
