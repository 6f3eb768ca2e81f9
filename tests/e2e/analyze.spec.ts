import { expect, test } from '@playwright/test';
import { drawLine, openAtlas, waitForIdle, watchPage } from './helpers';

test('the nearest list for BOE includes Jiangfeng, at a distance as uncertain as the cluster', async ({
	page
}) => {
	await openAtlas(page, '/?sel=boe-wuhan');
	const nearest = page.getByTestId('detail').getByTestId('nearest');
	const texts = await nearest.locator('li').allInnerTexts();
	const jf = texts.find((t) => t.includes('江丰'));
	expect(jf, texts.join(' | ')).toBeDefined();
	// Both share the ±3 km display-panel cluster's centre: 0–6 km, not "0 m", and no certain order.
	expect(jf).toMatch(/0–6 km/);
	await expect(page.getByTestId('detail').getByTestId('nearest-order')).toBeVisible();
});

test('a radius search lists what falls inside the geodesic circle', async ({ page }) => {
	await openAtlas(page, '/?sel=boe-wuhan&panel=analyze');
	const radius = page.getByTestId('near-radius');
	await radius.fill('1');
	await expect(page.getByTestId('near-within')).toContainText('江丰');
	await waitForIdle(page);
	const circles = await page.evaluate(
		() => window.__atlasMap!.queryRenderedFeatures({ layers: ['analysis-fill'] }).length
	);
	expect(circles).toBeGreaterThan(0);
});

test('drawing a line between two known points shows the right length', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '/?panel=measure&c=114.14,30.65&z=12');
	// Two points 0.05° of longitude apart at 30.65° N: 0.05 × 111.195 km × cos 30.65° = 4.783 km.
	const a: [number, number] = [114.115, 30.65];
	const b: [number, number] = [114.165, 30.65];
	await drawLine(page, a, b);
	const total = page.getByTestId('measure-total').first();
	await expect(total).toBeVisible();
	const km = Number((await total.innerText()).replace(/[^\d.]/g, ''));
	expect(Math.abs(km - 4.78)).toBeLessThan(0.06);
	// The total is also labelled on the map, and stays when another tab opens.
	await page.getByTestId('tab-layers').click();
	await waitForIdle(page);
	const labels = await page.evaluate(() =>
		window
			.__atlasMap!.queryRenderedFeatures({ layers: ['analysis-label'] })
			.map((f) => String(f.properties.label))
	);
	expect(labels.some((l) => l.includes('km'))).toBe(true);
	expect(watch.errors).toEqual([]);
});

test('the matrix of three areas is symmetric with zeros on the diagonal', async ({ page }) => {
	await openAtlas(page, '/?panel=analyze');
	const panel = page.getByTestId('zone-distance');
	await panel.getByTestId('area-zone:bonded-zone-central-area').check();
	await panel.getByTestId('area-zone:zoumaling-logistics-cluster').check();
	await expect(panel.getByTestId('zone-result')).toBeVisible();
	await panel.getByTestId('area-zone:electronics-manufacturing-area').check();
	const cells = await panel
		.getByTestId('zone-matrix')
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => Array.from(r.querySelectorAll('td')).map((td) => Number(td.textContent)))
		);
	expect(cells).toHaveLength(3);
	for (let i = 0; i < 3; i++) {
		expect(cells[i]![i]).toBe(0);
		for (let j = 0; j < 3; j++) expect(cells[i]![j]).toBe(cells[j]![i]);
	}
	expect(cells[0]![2]).toBeGreaterThan(1000);
});

test('the compare view survives a reload through its URL', async ({ page }) => {
	await openAtlas(page, '/?sel=boe-wuhan');
	await page.getByTestId('compare-toggle').click();
	await page.getByRole('combobox', { name: /搜索|Search/ }).fill('江丰 一期');
	await page.getByRole('combobox', { name: /搜索|Search/ }).press('Enter');
	await page.getByTestId('compare-toggle').click();
	await expect(page).toHaveURL(/cmp=boe-wuhan,jiangfeng-wuhan-phase-1/);
	const tray = page.getByTestId('compare');
	await expect(tray.locator('thead th')).toHaveCount(3);
	await expect(tray.locator('tr.differs').first()).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('compare').locator('thead th')).toHaveCount(3);
	await expect(page.getByTestId('compare')).toContainText('江丰');
});
