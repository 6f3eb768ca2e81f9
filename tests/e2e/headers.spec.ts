import { readFile } from 'node:fs/promises';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { drawLine, openAtlas, waitForIdle, watchPage } from './helpers';

const FIXTURES = new URL('../fixtures/import/', import.meta.url).pathname;

/** The directives of a CSP header, by name. */
function directives(res: APIResponse): Map<string, string[]> {
	const policy = res.headers()['content-security-policy'] ?? '';
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name!, values])
	);
}

function expectSecurityHeaders(res: APIResponse, what: string) {
	const h = res.headers();
	expect(h['x-content-type-options'], what).toBe('nosniff');
	expect(h['referrer-policy'], what).toBe('same-origin');
	const csp = directives(res);
	expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
	for (const values of csp.values()) {
		expect(values, what).not.toContain("'unsafe-eval'");
	}
	return csp;
}

test.describe('headers', () => {
	test('the page: a strict CSP (hashed scripts only), revalidated HTML', async ({ request }) => {
		const res = await request.get('/');
		expect(res.status()).toBe(200);
		const csp = expectSecurityHeaders(res, '/');
		expect(csp.get('default-src')).toEqual(["'self'"]);
		const scripts = csp.get('script-src')!;
		expect(scripts).toContain("'self'");
		expect(scripts.some((s) => s.startsWith("'sha256-"))).toBe(true);
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
		expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		// the configured online basemap (a data: style in the e2e server), and nothing else
		expect(csp.get('connect-src')).toEqual(["'self'", 'data:']);
		expect(res.headers()['cache-control']).toBe('no-cache');
	});

	test('data: precompressed (gzip and brotli), revalidated by ETag', async ({ request }) => {
		for (const [accept, encoding] of [
			['br, gzip', 'br'],
			['gzip', 'gzip'],
			['identity', undefined]
		] as const) {
			const res = await request.get('/data/boundaries.geojson', {
				headers: { 'Accept-Encoding': accept }
			});
			expect(res.status()).toBe(200);
			expectSecurityHeaders(res, `/data ${accept}`);
			expect(directives(res).get('default-src')).toEqual(["'none'"]);
			const h = res.headers();
			expect(h['content-encoding']).toBe(encoding);
			expect(h['vary']).toMatch(/accept-encoding/i);
			expect(h['cache-control']).toBe('no-cache');
			expect(h['etag']).toBeTruthy();
			const again = await request.get('/data/boundaries.geojson', {
				headers: { 'Accept-Encoding': accept, 'If-None-Match': h['etag']! }
			});
			expect(again.status(), 'revalidation').toBe(304);
		}
		const script = (await (await request.get('/')).text()).match(/\/_app\/immutable\/[^"]+\.js/);
		const immutable = await request.get(script![0]);
		expect(immutable.headers()['cache-control']).toContain('immutable');
		expectSecurityHeaders(immutable, 'immutable script');
		// a Web Worker runs under its script's own policy: it must reach its origin (road graph, chunks)
		expect(directives(immutable).get('default-src'), 'script policy').toEqual(["'self'"]);
		expect(directives(immutable).get('connect-src'), 'script policy').toBeUndefined();
	});

	test('the OGC API, its HTML pages and 404s carry the headers too', async ({ request }) => {
		for (const path of [
			'/ogc',
			'/ogc/collections',
			'/ogc/collections/parks/items?bbox=114,30.5,114.3,30.8'
		]) {
			const res = await request.get(path, { headers: { Accept: 'application/json' } });
			expect(res.status(), path).toBe(200);
			expectSecurityHeaders(res, path);
		}
		const html = await request.get('/ogc', { headers: { Accept: 'text/html' } });
		expect(html.headers()['content-type']).toContain('text/html');
		expect(directives(html).get('script-src') ?? directives(html).get('default-src')).toEqual([
			"'none'"
		]);
		for (const path of ['/no/such/page', '/data/no-such.geojson', '/ogc/collections/nope']) {
			const res = await request.get(path);
			expect(res.status(), path).toBe(404);
			expectSecurityHeaders(res, path);
		}
	});
});

/** Records CSP violations from the first script on, in every document of the page. */
async function watchCsp(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
		});
	});
	return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('a whole journey under the CSP: no violation, no console error', async ({ page }) => {
	test.setTimeout(180_000);
	const violations = await watchCsp(page);
	const { errors, foreign } = watchPage(page);
	await openAtlas(page, '/?c=114.14,30.65&z=12');
	// the boot loader was shown from the stylesheet and removed
	await expect(page.locator('#boot')).toHaveCount(0);

	// search, open a detail
	const box = page.getByRole('combobox', { name: /搜索|Search/ });
	await box.fill('京东方');
	await box.press('Enter');
	await expect(page.getByTestId('detail').locator('h2')).toContainText('京东方');

	// filters
	await page.getByTestId('tab-filters').click();
	await page.getByTestId('facet-chains-electronics').check();
	await waitForIdle(page);

	// measure (terra-draw fetched on first use), then the area distances
	await page.getByTestId('tab-measure').click();
	await drawLine(page, [114.115, 30.65], [114.165, 30.65]);
	await page.getByTestId('tab-analyze').click();
	const zd = page.getByTestId('zone-distance');
	await zd.getByTestId('area-zone:bonded-zone-central-area').check();
	await zd.getByTestId('area-zone:zoumaling-logistics-cluster').check();
	await expect(zd.getByTestId('zone-result')).toBeVisible();

	// share dialog with its QR code
	await page.getByTestId('share').click();
	await expect(page.getByTestId('share-url')).toHaveValue(/chain=electronics/);
	await expect(page.getByTestId('share-qr').locator('path')).toHaveCount(1);
	await page.keyboard.press('Escape');

	// import dialog: a CSV read in the import worker
	await page.getByTestId('tab-layers').click();
	await page.getByTestId('import-open').click();
	const dialog = page.getByTestId('import-dialog');
	await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/sites-utf8-bom.csv`);
	await expect(dialog.getByTestId('import-info')).toContainText('sites-utf8-bom.csv');
	await page.keyboard.press('Escape');

	// export: CSV, GeoJSON and the map as PNG (blob: and data: URLs)
	await page.getByTestId('tab-results').click();
	for (const id of ['export-csv', 'export-geojson', 'export-png']) {
		const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
		expect((await readFile((await file.path())!)).length, id).toBeGreaterThan(100);
	}

	// the site report and its PDF
	await box.fill('京东方');
	await box.press('Enter');
	await page.getByTestId('detail').getByTestId('report-open').click();
	const report = page.getByTestId('site-report');
	await expect(report.getByTestId('report-map')).toBeVisible({ timeout: 20_000 });
	const [pdf] = await Promise.all([
		page.waitForEvent('download', { timeout: 30_000 }),
		report.getByTestId('report-pdf').click()
	]);
	expect((await readFile((await pdf.path())!)).subarray(0, 4).toString()).toBe('%PDF');

	expect(await violations()).toEqual([]);
	expect(errors).toEqual([]);
	expect(foreign).toEqual([]);
});

test('a page revalidated with a 304 keeps its own policy (the strict one would stop its scripts)', async ({
	request
}) => {
	const first = await request.get('/');
	const etag = first.headers()['etag'];
	expect(etag, 'the page has an ETag').toBeTruthy();
	const again = await request.get('/', { headers: { 'If-None-Match': etag! } });
	expect(again.status()).toBe(304);
	expect(again.headers()['content-security-policy'] ?? '').not.toContain("default-src 'none'");
});
