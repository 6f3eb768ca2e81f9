/**
 * Links that hold: what a user changes is what Share gives out, and what a link
 * says is what the map draws on first load, in a fresh browser.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { AtlasIndex } from '../../src/lib/data/atlas';
import { drawLine, openAtlas, renderedIds, waitForIdle, watchPage } from './helpers';

const search = (page: Page) => page.getByRole('combobox', { name: /搜索|Search/ });

/** The areas of coarse context (a rail terminal, a landmark): no filter hides them. */
const CONTEXT_AREAS = (
	JSON.parse(readFileSync('static/data/atlas.json', 'utf8')) as AtlasIndex
).entities.flatMap((e) => (e.area && (e.kind === 'hub' || e.kind === 'landmark') ? [e.area] : []));

/** A property of the rendered features of some layers, context areas left out. */
async function rendered(page: Page, layer: string | string[], prop: string): Promise<string[]> {
	const layers = typeof layer === 'string' ? [layer] : layer;
	return page.evaluate(
		({ layers, prop, context }) =>
			window
				.__atlasMap!.queryRenderedFeatures({ layers })
				.filter((f) => !context.includes(String(f.properties.id)))
				.map((f) => String(f.properties[prop])),
		{ layers, prop, context: CONTEXT_AREAS }
	);
}

/** Where features are drawn: pins, and the areas of positions too coarse for a pin. */
const DRAWN = ['facilities-circle', 'approx-fill'];

/** Opens a link in a new browser context: no storage, no history, as a recipient would. */
async function openFresh(browser: Browser, href: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await openAtlas(page, href.replace(/^https?:\/\/[^/]+/, ''));
	return { page, close: () => context.close() };
}

test('Share gives the state at the moment it opens, and the link restores it in a fresh browser', async ({
	page,
	browser
}) => {
	await openAtlas(page);
	await search(page).fill('京东方');
	await search(page).press('Enter');
	await expect(page.getByTestId('detail').locator('h2')).toContainText('京东方');
	await page.getByTestId('compare-toggle').click();
	await page.getByTestId('tab-filters').click();
	await page.getByTestId('facet-chains-electronics').check();
	await page.getByTestId('facet-statuses-operating').check();
	await search(page).fill('创维');
	await search(page).press('Enter');
	await expect(page.getByTestId('detail').locator('h2')).toContainText('创维');
	await page.getByTestId('compare-toggle').click();
	await waitForIdle(page);

	await page.getByTestId('share').click();
	const field = page.getByTestId('share-url');
	const shared = await field.inputValue();
	expect(shared).toMatch(/sel=skyworth-mini-led-park/);
	expect(shared).toMatch(/chain=electronics/);
	expect(shared).toMatch(/status=operating/);
	expect(shared).toMatch(/cmp=boe-wuhan,skyworth-mini-led-park/);
	expect(shared).toMatch(/[?&]c=/);
	// The QR code encodes the same link (its path changes with the URL).
	const qr = await page.getByTestId('share-qr').locator('path').getAttribute('d');
	// The clipboard gets the field's link.
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByTestId('share-copy').click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared);

	// State that changes while the dialog is open (Back) changes the link with it.
	await page.evaluate(() => history.back());
	await expect(field).not.toHaveValue(shared);
	await expect(field).not.toHaveValue(/cmp=boe-wuhan,skyworth/);
	expect(await page.getByTestId('share-qr').locator('path').getAttribute('d')).not.toBe(qr);
	await page.evaluate(() => history.forward());
	await expect(field).toHaveValue(shared);

	// A recipient opening the link sees the same map and panels.
	const fresh = await openFresh(browser, shared);
	const other = fresh.page;
	await expect(other.getByTestId('detail').locator('h2')).toContainText('创维');
	await expect(other.getByTestId('compare').locator('thead th')).toHaveCount(3);
	const chains = await rendered(other, DRAWN, 'chain');
	const statuses = await rendered(other, 'facilities-circle', 'status');
	expect(chains.length).toBeGreaterThan(0);
	expect(new Set(chains)).toEqual(new Set(['electronics']));
	for (const s of statuses) expect(s).toBe('operating');
	await other.getByTestId('tab-filters').click();
	await expect(other.getByTestId('facet-chains-electronics')).toBeChecked();
	await expect(other.getByTestId('match-count')).toHaveText('2');
	await fresh.close();
});

test('a link that names a feature shares the feature chosen after it', async ({ page }) => {
	await openAtlas(page, '/?sel=boe-wuhan&lang=zh');
	await search(page).fill('创维');
	await search(page).press('Enter');
	await expect(page.getByTestId('detail').locator('h2')).toContainText('创维');
	await page.getByTestId('share').click();
	await expect(page.getByTestId('share-url')).toHaveValue(/sel=skyworth-mini-led-park/);
});

test('filters in a link reach the map on first load, and after a reload', async ({ page }) => {
	await openAtlas(page, '/?chain=electronics&panel=filters');
	await expect(page.getByTestId('match-count')).toHaveText('8');
	const chains = await rendered(page, DRAWN, 'chain');
	expect(chains.length).toBeGreaterThan(0);
	expect(new Set(chains)).toEqual(new Set(['electronics']));
	// Context stays: the airport, the rail terminal and the district seat.
	const hubs = await renderedIds(page, ['hubs-circle', 'approx-fill']);
	for (const id of ['wuhan-tianhe-airport', 'wujiashan-rail-terminal', 'dongxihu-district-seat']) {
		expect(hubs).toContain(id);
	}
	await page.reload();
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true');
	await waitForIdle(page);
	expect(new Set(await rendered(page, DRAWN, 'chain'))).toEqual(new Set(['electronics']));

	// A text query in the link filters the map too.
	await openAtlas(page, '/?q=TCL');
	// (TCL's two sites are drawn as the area of the manufacturing cluster they belong to)
	const ids = await rendered(page, DRAWN, 'id');
	expect(ids).toEqual(['manufacturing-cluster']);
});

test('an area in a link filters the map and keeps its own outline', async ({ page }) => {
	await openAtlas(page, '/?area=bonded-zone-central-area&chain=cybersecurity');
	// The area's outline stays as context even though it is a logistics area.
	expect(await renderedIds(page, ['zones-line'])).toEqual(
		expect.arrayContaining(['bonded-zone-central-area'])
	);
	expect(await renderedIds(page, ['zones-line'])).not.toContain('zoumaling-logistics-cluster');
	const areas = await rendered(page, 'facilities-circle', 'areas');
	for (const a of areas) expect(a).toContain('|bonded-zone-central-area|');
	expect(await renderedIds(page, ['hubs-circle'])).toContain('wuhan-tianhe-airport');
});

test('an unknown id in a link is ignored, not applied as an empty filter', async ({ page }) => {
	await openAtlas(page, '/?chain=nonsense&area=nowhere&panel=filters');
	const all = (await renderedIds(page, DRAWN)).length;
	expect(all).toBeGreaterThan(12);
	await expect(page.getByTestId('clear-filters')).toBeDisabled();
	expect(page.url()).not.toMatch(/chain=|area=/);
});

test('a valid centre is kept beside a broken zoom; a named feature without a centre is flown to', async ({
	page
}) => {
	await openAtlas(page, '/?z=1e308&c=114.1,30.6');
	const c = await page.evaluate(() => window.__atlasMap!.getCenter().toArray());
	expect(c[0]).toBeCloseTo(114.1, 3);
	expect(c[1]).toBeCloseTo(30.6, 3);

	await openAtlas(page, '/?sel=whu-cyber-school');
	await page.waitForFunction(() => window.__atlasMap!.getZoom() >= 13);
	await waitForIdle(page);
	const onScreen = await page.evaluate(() => {
		const map = window.__atlasMap!;
		const p = map.project([114.132886, 30.675088]);
		const { clientWidth: w, clientHeight: h } = map.getContainer();
		return p.x > 0 && p.x < w && p.y > 0 && p.y < h;
	});
	expect(onScreen).toBe(true);
	expect(await renderedIds(page, ['facilities-circle'])).toContain('whu-cyber-school');
	// a coarse position is flown to as the whole area it may lie in
	await openAtlas(page, '/?sel=boe-wuhan');
	await waitForIdle(page);
	expect(await renderedIds(page, ['approx-fill'])).toContain('display-panel-cluster');
});

test('switching tabs replaces the history entry', async ({ page }) => {
	await openAtlas(page);
	const before = await page.evaluate(() => history.length);
	for (const tab of ['filters', 'results', 'stats', 'layers']) {
		await page.getByTestId(`tab-${tab}`).click();
	}
	await page.getByTestId('tab-analyze').click();
	await expect(page).toHaveURL(/panel=analyze/);
	expect(await page.evaluate(() => history.length)).toBe(before);
});

test('a fifth pinned site is refused with a message; none is dropped', async ({ page }) => {
	const four = [
		'boe-wuhan',
		'skyworth-mini-led-park',
		'jiangfeng-wuhan-phase-1',
		'whu-cyber-school'
	];
	await openAtlas(page, `/?cmp=${four.join(',')}&sel=wuhan-tianhe-airport`);
	await expect(page.getByTestId('compare').locator('thead th')).toHaveCount(5);
	await page.getByTestId('compare-toggle').click();
	await expect(page.getByTestId('compare-notice')).toContainText('最多可对比 4 个');
	await expect(page).toHaveURL(new RegExp(`cmp=${four.join(',')}(&|$)`));
	await expect(page.getByTestId('compare').locator('thead th')).toHaveCount(5);
	await expect(page.getByTestId('compare').locator('thead')).not.toContainText('天河');
});

test('filtering keeps context and brings off-screen results into view', async ({ page }) => {
	await openAtlas(page, '/?c=114.0,30.6&z=15&panel=filters');
	// Nothing of the electronics chain is near this corner.
	await page.getByTestId('facet-chains-electronics').check();
	await page.waitForFunction(() => !window.__atlasMap!.isMoving());
	await waitForIdle(page);
	const shown = await rendered(page, DRAWN, 'chain');
	expect(shown.length).toBeGreaterThan(0);
	expect(new Set(shown)).toEqual(new Set(['electronics']));
	// "Zoom to results" fits them whenever asked.
	await page.evaluate(() => window.__atlasMap!.jumpTo({ center: [113.95, 30.8], zoom: 14 }));
	await waitForIdle(page);
	expect(await rendered(page, DRAWN, 'id')).toEqual([]);
	await page.getByTestId('zoom-results').click();
	await page.waitForFunction(() => !window.__atlasMap!.isMoving());
	await waitForIdle(page);
	expect(await renderedIds(page, DRAWN)).toContain('display-panel-cluster');
});

test('planners share measurements, ticked areas and the near origin and radius', async ({
	page,
	browser
}) => {
	await openAtlas(page, '/?panel=measure&c=114.14,30.65&z=12');
	await drawLine(page, [114.115, 30.65], [114.165, 30.65]);
	const total = await page.getByTestId('measure-total').first().innerText();
	await expect(page).toHaveURL(/[?&]m=L/);

	await page.getByTestId('tab-analyze').click();
	const zd = page.getByTestId('zone-distance');
	await zd.getByTestId('area-zone:bonded-zone-central-area').check();
	await zd.getByTestId('area-zone:zoumaling-logistics-cluster').check();
	await page.getByTestId('near-radius').fill('5');
	// Ticked areas survive a tab switch.
	await page.getByTestId('tab-layers').click();
	await page.getByTestId('tab-analyze').click();
	await expect(zd.getByTestId('area-zone:zoumaling-logistics-cluster')).toBeChecked();
	const result = await zd.getByTestId('zone-result').innerText();
	await expect(page).toHaveURL(/zd=zone:bonded-zone-central-area,zone:zoumaling-logistics-cluster/);
	await expect(page).toHaveURL(/[?&]r=5(&|$)/);

	await page.getByTestId('share').click();
	const shared = await page.getByTestId('share-url').inputValue();
	const fresh = await openFresh(browser, shared);
	const other = fresh.page;
	await expect(other.getByTestId('zone-distance').getByTestId('zone-result')).toHaveText(result);
	await expect(other.getByTestId('near-radius')).toHaveValue('5');
	await other.getByTestId('tab-measure').click();
	await expect(other.getByTestId('measure-total').first()).toHaveText(total);
	await waitForIdle(other);
	const labels = await other.evaluate(() =>
		window
			.__atlasMap!.queryRenderedFeatures({ layers: ['analysis-label'] })
			.map((f) => String(f.properties.label))
	);
	expect(labels.some((l) => l.includes('km'))).toBe(true);
	await fresh.close();
});

test('a picked "what\'s near" point comes back from the link', async ({ page }) => {
	await openAtlas(page, '/?panel=analyze&near=114.14,30.65&r=1&nn=3');
	await expect(page.getByTestId('near')).toContainText('114.14000');
	await expect(page.getByTestId('near-list').locator('li')).toHaveCount(3);
	await expect(page.getByTestId('near-count')).toHaveValue('3');
});

test('a link with a long unknown parameter still shares: the parameter is dropped, the QR code drawn', async ({
	page
}) => {
	const { errors } = watchPage(page);
	await openAtlas(page, `/?sel=boe-wuhan&utm=${'a'.repeat(2400)}&chain=${'x'.repeat(3000)}`);
	await page.getByTestId('share').click();
	await expect(page.getByTestId('share-dialog')).toBeVisible();
	const shared = await page.getByTestId('share-url').inputValue();
	expect(shared).toMatch(/sel=boe-wuhan/);
	expect(shared).not.toMatch(/utm=|chain=/);
	await expect(page.getByTestId('share-qr')).toBeVisible();
	expect(errors).toEqual([]);
});
