/**
 * Travel by road in the built app: the access card's road times and routes,
 * A-to-B routes picked on the map, drive-time areas and the drive-time
 * filter, each drawn on the map and kept by a shared link.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, waitForIdle, watchPage } from './helpers';

/** Rendered features of some layers, as their `role`/`minutes` properties. */
async function rendered(page: Page, layers: string[]) {
	return page.evaluate((layers) => {
		const map = window.__atlasMap!;
		return map
			.queryRenderedFeatures({ layers: layers.filter((l) => map.getLayer(l)) })
			.map((f) => ({ role: f.properties.role, minutes: f.properties.minutes }));
	}, layers);
}

async function routeDrawn(page: Page) {
	await expect
		.poll(async () => (await rendered(page, ['route-line'])).length, { timeout: 20_000 })
		.toBeGreaterThan(0);
}

test('the Hanou park shows its road time to the rail terminal and draws the route, which a shared link keeps', async ({
	page,
	browser
}) => {
	const watch = watchPage(page);
	const worker: string[] = [];
	page.on('worker', (w) => worker.push(w.url()));
	await openAtlas(page, '/?sel=hanou-logistics-park');
	const rail = page.locator('[data-testid=access] tr[data-role=rail]');
	// "0–7 km · 1–15 分钟": a road figure, distance and time as ranges (both positions are estimates)
	await expect(rail.getByTestId('access-road')).toHaveText(/^0–\d+ km · \d+–\d+ 分钟$/);
	await expect(page.locator('[data-testid=access] tr[data-role=metro] th')).toContainText(
		'最近地铁站'
	);
	expect(worker.filter((u) => u.includes('routing'))).toEqual([]); // the routing worker starts on the first route asked for, not at load

	await rail.getByTestId('access-route').click();
	await routeDrawn(page);
	await expect(rail.getByTestId('access-route')).toHaveAttribute('aria-pressed', 'true');
	expect(worker.some((u) => u.includes('routing.worker'))).toBe(true);
	await expect(page).toHaveURL(/rt=hanou-logistics-park~wujiashan-rail-terminal/);
	expect(watch.foreign).toEqual([]);
	expect(watch.errors).toEqual([]);

	// the link, opened in a fresh browser context, draws the same route
	const fresh = await (await browser.newContext()).newPage();
	await openAtlas(fresh, new URL(page.url()).pathname + new URL(page.url()).search);
	await routeDrawn(fresh);
	await fresh.getByRole('tab', { name: '分析' }).click();
	await expect(fresh.getByTestId('route-from')).toHaveText('武汉汉欧国际物流园');
	await expect(fresh.getByTestId('route-figure')).toHaveText(/km · \d+(–\d+)? 分钟/);
	await fresh.context().close();
});

test('an A-to-B route between two points picked on the map is drawn, measured and in the URL', async ({
	page
}) => {
	const watch = watchPage(page);
	await openAtlas(page, '/?c=114.14,30.64&z=13&panel=analyze&lang=en');
	await page.getByTestId('route-pick-from').click();
	const box = (await page.getByTestId('map').boundingBox())!;
	// two points on the open map, right of the side panel
	await page.mouse.click(box.x + 600, box.y + 300);
	await expect(page.getByTestId('route-pick-to')).toHaveAttribute('aria-pressed', 'true');
	await page.mouse.click(box.x + 900, box.y + 550);
	await expect(page.getByTestId('route-figure')).toHaveText(/^[\d.]+ k?m · \d+ min$/, {
		timeout: 20_000
	});
	await routeDrawn(page);
	const ends = await rendered(page, ['route-end']);
	expect(ends.filter((f) => f.role === 'route-end')).toHaveLength(2);
	await expect(page).toHaveURL(/rt=114\.\d+,30\.\d+~114\.\d+,30\.\d+/);
	await page.getByTestId('route-clear').click();
	await waitForIdle(page);
	await expect.poll(async () => (await rendered(page, ['route-line'])).length).toBe(0);
	await expect(page).not.toHaveURL(/rt=/);
	expect(watch.errors).toEqual([]);
});

test('drive-time areas from a site are drawn as nested bands and list the sites inside them', async ({
	page
}) => {
	await openAtlas(page, '/?sel=hanou-logistics-park&lang=en');
	await page.getByTestId('iso-from-here').click();
	await expect(page.getByTestId('isochrone')).toBeVisible();
	const bands = page.getByTestId('iso-band');
	await expect(bands).toHaveCount(5, { timeout: 20_000 });
	// the rail terminal next door is within 5 minutes; the park itself is not listed
	const first = page.getByTestId('iso-result').locator('ul').first();
	await expect(first).toContainText('Wujiashan');
	await expect(page.getByTestId('iso-result')).not.toContainText('Hanou International');
	await waitForIdle(page);
	const fills = await rendered(page, ['isochrone-fill']);
	expect(new Set(fills.map((f) => f.minutes))).toEqual(new Set([5, 10, 15, 20, 30]));
	await expect(page).toHaveURL(/iso=hanou-logistics-park/);
});

test('"within N min by road of the rail terminal" filters the list and the map alike', async ({
	page
}) => {
	await openAtlas(page, '/?panel=filters');
	const atlas = await page.evaluate(() => fetch('/data/atlas.json').then((r) => r.json()));
	const within = (atlas.entities as { id: string; road?: Record<string, { s: number }> }[]).filter(
		(e) => (e.road?.rail?.s ?? Infinity) <= 10 * 60
	);
	expect(within.length).toBeGreaterThan(2);
	expect(within.length).toBeLessThan(atlas.entities.length);
	await page.getByTestId('reach-role').selectOption('rail');
	await page.getByTestId('reach-minutes').selectOption('10');
	await expect(page.getByTestId('match-count')).toHaveText(String(within.length));
	await expect(page).toHaveURL(/reach=rail:10/);
	await waitForIdle(page);
	const onMap = await page.evaluate(() => {
		const map = window.__atlasMap!;
		map.jumpTo({ center: [114.13, 30.66], zoom: 9 });
		return new Promise<number[]>((resolve) =>
			map.once('idle', () =>
				resolve(
					map
						.queryRenderedFeatures({
							layers: ['facilities-circle'].filter((l) => map.getLayer(l))
						})
						.map((f) => Number(f.properties.road_rail))
				)
			)
		);
	});
	expect(onMap.length).toBeGreaterThan(0);
	expect(onMap.every((s) => s <= 600)).toBe(true);
	// (hubs and landmarks stay on the map as context whatever the filter)
	// combined with a facet: the count is the intersection
	await page.getByTestId('facet-kinds-park').check();
	const parks = within.filter(
		(e) => atlas.entities.find((x: { id: string }) => x.id === e.id).kind === 'park'
	);
	await expect(page.getByTestId('match-count')).toHaveText(String(parks.length));
});
