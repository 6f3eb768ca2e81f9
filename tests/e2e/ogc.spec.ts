/**
 * The OGC API – Features and the downloads against the production build:
 * status codes, content types, CORS and caching headers, paging, problem
 * bodies, then a real client, GDAL's OAPIF driver (`ogrinfo`, `ogr2ogr`, from
 * Debian's gdal-bin, which .ci/run installs), listing the collections, reading
 * items with a bbox and a filter, and copying collections to GeoPackages whose
 * feature counts match the server's numberMatched.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AtlasIndex } from '../../src/lib/data/atlas';
import { openAtlas } from './helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ROOT = `http://127.0.0.1:${PORT}/ogc`;
const index = JSON.parse(readFileSync('static/data/atlas.json', 'utf8')) as AtlasIndex;
const licences = JSON.parse(readFileSync('static/data/licences.json', 'utf8')) as {
	files: Record<string, { licence: string; attribution: string }[]>;
};
const run = promisify(execFile);

async function getJson(request: APIRequestContext, url: string) {
	const res = await request.get(url);
	expect(res.status(), url).toBe(200);
	return (await res.json()) as Json;
}

const link = (doc: Json, rel: string) => doc.links.find((l: Json) => l.rel === rel);

test.describe('OGC API over HTTP', () => {
	test('landing page, conformance and collections: JSON, CORS, caching, 304', async ({
		request
	}) => {
		for (const p of ['/ogc', '/ogc/conformance', '/ogc/collections']) {
			const res = await request.get(p);
			expect(res.status(), p).toBe(200);
			expect(res.headers()['content-type'], p).toBe('application/json; charset=utf-8');
			expect(res.headers()['access-control-allow-origin'], p).toBe('*');
			expect(res.headers()['cache-control'], p).toMatch(/^public, max-age=\d+$/);
			const etag = res.headers()['etag']!;
			expect(etag, p).toBeTruthy();
			const again = await request.get(p, { headers: { 'if-none-match': etag } });
			expect(again.status(), p).toBe(304);
		}
		const landing = await getJson(request, '/ogc');
		for (const rel of ['self', 'service-desc', 'service-doc', 'conformance', 'data'])
			expect(link(landing, rel)?.href, rel).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${PORT}/`));
		const conf = await getJson(request, '/ogc/conformance');
		expect(conf.conformsTo).toContain(
			'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core'
		);
		const { collections } = await getJson(request, '/ogc/collections');
		expect(collections.map((c: Json) => c.id)).toEqual(
			expect.arrayContaining(['facilities', 'parks', 'zones', 'hubs', 'roads'])
		);
		const preflight = await request.fetch('/ogc/collections', { method: 'OPTIONS' });
		expect(preflight.status()).toBe(204);
		expect(preflight.headers()['access-control-allow-origin']).toBe('*');
	});

	test('items page through next links to every feature once, as application/geo+json', async ({
		request
	}) => {
		let url: string | undefined = '/ogc/collections/facilities/items?limit=7';
		const ids: string[] = [];
		let matched = -1;
		while (url) {
			const res = await request.get(url);
			expect(res.headers()['content-type']).toBe('application/geo+json; charset=utf-8');
			const doc = (await res.json()) as Json;
			expect(doc.type).toBe('FeatureCollection');
			expect(doc.numberReturned).toBe(doc.features.length);
			matched = doc.numberMatched;
			ids.push(...doc.features.map((f: Json) => f.id));
			if (ids.length > 7) expect(link(doc, 'prev')).toBeTruthy();
			url = link(doc, 'next')?.href;
		}
		const facilityKinds = ['park', 'enterprise', 'project', 'institution', 'lab'];
		expect(matched).toBe(index.entities.filter((e) => facilityKinds.includes(e.kind)).length);
		expect(new Set(ids).size).toBe(matched);
	});

	test('bbox and the atlas filters select, bad values get 400 problems, unknown ids 404', async ({
		request
	}) => {
		const chain = index.zone.chains[0]!.id;
		const byChain = await getJson(
			request,
			`/ogc/collections/facilities/items?chain=${chain}&limit=1000`
		);
		expect(byChain.numberMatched).toBeGreaterThan(0);
		expect(byChain.features.every((f: Json) => f.properties.chain === chain)).toBe(true);
		const [w, s, e, n] = index.bbox;
		const inZone = await getJson(request, `/ogc/collections/hubs/items?bbox=${w},${s},${e},${n}`);
		const all = await getJson(request, '/ogc/collections/hubs/items');
		expect(inZone.numberMatched).toBeLessThanOrEqual(all.numberMatched);
		const none = await getJson(request, '/ogc/collections/hubs/items?bbox=0,0,1,1');
		expect(none.numberMatched).toBe(0);

		for (const [q, parameter] of [
			['chain=no-such-chain', 'chain'],
			['bbox=1,2,3', 'bbox'],
			['limit=0', 'limit'],
			['whatever=1', 'whatever']
		]) {
			const res = await request.get(`/ogc/collections/facilities/items?${q}`);
			expect(res.status(), q).toBe(400);
			expect(res.headers()['content-type']).toBe('application/problem+json; charset=utf-8');
			expect(await res.json(), q).toMatchObject({ status: 400, parameter });
		}
		for (const p of ['/ogc/collections/nope', '/ogc/collections/hubs/items/nope', '/ogc/nope']) {
			const res = await request.get(p);
			expect(res.status(), p).toBe(404);
			expect(res.headers()['content-type'], p).toBe('application/problem+json; charset=utf-8');
		}
	});

	test('a browser gets HTML pages', async ({ request }) => {
		const res = await request.get('/ogc/collections/hubs/items', {
			headers: { accept: 'text/html,*/*;q=0.8' }
		});
		expect(res.headers()['content-type']).toBe('text/html; charset=utf-8');
		expect(await res.text()).toContain(index.entities.find((e) => e.kind === 'hub')!.id);
	});

	test('downloads list every layer with the licences of the data, roads under their own', async ({
		request
	}) => {
		const { files } = await getJson(request, '/downloads?f=json');
		const roads = files.find((f: Json) => f.id === 'roads');
		expect(roads.licences).toEqual([expect.objectContaining(licences.files['roads.geojson']![0]!)]);
		const file = await request.get(new URL(roads.href).pathname);
		expect(file.headers()['content-type']).toBe('application/geo+json; charset=utf-8');
		expect(file.headers()['content-disposition']).toContain('roads.geojson');
		expect(((await file.json()) as Json).features).toHaveLength(index.roads!.edges);
		const page = await request.get('/downloads', { headers: { accept: 'text/html' } });
		expect(await page.text()).toContain(licences.files['roads.geojson']![0]!.attribution);
	});
});

test.describe('GDAL reads the API', () => {
	test.setTimeout(180_000);

	test.beforeAll(async () => {
		await run('ogrinfo', ['--version']).catch(() => {
			throw new Error('ogrinfo not found: install GDAL (apt-get install -y gdal-bin)');
		});
	});

	const count = (stdout: string) => (stdout.match(/^OGRFeature\(/gm) ?? []).length;

	test('ogrinfo lists the collections and reads items with a bbox and a filter', async ({
		request
	}) => {
		const { stdout } = await run('ogrinfo', ['-ro', '-so', `OAPIF:${ROOT}`]);
		const { collections } = await getJson(request, '/ogc/collections');
		for (const c of collections) expect(stdout).toMatch(new RegExp(`^\\d+: ${c.id} `, 'm'));

		const [w, s, e, n] = index.bbox;
		const box = [w, s, (w + e) / 2, (s + n) / 2].map(String);
		const spat = await run('ogrinfo', [
			'-ro',
			'-q',
			`OAPIF:${ROOT}`,
			'facilities',
			'-spat',
			...box
		]);
		const server = await getJson(
			request,
			`/ogc/collections/facilities/items?bbox=${box.join(',')}`
		);
		expect(server.numberMatched).toBeGreaterThan(0);
		expect(count(spat.stdout)).toBe(server.numberMatched);

		const chain = index.zone.chains[0]!.id;
		const where = await run(
			'ogrinfo',
			['-ro', '-q', `OAPIF:${ROOT}`, 'facilities', '-where', `chain = '${chain}'`],
			{ env: { ...process.env, CPL_DEBUG: 'ON' } }
		);
		// the driver passes the filter to the server, which the API definition declares
		expect(where.stderr).toContain(`chain=${chain}`);
		const byChain = await getJson(request, `/ogc/collections/facilities/items?chain=${chain}`);
		expect(count(where.stdout)).toBe(byChain.numberMatched);
	});

	test('ogr2ogr copies collections to GeoPackages with every feature', async ({ request }) => {
		const dir = mkdtempSync(path.join(tmpdir(), 'ogc-gpkg-'));
		try {
			// facilities at GDAL's default page size (many next links), roads 1000 a page
			for (const [collection, options] of [
				['facilities', []],
				['roads', ['-oo', 'PAGE_SIZE=1000']]
			] as const) {
				const gpkg = path.join(dir, `${collection}.gpkg`);
				await run('ogr2ogr', [...options, '-f', 'GPKG', gpkg, `OAPIF:${ROOT}`, collection]);
				const { stdout } = await run('ogrinfo', ['-ro', '-so', gpkg, collection]);
				const features = Number(/Feature Count: (\d+)/.exec(stdout)?.[1]);
				const { numberMatched } = await getJson(
					request,
					`/ogc/collections/${collection}/items?limit=1`
				);
				expect(features, collection).toBe(numberMatched);
				expect(features, collection).toBeGreaterThan(0);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

test('the Layers tab links the QGIS help page and the downloads', async ({ page, context }) => {
	await openAtlas(page);
	// the Layers tab is the one open at first
	await expect(page.getByTestId('tab-layers')).toHaveAttribute('aria-selected', 'true');
	const links = page.getByTestId('data-links');
	const qgis = links.getByRole('link', { name: '在 QGIS 中使用' });
	await expect(qgis).toHaveAttribute('href', '/ogc/api');
	const [help] = await Promise.all([context.waitForEvent('page'), qgis.click()]);
	await help.waitForLoadState();
	await expect(help.getByRole('heading', { name: /Use in QGIS/ })).toBeVisible();
	await expect(help.getByText(`http://127.0.0.1:${PORT}/ogc`, { exact: true })).toBeVisible();
	await expect(links.getByRole('link', { name: /下载数据/ })).toHaveAttribute('href', '/downloads');
});
