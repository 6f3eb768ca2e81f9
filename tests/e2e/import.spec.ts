import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, renderedIds, waitForIdle, watchPage } from './helpers';

const FIXTURES = 'tests/fixtures/import';
const USER_LAYERS = ['user-circle', 'user-fill'];

async function importFile(page: Page, file: string) {
	await page.getByTestId('import-open').click();
	const dialog = page.getByTestId('import-dialog');
	await expect(dialog).toBeVisible();
	await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/${file}`);
	await expect(dialog.getByTestId('import-info')).toContainText(file);
	// the user chooses GCJ-02 (also the suggestion) and sees how it moves the sites
	await dialog.getByRole('radio', { name: /GCJ-02/ }).check();
	await expect(dialog.getByTestId('import-shift')).toContainText(/GCJ-02.*3.*(m|km)/);
	const confirm = dialog.getByTestId('import-confirm');
	await expect(confirm).toBeEnabled();
	await confirm.click();
	await expect(dialog).toBeHidden({ timeout: 30_000 });
	await waitForIdle(page);
}

async function userSites(page: Page): Promise<string[]> {
	await waitForIdle(page);
	const ids = await renderedIds(page, USER_LAYERS);
	return [...new Set(ids.filter((id) => id.startsWith('u-')))].sort();
}

test('a GBK CSV and an xlsx of three GCJ-02 sites are imported, drawn, opened and kept over a reload', async ({
	page
}) => {
	test.setTimeout(120_000);
	const { errors, foreign } = watchPage(page);
	await openAtlas(page);

	await importFile(page, 'sites-gbk.csv');
	await expect.poll(() => userSites(page)).toHaveLength(3);
	await expect(page.getByTestId('my-data')).toContainText('sites-gbk');

	await importFile(page, 'sites-gcj.xlsx');
	await expect.poll(() => userSites(page)).toHaveLength(6);

	// reload: the layers come back from IndexedDB
	await openAtlas(page);
	const ids = await userSites(page);
	expect(ids).toHaveLength(6);

	// open the first site of the CSV: nearest park and road times in the detail panel
	const csvLayer = ids[0]!.replace(/-\d+$/, '');
	const whu = ids.find((id) => id === `${csvLayer}-2`)!;
	await openAtlas(page, `/?sel=${whu}`);
	const detail = page.getByTestId('detail');
	await expect(detail).toContainText('武汉大学国家网络安全学院');
	await expect(detail.getByTestId('nearest-park')).toContainText('国家网络安全人才与创新基地');
	const road = detail.getByTestId('access-road').first();
	await expect(road).toContainText(/\d/);
	await expect(road).toContainText(/min|分钟/);

	expect(errors).toEqual([]);
	expect(foreign).toEqual([]);
});

test('a bad file is refused with its reason and the dialog closes with Escape', async ({
	page
}) => {
	await openAtlas(page);
	await page.getByTestId('import-open').click();
	const dialog = page.getByTestId('import-dialog');
	await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/zip-not-xlsx.xlsx`);
	await expect(dialog.getByTestId('import-refused')).toHaveAttribute('data-code', 'zipNotXlsx');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByTestId('import-open')).toBeFocused();
});

test('the dialog with its options and row errors passes axe (WCAG A/AA)', async ({ page }) => {
	await openAtlas(page);
	await page.getByTestId('import-open').click();
	await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/swapped.csv`);
	const dialog = page.getByTestId('import-dialog');
	await expect(dialog.getByTestId('import-swapped')).toBeVisible();
	await expect(dialog.getByTestId('import-problem')).toHaveCount(3);
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.include('[data-testid="import-dialog"]')
		.analyze();
	expect(
		result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
	// swapping them back makes all three importable
	await dialog.getByRole('checkbox').check();
	await expect(dialog.getByTestId('import-problem')).toHaveCount(0);
	await expect(dialog.getByTestId('import-confirm')).toContainText('3');
});

test('KML points and a GeoJSON polygon are imported in WGS-84 and drawn', async ({ page }) => {
	await openAtlas(page);
	for (const file of ['sites.kml', 'sites.geojson']) {
		await page.getByTestId('import-open').click();
		const dialog = page.getByTestId('import-dialog');
		await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/${file}`);
		await expect(dialog.getByRole('radio', { name: /WGS-84/ })).toBeChecked();
		await dialog.getByTestId('import-confirm').click();
		await expect(dialog).toBeHidden({ timeout: 30_000 });
	}
	// 3 KML points, the GeoJSON point and its polygon (the line is reported, not imported)
	await expect.poll(() => userSites(page)).toHaveLength(5);
	await waitForIdle(page);
	const polygons = await renderedIds(page, ['user-fill']);
	expect(polygons.filter((id) => id.startsWith('u-'))).not.toHaveLength(0);
});

test('a 100,000-row file can be cancelled while it is read', async ({ page }) => {
	await openAtlas(page);
	await page.getByTestId('import-open').click();
	const lines = ['名称,lng,lat'];
	for (let i = 0; i < 100_000; i++) lines.push(`site ${i},114.1${i % 1000},30.6${i % 997}`);
	await page.getByTestId('import-file').setInputFiles({
		name: 'big.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(lines.join('\n'))
	});
	const cancel = page.getByTestId('import-cancel');
	await cancel.click();
	await expect(page.getByTestId('import-drop')).toBeVisible();
	await expect(page.getByTestId('import-info')).toHaveCount(0);
});

test('an address-only file is told it needs coordinates and imports nothing', async ({ page }) => {
	await openAtlas(page);
	await page.getByTestId('import-open').click();
	const dialog = page.getByTestId('import-dialog');
	await page.getByTestId('import-file').setInputFiles(`${FIXTURES}/address-only.csv`);
	await expect(dialog.getByTestId('import-refused')).toHaveAttribute(
		'data-code',
		'needsCoordinates'
	);
	await expect(dialog.getByTestId('import-lon')).toBeVisible();
	await expect(dialog.getByTestId('import-confirm')).toBeDisabled();
});
