/**
 * Clean cartography (issue #10, item 4): the map's own controls speak the UI
 * language, the attribution says each sentence once, labels neither repeat
 * nor hide one another, stacked features can all be clicked, the measured
 * total is readable, the legend says what it counts, and zoom stops where the
 * data does. Provenance for users in words, the technical notes behind a toggle.
 */
import { expect, test } from '@playwright/test';
import { INSTALL_HINT, cjkGlyphRenders, openAtlas, watchPage } from './helpers';

test.beforeAll(async ({ browser }) => {
	const page = await browser.newPage();
	await page.setContent('<p>京</p>');
	const ok = await cjkGlyphRenders(page);
	await page.close();
	if (!ok) throw new Error(INSTALL_HINT);
});

test('map controls and the popup close button follow the UI language', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '/?lang=zh&sel=boe-wuhan');
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('title', '放大');
	await expect(page.locator('.maplibregl-ctrl-zoom-out')).toHaveAttribute('title', '缩小');
	await expect(page.locator('.maplibregl-ctrl-compass')).toHaveAttribute('title', /指北/);
	await expect(page.locator('.maplibregl-ctrl-attrib-button')).toHaveAttribute(
		'title',
		'显示或隐藏数据来源'
	);
	await expect(page.locator('.maplibregl-popup-close-button')).toHaveAttribute(
		'aria-label',
		'关闭弹窗'
	);

	// Switched: the controls and the open popup are in English, in the same corners and order.
	await page.getByTestId('lang-switch').click();
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('title', 'Zoom in');
	await expect(page.locator('.maplibregl-popup-close-button')).toHaveAttribute(
		'aria-label',
		'Close popup'
	);
	await expect(page.getByTestId('home')).toHaveAttribute('aria-label', 'Show the whole zone');
	const order = await page
		.locator('.maplibregl-ctrl-top-right > *')
		.evaluateAll((els) => els.map((e) => (e.querySelector('button') as HTMLElement).className));
	expect(order[0]).toContain('maplibregl-ctrl-zoom-in');
	expect(order[1]).toContain('atlas-home');
	await expect(page.locator('.maplibregl-ctrl-attrib')).toHaveCount(1);
	await expect(page.locator('.maplibregl-ctrl-scale')).toHaveCount(1);
	expect(watch.errors, 'console errors').toEqual([]);
});

test('the attribution says each sentence once', async ({ page }) => {
	await openAtlas(page, '/?lang=zh');
	await page.locator('.maplibregl-ctrl-attrib-button').click();
	const text = (await page.locator('.maplibregl-ctrl-attrib-inner').textContent()) ?? '';
	expect(text).toContain('OpenStreetMap');
	const sentences = text
		.split(/\s[|·]\s|(?<=\.)\s/)
		.map((s) => s.trim().replace(/\.$/, ''))
		.filter((s) => s.length > 20);
	// No sentence is said twice, whole or as the start of a longer one.
	for (const [i, s] of sentences.entries()) {
		const again = sentences.filter((o, j) => j !== i && o.startsWith(s));
		expect(again, `repeated: ${s}`).toEqual([]);
	}
	expect(
		text.match(/Compiled by the Linkonggang atlas contributors \(CC BY 4\.0\) from the article/g)
	).toHaveLength(1);
});

test('zoom stops at street level, where the data still means something', async ({ page }) => {
	await openAtlas(page);
	const zoom = await page.evaluate(() => {
		const map = window.__atlasMap!;
		map.jumpTo({ zoom: 21 });
		return { max: map.getMaxZoom(), now: map.getZoom() };
	});
	expect(zoom).toEqual({ max: 17, now: 17 });
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeDisabled();
});

test('position provenance is written for users; the technical record is behind a closed toggle', async ({
	page
}) => {
	await openAtlas(page, '/?lang=zh&sel=boe-wuhan');
	const provenance = page.getByTestId('provenance');
	await expect(provenance).toContainText('位置为估计，精度约 ±3 km');
	await expect(provenance).toContainText('按其所在的产业集群示意放置');
	// What a user sees in Chinese has no developer notes and no English.
	const visible = await provenance.evaluate((el) => (el as HTMLElement).innerText);
	expect(visible).not.toMatch(/cluster|reference|README|POI|places_wgs84/);
	expect(visible.replace(/技术细节/, '').replace(/\bk?m\b/g, '')).not.toMatch(/[A-Za-z]{2,}/);
	// The technical details are there, closed until asked for.
	const tech = page.getByTestId('tech-details');
	await expect(tech).toHaveJSProperty('open', false);
	await expect(tech.getByText(/^cluster: display-panel cluster/)).toBeHidden();
	await tech.getByText('技术细节').click();
	await expect(tech.getByText(/^cluster: display-panel cluster/)).toBeVisible();
	await expect(tech.locator('code')).toHaveText('cluster');

	// In English the same, in English words.
	await page.getByTestId('lang-switch').click();
	await expect(provenance).toContainText('Estimated position, accurate to about ±3 km');
	await expect(page.getByTestId('tech-details').locator('summary')).toHaveText('Technical details');
});

test('a sourced position says so; its map-point id is only in the technical details', async ({
	page
}) => {
	await openAtlas(page, '/?lang=zh&sel=whu-cyber-school');
	const provenance = page.getByTestId('provenance');
	await expect(provenance).toContainText('位置有公开来源，精度约 ±300 m');
	await expect(provenance.getByText(/Amap POI B0JRH7NL6S/)).toBeHidden();
	await expect(page.getByTestId('detail')).toContainText('出处');
});

test('the legend says what the metro number counts: lines and stations', async ({ page }) => {
	await openAtlas(page, '/?lang=zh');
	await expect(page.getByTestId('count-metro')).toHaveText(/^\d+ 条线路 · \d+ 座车站$/);
	await expect(page.getByTestId('count-facilities')).toHaveText(/^\d+$/);
	await page.getByTestId('lang-switch').click();
	await expect(page.getByTestId('count-metro')).toHaveText(/^\d+ lines · \d+ stations$/);
});
