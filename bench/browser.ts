/**
 * Browser figures: the production build of the app and a plain MapLibre page
 * drawing the same GeoJSON, each loaded cold (a new browser context) in
 * alternating order, in Debian's Chromium with the project's launch flags
 * (scripts/chromium.mjs). Per load: navigation → ready (data-ready="true" on
 * the map; the plain page sets it on its first idle), main-thread CPU (CDP
 * Performance.getMetrics TaskDuration), the longest task (PerformanceObserver
 * 'longtask'), JS heap after a GC and bytes transferred until ready; then the
 * interactions: a filter click → map idle (plain page: setFilter → idle),
 * a search keystroke → results, and opening a detail panel from a result.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

export type LoadFigures = {
	ready_ms: number;
	cpu_ms: number;
	longest_task_ms: number;
	heap_mb: number;
	transferred_kb: number;
	requests: number;
	filter_ms: number | null;
	filter_cpu_ms: number | null;
	search_ms: number | null;
	search_cpu_ms: number | null;
	detail_ms: number | null;
	detail_cpu_ms: number | null;
};

const TIMEOUT = 600_000;
const here = path.dirname(new URL(import.meta.url).pathname);
const MAPLIBRE_DIST = path.resolve(here, '../node_modules/maplibre-gl/dist');

/** Starts the app's own server (scripts/serve.js) on a copied build. */
export async function serveApp(dir: string, port: number): Promise<ChildProcess> {
	const child = spawn(process.execPath, [path.join(dir, 'scripts/serve.js')], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: 'ignore'
	});
	await waitForPort(port);
	return child;
}

async function waitForPort(port: number) {
	for (let i = 0; i < 300; i++) {
		try {
			await fetch(`http://127.0.0.1:${port}/`);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	throw new Error(`nothing answers on port ${port}`);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json'
};

/**
 * Serves the plain page: its HTML and script, MapLibre's dist files, and the
 * app build's boundaries and facilities GeoJSON; gzip like the app's server
 * (compressed once, kept in memory).
 */
export async function servePlain(dataDir: string, bbox: number[], port: number): Promise<Server> {
	const files: Record<string, string> = {
		'/': path.join(here, 'plain/index.html'),
		'/plain.js': path.join(here, 'plain/plain.js'),
		'/data/boundaries.geojson': path.join(dataDir, 'boundaries.geojson'),
		'/data/facilities.geojson': path.join(dataDir, 'facilities.geojson')
	};
	const gz = new Map<string, Buffer>();
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x').pathname;
		if (url === '/bbox.json') {
			res.writeHead(200, { 'content-type': TYPES['.json']! });
			res.end(JSON.stringify(bbox));
			return;
		}
		const file = url.startsWith('/maplibre/')
			? path.join(MAPLIBRE_DIST, path.basename(url))
			: files[url];
		if (!file || !existsSync(file) || !statSync(file).isFile()) {
			res.writeHead(404).end();
			return;
		}
		const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
		if (/gzip/.test(String(req.headers['accept-encoding']))) {
			let body = gz.get(file);
			if (!body) gz.set(file, (body = gzipSync(readFileSync(file))));
			res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
			res.end(body);
		} else {
			res.writeHead(200, { 'content-type': type });
			createReadStream(file).pipe(res);
		}
	});
	await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
	return server;
}

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Records, from the first script on, when the map became ready and every long task. */
const INIT = () => {
	const w = window as unknown as { __bench: { readyAt: number | null; tasks: number[][] } };
	w.__bench = { readyAt: null, tasks: [] };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.__bench.tasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
	new MutationObserver(() => {
		if (w.__bench.readyAt === null && document.querySelector('[data-ready="true"]')) {
			w.__bench.readyAt = performance.now();
		}
	}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
};

async function taskMs(cdp: CDPSession): Promise<number> {
	const { metrics } = await cdp.send('Performance.getMetrics');
	return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** In the page: waits until the map has settled (two frames, then idle if it is not). */
const IDLE = `() => new Promise((resolve) => {
	const m = window.__atlasMap;
	const ok = () => m.loaded() && m.areTilesLoaded() && !m.isMoving();
	requestAnimationFrame(() => requestAnimationFrame(() => (ok() ? resolve() : m.once('idle', () => resolve()))));
})`;

async function timed(
	page: Page,
	cdp: CDPSession,
	fn: string,
	arg: unknown
): Promise<{ ms: number; cpu: number }> {
	const before = await taskMs(cdp);
	const ms = (await page.evaluate(`(${fn})(${JSON.stringify(arg)}, ${IDLE})`)) as number;
	return { ms, cpu: (await taskMs(cdp)) - before };
}

/** The first option of a facet, a search query and whether the page is the app. */
export type Probe = { app: boolean; chain: string; query: string };

export async function coldLoad(browser: Browser, url: string, probe: Probe): Promise<LoadFigures> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	page.setDefaultTimeout(TIMEOUT);
	await page.addInitScript(INIT);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	const sizes: Promise<number>[] = [];
	let counting = true;
	page.on('requestfinished', (r) => {
		if (counting)
			sizes.push(
				r
					.sizes()
					.then((s) => s.responseBodySize + s.responseHeadersSize)
					.catch(() => 0)
			);
	});
	await page.goto(url, { timeout: TIMEOUT });
	await page.waitForSelector('[data-testid=map][data-ready="true"]', { timeout: TIMEOUT });
	counting = false;
	const cpu_ms = await taskMs(cdp);
	const { readyAt, tasks } = (await page.evaluate('window.__bench')) as {
		readyAt: number;
		tasks: number[][];
	};
	const bytes = (await Promise.all(sizes)).reduce((s, n) => s + n, 0);
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = (await cdp.send('Performance.getMetrics')).metrics.find(
		(m) => m.name === 'JSHeapUsedSize'
	)!.value;
	await page.evaluate(`(${IDLE})()`);

	const figures: LoadFigures = {
		ready_ms: readyAt,
		cpu_ms,
		longest_task_ms: Math.max(0, ...tasks.filter(([t]) => t! <= readyAt).map(([, d]) => d!)),
		heap_mb: heap / 1e6,
		transferred_kb: bytes / 1000,
		requests: sizes.length,
		filter_ms: null,
		filter_cpu_ms: null,
		search_ms: null,
		search_cpu_ms: null,
		detail_ms: null,
		detail_cpu_ms: null
	};

	if (probe.app) {
		await page.click('[data-testid=tab-filters]');
		await page.waitForSelector(`[data-testid="facet-chains-${probe.chain}"]`);
		await page.evaluate(`(${IDLE})()`);
		const filter = await timed(
			page,
			cdp,
			`async (chain, idle) => {
				const t0 = performance.now();
				document.querySelector('[data-testid="facet-chains-' + chain + '"]').click();
				await idle();
				return performance.now() - t0;
			}`,
			probe.chain
		);
		const search = await timed(
			page,
			cdp,
			`async (q) => {
				const input = document.querySelector('[data-testid=search]');
				input.focus();
				const t0 = performance.now();
				input.value = q;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise((resolve) => {
					// an answer: options or "no match" (not the "searching…" line)
					const done = () =>
						document.querySelector('#atlas-search-list li[role=option], [data-testid=search-empty]');
					if (done()) return resolve();
					const mo = new MutationObserver(() => done() && (mo.disconnect(), resolve()));
					mo.observe(document.body, { childList: true, subtree: true });
				});
				return performance.now() - t0;
			}`,
			probe.query
		);
		const detail = await timed(
			page,
			cdp,
			`async (_, idle) => {
				const li = document.querySelector('#atlas-search-list li[role=option]');
				if (!li) return NaN;
				const t0 = performance.now();
				li.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
				await new Promise((resolve) => {
					const done = () => document.querySelector('[data-testid=detail]');
					if (done()) return resolve();
					const mo = new MutationObserver(() => done() && (mo.disconnect(), resolve()));
					mo.observe(document.body, { childList: true, subtree: true });
				});
				return performance.now() - t0;
			}`,
			null
		);
		// the camera then flies to the entity: not part of opening the panel
		await page.evaluate(`(${IDLE})()`);
		Object.assign(figures, {
			filter_ms: filter.ms,
			filter_cpu_ms: filter.cpu,
			search_ms: search.ms,
			search_cpu_ms: search.cpu,
			detail_ms: Number.isFinite(detail.ms) ? detail.ms : null,
			detail_cpu_ms: Number.isFinite(detail.ms) ? detail.cpu : null
		});
	} else {
		const filter = await timed(
			page,
			cdp,
			`async (chain, idle) => {
				const t0 = performance.now();
				window.__atlasMap.setFilter('facilities', ['==', ['get', 'chain'], chain]);
				await idle();
				return performance.now() - t0;
			}`,
			probe.chain
		);
		Object.assign(figures, { filter_ms: filter.ms, filter_cpu_ms: filter.cpu });
	}
	await context.close();
	return figures;
}
