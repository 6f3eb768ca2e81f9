/**
 * What a new user hits: statistics that do not mislead, unknown paths, search
 * that does not pad real matches, and the keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, waitForIdle } from './helpers';

const search = (page: Page) => page.getByRole('combobox', { name: /搜索|Search/ });
const options = (page: Page) => page.getByRole('listbox').getByRole('option');

test('statistics bars are proportional on one scale, and a bar applies both its dimensions', async ({
	page
}) => {
	await openAtlas(page, '/?panel=stats');
	const bars = page
		.getByTestId('stats')
		.locator('[data-testid^="bar-"]:not([data-testid^="bar-status"])');
	const measured = await bars.evaluateAll((els) =>
		els.map((el) => ({
			id: el.getAttribute('data-testid'),
			value: Number(el.getAttribute('data-value')),
			width: el.getBoundingClientRect().width
		}))
	);
	expect(measured.length).toBeGreaterThan(5);
	const values = new Set(measured.map((m) => m.value));
	expect(values.size).toBeGreaterThan(2); // 1, 3, 7 … are all there
	const unit = measured[0]!.width / measured[0]!.value;
	for (const m of measured) {
		// Every segment is its value times one unit (to a pixel), whatever its row.
		expect(Math.abs(m.width - m.value * unit), `${m.id}`).toBeLessThan(1);
	}
	// Status bars: their own chart, their own single scale.
	const status = await page
		.getByTestId('stats')
		.locator('[data-testid^="bar-status-"]')
		.evaluateAll((els) =>
			els.map((el) => el.getBoundingClientRect().width / Number(el.getAttribute('data-value')))
		);
	for (const u of status) expect(Math.abs(u - status[0]!)).toBeLessThan(0.5);

	// "Outside the areas · logistics: 3" lists exactly those 3, on the list and on the map.
	const bar = page.getByTestId('bar-_none-logistics');
	const n = Number(await bar.getAttribute('data-value'));
	await bar.click();
	await expect(page).toHaveURL(/chain=logistics/);
	await expect(page).toHaveURL(/area=_none/);
	const rows = page.getByTestId('results').locator('li button');
	await expect(rows).toHaveCount(n);
	const listed = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
	await waitForIdle(page);
	// pins are listed; an area (coarse positions) is drawn because a listed site lies in it
	const shown = await page.evaluate(() =>
		window
			.__atlasMap!.queryRenderedFeatures({ layers: ['facilities-circle', 'approx-fill'] })
			.map((f) => ({ id: String(f.properties.id), members: f.properties.members as string }))
			// the areas of context (a terminal, a landmark) stay whatever the filter
			.filter(
				(f) => !['wujiashan-rail-terminal', 'jinyin-lake', 'jinyin-lake-ring-road'].includes(f.id)
			)
	);
	expect(shown.length).toBeGreaterThan(0);
	for (const { id, members } of shown) {
		if (members)
			expect(
				listed.some((l) => members.includes(`|${l}|`)),
				id
			).toBe(true);
		else expect(listed).toContain(id);
	}
	// The keyboard reaches a bar too.
	await page.getByTestId('tab-stats').click();
	await page.getByTestId('bar-status-operating').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/status=operating/);
});

test('an unknown path is a 404 with the atlas error page and a link home', async ({ page }) => {
	for (const path of ['/foo', '/parks/boe']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByTestId('error-page')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有这个页面');
	}
	await page.getByRole('link', { name: '回到地图首页' }).click();
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	// In the language the user chose before.
	await page.getByTestId('lang-switch').click();
	const response = await page.goto('/foo');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no such page');
	await expect(page.getByRole('link', { name: 'Back to the atlas' })).toBeVisible();
});

test('search does not pad or outrank real matches with noise', async ({ page }) => {
	await openAtlas(page);
	await search(page).fill('jingdongfang');
	await expect(options(page)).toHaveCount(1);
	await expect(options(page).first()).toHaveAttribute('data-id', 'boe-wuhan');
	await search(page).fill('JD');
	await expect(options(page).first()).toHaveAttribute(
		'data-id',
		'jd-central-china-ecommerce-park-2'
	);
	const jd = await options(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
	expect(jd.length).toBeLessThanOrEqual(2);
	expect(jd.join(' ')).not.toMatch(/tcl/);
	// "Did you mean" only above a similarity threshold, and Enter takes it.
	await search(page).fill('qwzxv');
	await expect(page.getByTestId('search-empty')).toBeVisible();
	await expect(page.getByTestId('search-suggestion')).toHaveCount(0);
	await search(page).fill('tlc');
	const suggestions = page.getByTestId('search-suggestion');
	await expect(suggestions.first()).toBeVisible();
	for (const id of await suggestions.evaluateAll((els) =>
		els.map((e) => e.getAttribute('data-id'))
	))
		expect(id).toMatch(/tcl/);
	await search(page).press('Enter');
	await expect(page.getByTestId('detail').locator('h2')).toContainText('TCL');
});

test('a key typed after a pause is searched at once; keys typed quickly after it wait for the pause', async ({
	page
}) => {
	await openAtlas(page);
	// the page's timers stop: only what runs without waiting for the pause can answer
	await page.clock.install();
	await page.clock.pauseAt(new Date('2030-01-01T00:00:00Z'));
	await search(page).fill('京东');
	await expect(options(page).first()).toBeVisible();
	const first = await options(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
	expect(first.length).toBeGreaterThan(1);
	await search(page).fill('京东方');
	// still the answer to 京东 while the pause lasts
	await page.waitForTimeout(300);
	expect(
		await options(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
	).toEqual(first);
	await page.clock.runFor(200);
	await expect(options(page)).toHaveCount(1);
	await expect(options(page).first()).toHaveAttribute('data-id', 'boe-wuhan');
});

test('after a language switch the search box shows the chosen name in the new language', async ({
	page
}) => {
	await openAtlas(page);
	await search(page).fill('京东方');
	await search(page).press('Enter');
	await expect(search(page)).toHaveValue('武汉京东方光电科技有限公司');
	await page.getByTestId('lang-switch').click();
	await expect(search(page)).toHaveValue('Wuhan BOE Optoelectronics Technology Co., Ltd.');
});

test('Esc in the search box: closes the list, then clears, then closes the detail; focus returns', async ({
	page
}) => {
	await openAtlas(page);
	await search(page).fill('BOE');
	await search(page).press('Enter');
	await expect(page.getByTestId('detail')).toBeVisible();
	await search(page).press('ArrowDown'); // reopen the list
	await expect(page.getByRole('listbox')).toBeVisible();
	await search(page).press('Escape');
	await expect(page.getByRole('listbox')).toHaveCount(0);
	await expect(search(page)).not.toHaveValue('');
	await expect(page.getByTestId('detail')).toBeVisible();
	await search(page).press('Escape');
	await expect(search(page)).toHaveValue('');
	await expect(page.getByTestId('detail')).toBeVisible();
	await search(page).press('Escape');
	await expect(page.getByTestId('detail')).toHaveCount(0);
	await expect(search(page)).toBeFocused();

	// From a list row: closing the detail returns focus to the row.
	await page.getByTestId('tab-results').click();
	const row = page.getByTestId('results').locator('li button').first();
	await row.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('detail')).toBeVisible();
	await page.getByTestId('detail-close').click();
	await expect(page.getByTestId('detail')).toHaveCount(0);
	await expect(row).toBeFocused();
});

test('the first Tab stop is the skip link, and it leads to the search box', async ({ page }) => {
	await openAtlas(page);
	await page.keyboard.press('Tab');
	const skip = page.getByTestId('skip-link');
	await expect(skip).toBeFocused();
	await expect(skip).toHaveText('跳到搜索');
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(search(page)).toBeFocused();
});
