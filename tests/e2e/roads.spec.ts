/**
 * OpenStreetMap roads in the embedded basemap: drawn from the build's vector
 * tiles (same origin), by class, with the attribution, and the parts of the
 * district without road data marked as such.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, watchPage } from './helpers';

async function roadClasses(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const map = window.__atlasMap!;
		const layers = map
			.getStyle()
			.layers.filter((l) => l.id.startsWith('roads-') && !l.id.endsWith('-casing'))
			.map((l) => l.id);
		return [
			...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.class)))
		];
	});
}

test('roads are drawn at street zoom around the district seat, with the OpenStreetMap attribution', async ({
	page
}) => {
	const watch = watchPage(page);
	const tiles: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/data/roads/')) tiles.push(r.url());
	});
	await openAtlas(page, '/?c=114.1368,30.6248&z=15');
	const classes = await roadClasses(page);
	expect(classes).toContain('minor');
	expect(classes.length).toBeGreaterThan(2);
	expect(tiles.length).toBeGreaterThan(0);
	await page.locator('.maplibregl-ctrl-attrib-button').click();
	await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText(
		'© OpenStreetMap contributors'
	);
	expect(watch.foreign).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the whole-zone view draws the main roads only', async ({ page }) => {
	await openAtlas(page, '/');
	const classes = await roadClasses(page);
	expect(classes).toEqual(expect.arrayContaining(['motorway', 'trunk', 'primary']));
	expect(classes).not.toContain('minor');
});

test('where the network stops, the map says "no road data" instead of showing empty land', async ({
	page
}) => {
	await openAtlas(page, '/?c=113.95,30.70&z=12');
	const gaps = await page.evaluate(
		() => window.__atlasMap!.queryRenderedFeatures({ layers: ['road-gaps-fill'] }).length
	);
	expect(gaps).toBeGreaterThan(0);
	const labels = await page.evaluate(() =>
		window
			.__atlasMap!.queryRenderedFeatures({ layers: ['road-gaps-label'] })
			.map((f) => String(f.properties.name_zh))
	);
	expect(labels).toContain('无道路数据');
});
