import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, waitForIdle, watchPage } from './helpers';

/** Writes one record into the atlas's IndexedDB store (idb-keyval's database and store). */
async function putRecord(page: Page, key: string, value: unknown) {
	await page.evaluate(
		([k, v]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('linkonggang-atlas');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('user', 'readwrite');
					tx.objectStore('user').put(v, k as string);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		[key, value] as const
	);
}

function site(n: number, point: [number, number]) {
	return {
		id: `u-t1-${n}`,
		name_zh: `测试地块${n}`,
		name_en: `Test plot ${n}`,
		aliases: [],
		kind: 'site',
		chain: null,
		status: 'planned',
		status_year: null,
		facts: [],
		relations: [],
		source: { sentence_zh: '', doc: 'import' },
		position: { method: 'sourced', source: `plots.csv row ${n + 1}`, accuracy_m: 50 },
		outside_zone: false,
		point,
		layers: ['facilities'],
		areas: [],
		district: null,
		search: { pinyin: `ceshidikuai${n}`, initials: `csdk${n}` },
		user: { layer: 't1', row: n + 1, props: { 地块: `测试地块${n}`, 面积: 10 * n } }
	};
}

const LAYER = {
	id: 't1',
	name: 'plots.csv',
	color: '#d6336c',
	visible: true,
	created: '2026-01-01T00:00:00.000Z',
	file: { name: 'plots.csv', format: 'csv', datum: 'GCJ-02', rows: 3 },
	entities: [site(1, [114.13, 30.64]), site(2, [114.16, 30.66]), site(3, [114.1, 30.7])],
	geometries: {},
	facets: []
};

const userCircles = (page: Page) =>
	page.evaluate(() => window.__atlasMap!.queryRenderedFeatures({ layers: ['user-circle'] }).length);

test('an imported layer is kept: drawn, renamed, recoloured, exported, deleted, across reloads', async ({
	page
}) => {
	const { errors } = watchPage(page);
	await openAtlas(page);
	await putRecord(page, 'layer:t1', LAYER);
	await page.reload();
	await openAtlas(page, page.url());
	await expect(page.getByTestId('user-layer-name')).toHaveText('plots.csv');
	expect(await userCircles(page)).toBe(3);

	// search finds an imported site by name
	await page.getByTestId('search').fill('测试地块2');
	const hit = page.locator('#atlas-search-list [role=option]').first();
	await expect(hit).toHaveAttribute('data-id', 'u-t1-2');
	await hit.dispatchEvent('mousedown');
	await expect(page.getByTestId('detail')).toContainText('测试地块2');
	// the detail of an imported site: where it came from and what is near it
	await expect(page.getByTestId('nearest').locator('li')).toHaveCount(5);
	await page.getByTestId('detail-close').click();

	const layer = page.getByTestId('user-layer');
	await layer.getByRole('button', { name: /重命名|Rename/ }).click();
	await page.getByTestId('user-layer-name-input').fill('候选地块');
	await page.getByTestId('user-layer-name-input').press('Enter');
	await page.getByTestId('user-layer-color').evaluate((el: HTMLInputElement) => {
		el.value = '#2b8a3e';
		el.dispatchEvent(new Event('change', { bubbles: true }));
	});

	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('user-layer-export').selectOption('csv')
	]);
	const bytes = await readFile((await csv.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = bytes.subarray(3).toString('utf8');
	expect(text.split('\r\n')[0]).toMatch(/^id,name_zh,name_en,.*lon,lat,.*accuracy_m/);
	expect(text).toContain('测试地块2');

	await page.reload();
	await openAtlas(page, page.url());
	await expect(page.getByTestId('user-layer-name')).toHaveText('候选地块');
	await expect(page.getByTestId('user-layer-color')).toHaveValue('#2b8a3e');
	const colour = await page.evaluate(
		() => window.__atlasMap!.queryRenderedFeatures({ layers: ['user-circle'] })[0]!.properties.color
	);
	expect(colour).toBe('#2b8a3e');

	page.once('dialog', (d) => d.accept());
	await page.getByTestId('user-layer-delete').click();
	await expect(page.getByTestId('user-layer')).toHaveCount(0);
	await waitForIdle(page);
	expect(await userCircles(page)).toBe(0);
	await page.reload();
	await openAtlas(page, page.url());
	await expect(page.getByTestId('user-layer')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('saved views and compare sets survive a reload, and a second tab sees them', async ({
	page,
	context
}) => {
	await openAtlas(page, '/?cmp=boe-wuhan,jiangfeng-wuhan-phase-1');
	const other = await context.newPage();
	await openAtlas(other);

	await page.getByTestId('view-name').fill('电子信息两家');
	await page.getByTestId('view-save').click();
	page.once('dialog', (d) => d.accept('两家对比'));
	await page.getByTestId('compare-save').click();
	await expect(page.getByTestId('saved-views')).toContainText('电子信息两家');
	await expect(page.getByTestId('compare-sets')).toContainText('两家对比 (2)');

	// the other tab hears of it without a reload
	await expect(other.getByTestId('saved-views')).toContainText('电子信息两家');
	await expect(other.getByTestId('compare-sets')).toContainText('两家对比');
	await expect(other.getByTestId('store-synced')).toBeVisible();

	// a fresh page restores the comparison from the set and the view from its link
	const fresh = await context.newPage();
	await openAtlas(fresh);
	await fresh.getByTestId('compare-set-open').click();
	await expect(fresh.getByTestId('compare')).toContainText('(2)');
	await fresh.getByTestId('saved-views').getByRole('link', { name: '电子信息两家' }).click();
	await expect(fresh).toHaveURL(/cmp=boe-wuhan%2Cjiangfeng-wuhan-phase-1|cmp=boe-wuhan,jiangfeng/);
});

test('a corrupted record is reported and the rest of the app goes on', async ({ page }) => {
	await openAtlas(page);
	await putRecord(page, 'layer:bad', { id: 'bad', name: 'x', color: 'red' });
	await page.reload();
	await openAtlas(page, page.url());
	await expect(page.getByTestId('store-problem')).toBeVisible();
	await expect(page.getByTestId('store-problem')).toContainText(/layer:bad/);
	await page.getByTestId('tab-results').click();
	await expect(page.getByTestId('results').locator('li')).not.toHaveCount(0);
});
