/**
 * The data-quality view (issue #11, item 3): every feature with how its
 * position was found, worst first, counts by method, a chain filter, and a
 * search on Amap and Baidu for each, in a new tab.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { AtlasIndex } from '../../src/lib/data/atlas';
import { openAtlas, watchPage } from './helpers';

const index = JSON.parse(readFileSync('static/data/atlas.json', 'utf8')) as AtlasIndex;
const count = (m: string) => index.entities.filter((e) => e.position.method === m).length;

test('the data-quality view lists every feature worst first, by method and chain', async ({
	page,
	browser
}) => {
	const watch = watchPage(page);
	await openAtlas(page, '/?lang=zh&panel=stats');
	await page.getByTestId('quality-open').click();
	await expect(page).toHaveURL(/panel=quality/);
	const view = page.getByTestId('quality');
	await expect(view.getByTestId('quality-counts')).toHaveText(
		`有来源坐标 ${count('sourced')} · 推算 ${count('derived')} · 估计 ${count('estimated')} · 按所在片区估计 ${count('cluster')}`
	);
	const rows = view.getByTestId('quality-rows').locator('li');
	await expect(rows).toHaveCount(index.entities.length);
	const accuracies = await rows.evaluateAll((els) =>
		els.map((e) => Number(e.getAttribute('data-accuracy')))
	);
	expect(accuracies).toEqual([...accuracies].sort((a, b) => b - a));
	expect(accuracies[0]).toBeGreaterThan(accuracies.at(-1)!);

	// one chain
	await view.getByTestId('quality-chain').selectOption('manufacturing');
	const manufacturing = index.entities.filter((e) => e.chain === 'manufacturing');
	await expect(rows).toHaveCount(manufacturing.length);
	await expect(view.getByTestId('quality-counts')).toContainText(
		`按所在片区估计 ${manufacturing.filter((e) => e.position.method === 'cluster').length}`
	);

	// look a site up on the providers' maps, in a new tab
	const row = view.locator('li[data-id="tcl-ac-wuhan-park"]');
	const amap = row.getByTestId('find-amap');
	await expect(amap).toHaveAttribute('target', '_blank');
	await expect(amap).toHaveAttribute('rel', /noopener/);
	const href = await amap.getAttribute('href');
	expect(decodeURIComponent(href!)).toBe(
		'https://www.amap.com/search?query=东西湖区 TCL空调武汉智能制造产业园'
	);
	expect(await row.getByTestId('find-baidu').getAttribute('href')).toMatch(
		/^https:\/\/map\.baidu\.com\/search\//
	);
	// a name opens the site
	await row.locator('button').click();
	await expect(page.getByTestId('detail').locator('h2')).toContainText('TCL');

	// and the view comes back from a link, in a fresh browser, in English
	const context = await browser.newContext();
	const other = await context.newPage();
	await openAtlas(other, '/?lang=en&panel=quality');
	await expect(other.getByTestId('quality')).toContainText('Data quality');
	await expect(other.getByTestId('tab-stats')).toHaveAttribute('aria-selected', 'true');
	await expect(other.getByTestId('quality-counts')).toContainText(
		`sourced coordinate ${count('sourced')} · `
	);
	await context.close();
	expect(watch.errors, 'console errors').toEqual([]);
});
