import { renameSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openAtlas, watchPage } from './helpers';

test('blocked storage (a cross-site frame) gives the atlas, not a blank page', async ({ page }) => {
	await page.addInitScript(() => {
		const blocked = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		Object.defineProperty(window, 'localStorage', { get: blocked, configurable: true });
		Object.defineProperty(window, 'indexedDB', { get: blocked, configurable: true });
	});
	const { errors } = watchPage(page);
	await openAtlas(page, '/?sel=boe-wuhan');
	await expect(page.getByTestId('detail')).toContainText('京东方');
	// the language switch still works, it just is not remembered
	await page.getByTestId('lang-switch').click();
	await expect(page.getByTestId('detail')).toContainText('BOE');
	// what the browser cannot keep is said once, in My data
	await expect(page.getByTestId('store-problem')).toBeVisible();
	expect(errors).toEqual([]);
});

test('slow data: a loading indicator from the first paint until the map is there', async ({
	page
}) => {
	await page.route('**/data/atlas.json', async (route) => {
		await new Promise((r) => setTimeout(r, 3000));
		await route.continue();
	});
	await page.goto('/');
	await expect(page.locator('#boot')).toBeVisible();
	await expect(page.locator('#boot')).toContainText('Loading');
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(page.locator('#boot')).toHaveCount(0);
});

test('a truncated data file is named in the error, with what is wrong', async ({ page }) => {
	await page.route('**/data/atlas.json', async (route) => {
		const res = await route.fetch();
		const text = await res.text();
		await route.fulfill({ response: res, body: text.slice(0, 5000) });
	});
	await page.goto('/');
	await expect(page.locator('body')).toContainText('atlas.json', { timeout: 20_000 });
	await expect(page.locator('body')).toContainText(/truncated/);
	await expect(page.locator('#boot')).toHaveCount(0);
});

test('the server gone mid-session: the area distances and the export name what failed', async ({
	page
}) => {
	await openAtlas(page, '/?panel=measure&sel=hanou-logistics-park');
	// from here on, nothing answers (a killed server: connection refused)
	await page.route('**/data/**', (route) => route.abort('connectionrefused'));
	await page.context().route('**/data/**', (route) => route.abort('connectionrefused'));

	await page.getByTestId('tab-analyze').click();
	const error = page.getByTestId('zone-load-error');
	await expect(error).toContainText(/\/data\/(zones|parks|boundaries)\.geojson/);
	await expect(error).toContainText(/server/);
	await expect(page.getByTestId('zone-distance').getByTestId('zone-result')).toHaveCount(0);

	// the export fetches the polygons on first use: its message names the file
	await page.getByTestId('tab-results').click();
	await page.getByTestId('export-geojson').click();
	await expect(page.getByTestId('export')).toContainText(/\/data\/(parks|zones)\.geojson/);
});

test('boundaries.geojson replaced by {"foo":1}: the panel names the file and what is wrong', async ({
	page
}) => {
	await openAtlas(page, '/?panel=measure');
	await page.route('**/data/boundaries.geojson', (route) =>
		route.fulfill({ contentType: 'application/geo+json', body: '{"foo":1}' })
	);
	await page.getByTestId('tab-analyze').click();
	await expect(page.getByTestId('zone-load-error')).toContainText(
		'/data/boundaries.geojson: not a GeoJSON FeatureCollection'
	);
});

test('a truncated layer fetched mid-session names the file', async ({ page }) => {
	await openAtlas(page, '/?panel=measure');
	await page.route('**/data/boundaries.geojson', async (route) => {
		const res = await route.fetch();
		await route.fulfill({ response: res, body: (await res.text()).slice(0, 3000) });
	});
	await page.getByTestId('tab-analyze').click();
	await expect(page.getByTestId('zone-load-error')).toContainText(
		/\/data\/boundaries\.geojson: not valid JSON after 3000 characters.*truncated/
	);
});

test('the search index missing or stale: the worker indexes the names itself, search still finds', async ({
	page
}) => {
	let asked = 0;
	await page.route('**/data/search.json', (route) => {
		asked++;
		return route.fulfill({ status: 404, body: 'gone' });
	});
	const { errors } = watchPage(page);
	await openAtlas(page, '/?lang=en');
	const box = page.getByRole('combobox', { name: /Search/ });
	await box.fill('jingdongfang');
	await expect(page.getByRole('listbox').getByRole('option').first()).toHaveAttribute(
		'data-id',
		'boe-wuhan'
	);
	expect(asked).toBe(1);
	expect(errors).toEqual([]);
});

test('data files go out precompressed to clients that accept it', async ({ request }) => {
	for (const [encoding, header] of [
		['br', 'br, gzip'],
		['gzip', 'gzip']
	] as const) {
		const res = await request.get('/data/boundaries.geojson', {
			headers: { 'Accept-Encoding': header }
		});
		expect(res.status()).toBe(200);
		expect(res.headers()['content-encoding']).toBe(encoding);
		expect(res.headers()['content-type']).toBe('application/geo+json');
		expect(Number(res.headers()['content-length'])).toBeLessThan(80_000);
		// Playwright decodes it: still the whole collection
		expect((await res.json()).type).toBe('FeatureCollection');
	}
});

test.describe('the server', () => {
	test('answers only GET and HEAD for files, 405 otherwise', async ({ request }) => {
		for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
			const res = await request.fetch('/data/hubs.geojson', { method });
			expect(res.status(), method).toBe(405);
			expect(res.headers()['allow']).toBe('GET, HEAD');
			expect(await res.text()).not.toContain('FeatureCollection');
		}
		expect((await request.head('/data/hubs.geojson')).status()).toBe(200);
	});

	test('a file missing on disk is a 404 and the server stays up', async ({ request }) => {
		const dir = new URL('../../build/client/data/', import.meta.url).pathname;
		const names = ['hubs.geojson', 'hubs.geojson.br', 'hubs.geojson.gz'];
		for (const n of names) renameSync(dir + n, dir + n + '.away');
		try {
			for (const enc of ['identity', 'gzip', 'br']) {
				const res = await request.get('/data/hubs.geojson', {
					headers: { 'Accept-Encoding': enc }
				});
				expect(res.status(), enc).toBe(404);
			}
		} finally {
			for (const n of names) renameSync(dir + n + '.away', dir + n);
		}
		expect((await request.get('/')).status()).toBe(200);
		expect((await request.get('/data/hubs.geojson')).status()).toBe(200);
	});

	test('a malformed address is a 400, unknown paths 404, and the server stays up', async ({
		request
	}) => {
		expect((await request.get('/%E0%A4%A')).status()).toBe(400);
		expect((await request.get('/no/such/page')).status()).toBe(404);
		expect((await request.get('/data/no-such.geojson')).status()).toBe(404);
		expect((await request.get('/')).status()).toBe(200);
	});
});

for (const [fault, answer] of [
	['gone', 'abort'],
	['truncated', 'truncated'],
	['missing', 404]
] as const) {
	test(`a road route with the road graph ${fault} names the graph file, and the page goes on`, async ({
		page
	}) => {
		await page
			.context()
			.route('**/data/roads/graph.bin', (route) =>
				answer === 'abort'
					? route.abort('connectionrefused')
					: answer === 404
						? route.fulfill({ status: 404, body: 'not found' })
						: route.fulfill({ status: 200, body: Buffer.from([1, 2, 3, 4, 5, 6, 7]) })
			);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await openAtlas(page, '/?sel=hanou-logistics-park');
		const rail = page.locator('[data-testid=access] tr[data-role=rail]');
		await rail.getByTestId('access-route').click();
		await page.getByRole('tab', { name: '分析' }).click();
		const result = page.getByTestId('route-result');
		await expect(result).toContainText('/data/roads/graph.bin', { timeout: 20_000 });
		await expect(result).not.toContainText('Error:');
		await expect(result).toContainText(
			answer === 'abort' ? /server/ : answer === 404 ? /HTTP 404/ : /not a road graph/
		);
		// the rest of the atlas still answers: the detail stays, another site opens
		await expect(page.getByTestId('detail')).toBeVisible();
		const search = page.getByRole('combobox', { name: /搜索|Search/ });
		await search.fill('京东方');
		await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
		await search.press('Enter');
		await expect(page.getByTestId('detail')).toContainText('京东方');
		expect(errors).toEqual([]);
	});
}
