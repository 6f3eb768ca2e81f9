import { expect, test, type Page } from '@playwright/test';
import { openAtlas, renderedIds, waitForIdle, watchPage } from './helpers';

async function searchFirst(page: Page, q: string) {
	const box = page.getByRole('combobox', { name: /搜索|Search/ });
	await box.fill(q);
	const first = page.getByRole('listbox').getByRole('option').first();
	await expect(first).toBeVisible();
	return first;
}

test('search finds BOE by Chinese, English, pinyin and initials', async ({ page }) => {
	await openAtlas(page);
	for (const q of ['京东方', 'BOE', 'jingdongfang', 'jdf']) {
		const first = await searchFirst(page, q);
		await expect(first, q).toHaveAttribute('data-id', 'boe-wuhan');
	}
	// Keyboard: arrows and Enter choose; the map flies there and the detail panel opens.
	const box = page.getByRole('combobox', { name: /搜索|Search/ });
	await box.fill('BOE');
	await box.press('ArrowDown');
	await box.press('Enter');
	await expect(page.getByTestId('detail').locator('h2')).toContainText('京东方');
	await expect(page).toHaveURL(/sel=boe-wuhan/);
	// No match says so and suggests names.
	await box.fill('Skyworht Mini');
	await expect(page.getByRole('listbox').getByRole('option').first()).toHaveAttribute(
		'data-id',
		'skyworth-mini-led-park'
	);
	await box.fill('qqqzzz');
	await expect(page.getByRole('listbox')).toContainText('没有找到');
});

test('search runs in its worker, which fetches the build’s index; the page does not', async ({
	page
}) => {
	const fetched: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('/data/search.json')) fetched.push(r.url());
	});
	await openAtlas(page, '/?lang=en');
	const first = await searchFirst(page, 'jdf');
	await expect(first).toHaveAttribute('data-id', 'boe-wuhan');
	expect(
		page
			.workers()
			.map((w) => w.url())
			.some((u) => /search\.worker/.test(u))
	).toBe(true);
	expect(fetched).toHaveLength(1);
	// and the keyword filter, answered by the same worker, reaches the map
	await page.goto('/?lang=en&q=huazhong%20university&panel=results&c=114.2,30.65&z=9');
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
	await expect(page.getByTestId('results').locator('li button')).toHaveCount(1);
	await waitForIdle(page);
	expect([...new Set(await renderedIds(page, ['facilities-circle']))]).toEqual([
		'hust-cyber-school'
	]);
});

test('a chain filter leaves only that chain in the list and on the map', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page);
	await page.getByTestId('tab-filters').click();
	await page.getByTestId('facet-chains-electronics').check();
	await page.getByTestId('tab-results').click();
	const items = page.getByTestId('results').locator('li button');
	// the List tab loads when first opened
	await expect(items.first()).toBeVisible();
	const n = await items.count();
	expect(n).toBeGreaterThan(3);
	await waitForIdle(page);
	// pins, and the areas of the positions too coarse for a pin
	// (the areas of context, a rail terminal or a landmark, stay whatever the filter)
	const chains = await page.evaluate(() =>
		window
			.__atlasMap!.queryRenderedFeatures({ layers: ['facilities-circle', 'approx-fill'] })
			.filter((f) => f.properties.kind !== 'single' || f.properties.chain !== '')
			.map((f) => f.properties.chain)
	);
	expect(chains.length).toBeGreaterThan(0);
	expect(new Set(chains)).toEqual(new Set(['electronics']));
	// The list says the same as the map: every listed id is an electronics feature.
	const listed = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
	const rendered = new Set(await renderedIds(page, ['facilities-circle']));
	for (const id of rendered) expect(listed).toContain(id);
	// Clear all brings everything back.
	await page.getByTestId('tab-filters').click();
	await page.getByTestId('clear-filters').click();
	await waitForIdle(page);
	expect((await renderedIds(page, ['facilities-circle', 'approx-fill'])).length).toBeGreaterThan(
		chains.length
	);
	expect(watch.errors).toEqual([]);
});

test('a shared URL restores view, filters, selection and panel; Back undoes a selection', async ({
	page,
	context
}) => {
	await openAtlas(page);
	await page.getByTestId('tab-filters').click();
	await page.getByTestId('facet-chains-cybersecurity').check();
	await page.getByRole('combobox', { name: /搜索|Search/ }).fill('whu');
	await page.getByRole('combobox', { name: /搜索|Search/ }).press('Enter');
	await expect(page.getByTestId('detail')).toBeVisible();
	await waitForIdle(page);
	const url = page.url();
	expect(url).toMatch(/chain=cybersecurity/);
	expect(url).toMatch(/sel=whu-cyber-school/);
	expect(url).toMatch(/[?&]c=/);
	const view = await page.evaluate(() => ({
		zoom: window.__atlasMap!.getZoom(),
		center: window.__atlasMap!.getCenter().toArray()
	}));

	const other = await context.newPage();
	await openAtlas(other, url.replace(/^https?:\/\/[^/]+/, ''));
	await expect(other.getByTestId('detail').locator('h2')).toContainText('武汉大学');
	await other.getByTestId('tab-filters').click();
	await expect(other.getByTestId('facet-chains-cybersecurity')).toBeChecked();
	const restored = await other.evaluate(() => ({
		zoom: window.__atlasMap!.getZoom(),
		center: window.__atlasMap!.getCenter().toArray()
	}));
	expect(restored.zoom).toBeCloseTo(view.zoom, 1);
	expect(restored.center[0]).toBeCloseTo(view.center[0]!, 3);
	expect(restored.center[1]).toBeCloseTo(view.center[1]!, 3);

	// Back: the selection goes, the filter stays.
	await page.goBack();
	await expect(page.getByTestId('detail')).toHaveCount(0);
	await expect(page).toHaveURL(/chain=cybersecurity/);
});

test('malformed URL parameters are ignored and the rest applied', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(
		page,
		'/?z=banana&c=999,999&chain=electronics,%3Cscript%3E&sel=nope&lang=en&panel=zzz'
	);
	await expect(page.locator('h1')).toHaveText('Linkonggang Atlas');
	await page.getByTestId('tab-filters').click();
	await expect(page.getByTestId('facet-chains-electronics')).toBeChecked();
	await expect(page.getByTestId('detail')).toHaveCount(0);
	expect(watch.errors).toEqual([]);
});

test('approximate pins are drawn hollow, say so, and show an accuracy ring', async ({ page }) => {
	// HUST's school: derived from its neighbours (±400 m), close enough for a pin
	await openAtlas(page, '/?sel=hust-cyber-school&c=114.1325,30.679&z=15');
	await expect(page.getByTestId('detail')).toContainText(/位置为(估计|推算)/);
	await expect(page.getByTestId('popup')).toContainText(/位置为(估计|推算)/);
	await waitForIdle(page);
	const ring = await page.evaluate(
		() => window.__atlasMap!.queryRenderedFeatures({ layers: ['selection-ring-line'] }).length
	);
	expect(ring).toBeGreaterThan(0);
	const style = await page.evaluate(() => {
		const map = window.__atlasMap!;
		const f = map
			.queryRenderedFeatures({ layers: ['facilities-circle'] })
			.find((x) => x.properties.id === 'hust-cyber-school')!;
		return {
			approx: f.properties.approx,
			fill: JSON.stringify(map.getPaintProperty('facilities-circle', 'circle-color'))
		};
	});
	expect(style.approx).toBe(true);
	// hollow: approximate positions get a white fill and a chain-coloured ring
	expect(style.fill).toContain('"approx"');
	expect(style.fill).toContain('#ffffff');
});

test('the detail panel gives facts, coordinates in three datums and map links', async ({
	page
}) => {
	await openAtlas(page, '/?sel=netsec-computing-centre');
	const d = page.getByTestId('detail');
	await expect(d.getByTestId('facts')).toContainText('125 PFLOPS');
	await expect(d.getByTestId('coord-WGS-84')).toHaveText(/^114\.\d+, 30\.\d+$/);
	await expect(d.getByTestId('coord-GCJ-02')).toHaveText(/^114\.\d+, 30\.\d+$/);
	await expect(d.getByRole('link', { name: /高德/ })).toHaveAttribute('href', /uri\.amap\.com/);
	await expect(d.getByRole('link', { name: /百度/ })).toHaveAttribute('href', /coord_type=bd09ll/);
	await expect(d.getByTestId('nearest').locator('li')).toHaveCount(5);
	await waitForIdle(page);
	await page.screenshot({ path: 'tests/screenshots/detail.png' });
});

test('the statistics bars filter when clicked', async ({ page }) => {
	await openAtlas(page);
	await page.getByTestId('tab-stats').click();
	await page.getByTestId('bar-electronics-manufacturing-area-electronics').click();
	await expect(page).toHaveURL(/chain=electronics/);
	await expect(page).toHaveURL(/area=electronics-manufacturing-area/);
	await expect(page.getByTestId('results')).toBeVisible();
});

test('the share dialog shows the link and a QR code', async ({ page }) => {
	await openAtlas(page, '/?sel=boe-wuhan');
	await page.getByTestId('share').click();
	await expect(page.getByTestId('share-dialog')).toBeVisible();
	await expect(page.getByTestId('share-url')).toHaveValue(/sel=boe-wuhan/);
	const modules = await page.getByTestId('share-qr').locator('path').getAttribute('d');
	expect(modules!.length).toBeGreaterThan(500);
});

test('the district filter uses build-time membership (the airport lies in Huangpi)', async ({
	page
}) => {
	await openAtlas(page, '/?panel=filters');
	await page.getByTestId('facet-districts-huangpi').check();
	await expect(page.getByTestId('match-count')).toHaveText('1');
	await page.getByTestId('tab-results').click();
	await expect(page.getByTestId('results').locator('li button')).toHaveAttribute(
		'data-id',
		'wuhan-tianhe-airport'
	);
	await expect(page).toHaveURL(/district=huangpi/);
});

test('relations show both ways, partners off the map included', async ({ page }) => {
	await openAtlas(page, '/?sel=whu-cyber-school');
	const d = page.getByTestId('detail');
	await expect(d).toContainText('国家网络安全人才与创新基地'); // part of the base (a link)
	await expect(d).toContainText('天融信'); // Topsec, a partner with no map position
	// both ends pinned (±300 m in the base's outline): measured by the validator, no note
	await expect(d.getByTestId('as-stated')).toHaveCount(0);
	await d.locator('.relations').getByRole('button', { name: '国家网络安全人才与创新基地' }).click();
	await expect(page).toHaveURL(/sel=netsec-base/);
});

test('a relation between two approximate positions is shown as stated, not measured', async ({
	page
}) => {
	await openAtlas(page, '/?sel=jiangfeng-wuhan-phase-1'); // across the street from BOE, both ±3 km
	await expect(page.getByTestId('detail').getByTestId('as-stated').first()).toHaveText(
		'如所述，未经测量'
	);
});

test('hovering the list highlights the map, and hovering the map highlights the list', async ({
	page
}) => {
	await openAtlas(page, '/?panel=results&c=114.1325,30.677&z=15');
	const hovered = (source: string, id: string) =>
		page.evaluate(
			({ source, id }) => window.__atlasMap!.getFeatureState({ source, id }).hover === true,
			{ source, id }
		);
	const row = page.getByTestId('results').locator('button[data-id="hust-cyber-school"]');
	await row.hover();
	await expect.poll(() => hovered('atlas-facilities', 'hust-cyber-school')).toBe(true);
	// A site drawn as an area highlights its area.
	await page.getByTestId('results').locator('button[data-id="netsec-innovation-centre"]').hover();
	await expect.poll(() => hovered('atlas-approx', 'netsec-base-core')).toBe(true);
	expect(await hovered('atlas-facilities', 'hust-cyber-school')).toBe(false);

	// Now the other way: the pointer over HUST's marker marks its row.
	await page.mouse.move(5, 790);
	const at = await page.evaluate(() => {
		const map = window.__atlasMap!;
		const p = map.project([114.132483, 30.679004]);
		const box = map.getContainer().getBoundingClientRect();
		return { x: box.left + p.x, y: box.top + p.y };
	});
	await page.mouse.move(at.x, at.y);
	await expect(row).toHaveClass(/hovered/);
});

test('Esc closes the detail panel', async ({ page }) => {
	await openAtlas(page, '/?sel=boe-wuhan');
	await expect(page.getByTestId('detail')).toBeVisible();
	await page.getByTestId('detail').locator('h2').click();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('detail')).toHaveCount(0);
	await expect(page).not.toHaveURL(/sel=/);
});

test('"/" focuses the search box and the title names the selection', async ({ page }) => {
	await openAtlas(page, '/?sel=boe-wuhan');
	await expect(page).toHaveTitle(/^武汉京东方光电科技有限公司 · 临空港产业地图$/);
	await page.getByTestId('detail').locator('h2').click();
	await page.keyboard.press('/');
	await expect(page.getByRole('combobox', { name: /搜索|Search/ })).toBeFocused();
});
