import { expect, test } from '@playwright/test';
import {
	INSTALL_HINT,
	cjkGlyphRenders,
	openAtlas,
	renderedIds,
	screenPointOf,
	waitForIdle,
	watchPage
} from './helpers';

test.beforeAll(async ({ browser }) => {
	const page = await browser.newPage();
	await page.setContent('<p>京</p>');
	const ok = await cjkGlyphRenders(page);
	await page.close();
	if (!ok) throw new Error(INSTALL_HINT);
});

test('the zone map loads offline with every data layer drawn', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page);

	const layerGroups: Record<string, string[]> = {
		boundaries: ['boundaries-fill'],
		water: ['water-fill', 'water-line'],
		metro: ['metro-line'],
		zones: ['zones-fill'],
		parks: ['parks-fill'],
		hubs: ['hubs-circle'],
		facilities: ['facilities-circle']
	};
	for (const [group, layers] of Object.entries(layerGroups)) {
		const ids = await renderedIds(page, layers);
		expect(ids.length, `rendered features of layer ${group}`).toBeGreaterThan(0);
	}
	// The first view fits the zone: its whole boundary is on screen.
	const fits = await page.evaluate(() => {
		const map = window.__atlasMap!;
		const b = map.getBounds();
		const f = map.queryRenderedFeatures({ layers: ['boundaries-fill'] });
		return f.some((x) => x.properties.role === 'zone') && b.getWest() < b.getEast();
	});
	expect(fits).toBe(true);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await page.screenshot({ path: 'tests/screenshots/desktop.png' });

	expect(watch.errors, 'console errors').toEqual([]);
	expect(watch.foreign, 'requests beyond the origin').toEqual([]);
});

test('clicking a facility opens its popup with its name', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page);
	const target = await page.evaluate(() => {
		const map = window.__atlasMap!;
		const f = map.queryRenderedFeatures({ layers: ['facilities-circle'] })[0]!;
		return {
			id: String(f.properties.id),
			name: String(f.properties.name_zh),
			lngLat: (f.geometry as GeoJSON.Point).coordinates as [number, number]
		};
	});
	// Zoom in on it so neighbours in its cluster do not overlap its marker.
	await page.evaluate((c) => window.__atlasMap!.jumpTo({ center: c, zoom: 16 }), target.lngLat);
	await waitForIdle(page);
	const at = await screenPointOf(page, 'facilities-circle', target.id);
	expect(at).not.toBeNull();
	await page.mouse.click(at!.x, at!.y);
	const popup = page.getByTestId('popup');
	await expect(popup).toBeVisible();
	await expect(popup.locator('h2')).toHaveText(target.name);
	await page.screenshot({ path: 'tests/screenshots/popup.png' });

	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('a legend toggle hides and shows its layer', async ({ page }) => {
	await openAtlas(page);
	expect((await renderedIds(page, ['facilities-circle'])).length).toBeGreaterThan(0);
	await page.getByTestId('toggle-facilities').click();
	await waitForIdle(page);
	const visibility = await page.evaluate(() =>
		window.__atlasMap!.getLayoutProperty('facilities-circle', 'visibility')
	);
	expect(visibility).toBe('none');
	expect(await renderedIds(page, ['facilities-circle'])).toEqual([]);
	await expect(page.getByTestId('toggle-facilities')).not.toBeChecked();

	await page.getByTestId('toggle-facilities').click();
	await waitForIdle(page);
	expect((await renderedIds(page, ['facilities-circle'])).length).toBeGreaterThan(0);
});

test('the language switch changes the UI and the map labels', async ({ page }) => {
	await openAtlas(page);
	await page.getByTestId('lang-switch').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('h1')).toHaveText('Linkonggang Atlas');
	await waitForIdle(page);
	const field = await page.evaluate(() =>
		window.__atlasMap!.getLayoutProperty('hubs-label', 'text-field')
	);
	// English first (the short map label, then the name); Chinese only where a feature has no English.
	expect(field).toEqual([
		'coalesce',
		['get', 'label_en'],
		['get', 'name_en'],
		['get', 'label_zh'],
		['get', 'name_zh']
	]);
	// It persists through storage: a fresh visit with no language in the URL opens in English.
	await page.goto('/');
	expect(page.url()).not.toMatch(/lang=/);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('h1')).toHaveText('Linkonggang Atlas');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('on a phone the map and the legend fit the screen', async ({ browser }) => {
	const page = await browser.newPage({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	const watch = watchPage(page);
	await openAtlas(page);
	expect((await renderedIds(page, ['facilities-circle'])).length).toBeGreaterThan(0);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth > window.innerWidth
	);
	expect(overflow).toBe(false);
	await page.screenshot({ path: 'tests/screenshots/phone.png' });
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
	await page.close();
});

test('an online basemap, when configured, is offered by the switcher with its attribution', async ({
	page
}) => {
	// playwright.config.ts sets PUBLIC_BASEMAP_STYLE_URL to a data: URL style.
	const watch = watchPage(page);
	await openAtlas(page);
	const select = page.getByTestId('basemap');
	await expect(select).toHaveValue('embedded');
	await select.selectOption('online');
	await page.waitForFunction(() => !!window.__atlasMap!.getLayer('online-background'));
	await waitForIdle(page);
	expect((await renderedIds(page, ['facilities-circle'])).length).toBeGreaterThan(0);
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Test Online Tiles');
	await expect(page).toHaveURL(/bm=online/);
	// and back to the built-in one
	await select.selectOption('embedded');
	await page.waitForFunction(() => !window.__atlasMap!.getLayer('online-background'));
	await waitForIdle(page);
	expect((await renderedIds(page, ['boundaries-fill'])).length).toBeGreaterThan(0);
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('when the data cannot load, the page says which file and why (never blank)', async ({
	page
}) => {
	await page.route('**/data/atlas.json', (route) => route.fulfill({ status: 500, body: 'boom' }));
	await page.goto('/');
	await expect(page.getByTestId('error-message')).toContainText('/data/atlas.json');
	await expect(page.getByTestId('error-message')).toContainText('500');
	await expect(page.getByRole('link', { name: /重新加载|Reload/ })).toBeVisible();
});

test('the home button brings the whole zone back into view', async ({ page }) => {
	await openAtlas(page);
	const start = await page.evaluate(() => window.__atlasMap!.getZoom());
	await page.evaluate(() => window.__atlasMap!.jumpTo({ center: [114.0, 30.6], zoom: 15 }));
	await waitForIdle(page);
	await page.getByRole('button', { name: '显示全区' }).click();
	await page.waitForFunction(() => !window.__atlasMap!.isMoving());
	await waitForIdle(page);
	expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeCloseTo(start, 1);
});

test('an entity off-screen and on a hidden layer still gets its selected state', async ({
	page
}) => {
	// WHU's school is far off-screen and the facilities layer is hidden: none of its tiles are loaded.
	await openAtlas(
		page,
		'/?sel=whu-cyber-school&c=113.95,30.78&z=14&lyr=boundaries,water,metro,zones,hubs'
	);
	const state = await page.evaluate(() =>
		window.__atlasMap!.getFeatureState({ source: 'atlas-facilities', id: 'whu-cyber-school' })
	);
	expect(state.selected).toBe(true);
	// Shown and brought into view, it is drawn selected.
	await page.getByTestId('toggle-facilities').check();
	await page.evaluate(() => window.__atlasMap!.jumpTo({ center: [114.1329, 30.6751], zoom: 14 }));
	await waitForIdle(page);
	const drawn = await page.evaluate(() =>
		window
			.__atlasMap!.queryRenderedFeatures({ layers: ['facilities-circle'] })
			.filter((f) => f.properties.id === 'whu-cyber-school')
			.map((f) => f.state.selected)
	);
	expect(drawn).toEqual([true]);
	// Deselecting clears it wherever it is.
	await page.getByTestId('detail-close').click();
	const after = await page.evaluate(() =>
		window.__atlasMap!.getFeatureState({ source: 'atlas-facilities', id: 'whu-cyber-school' })
	);
	expect(after.selected).toBe(false);
	// A coarse position's selected state goes to the area it is drawn as, even off-screen.
	await openAtlas(
		page,
		'/?sel=boe-wuhan&c=113.95,30.78&z=14&lyr=boundaries,water,metro,zones,hubs'
	);
	const area = await page.evaluate(() =>
		window.__atlasMap!.getFeatureState({ source: 'atlas-approx', id: 'display-panel-cluster' })
	);
	expect(area.selected).toBe(true);
});
