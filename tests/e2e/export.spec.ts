import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { openAtlas, watchPage } from './helpers';

test('exports the shown features as CSV that Excel reads: BOM, numbers, Chinese, ids and coordinates', async ({
	page
}) => {
	const { errors } = watchPage(page);
	await openAtlas(page, '/?chain=electronics');
	await page.getByTestId('tab-results').click();
	// the List tab loads when first opened
	await expect(page.getByTestId('results').locator('li').first()).toBeVisible();
	const shown = await page.getByTestId('results').locator('li').count();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-csv').click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.csv$/);
	const bytes = await readFile((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = bytes.subarray(3).toString('utf8');
	const rows = Papa.parse<string[]>(text.trim()).data;
	const head = rows[0]!;
	for (const c of ['id', 'name_zh', 'lon', 'lat', 'accuracy_m', 'position_method']) {
		expect(head).toContain(c);
	}
	expect(rows.length - 1).toBe(shown);
	const boe = rows.find((r) => r[0] === 'boe-wuhan')!;
	expect(boe[head.indexOf('name_zh')]).toMatch(/京东方/);
	// numbers are written bare (no quotes), so a spreadsheet reads them as numbers
	expect(text).toMatch(/,114\.\d+,30\.\d+,/);
	expect(Number(boe[head.indexOf('accuracy_m')])).toBeGreaterThan(0);
	expect(head.some((h) => /_straight_m$/.test(h))).toBe(true);
	expect(errors).toEqual([]);
});

test('exports GeoJSON and KML of the filtered features, and the map as a captioned PNG', async ({
	page
}) => {
	await openAtlas(page, '/?chain=electronics');
	await page.getByTestId('tab-results').click();
	const [geo] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-geojson').click()
	]);
	const fc = JSON.parse(await readFile((await geo.path())!, 'utf8'));
	expect(fc.type).toBe('FeatureCollection');
	expect(fc.features.length).toBeGreaterThan(0);
	expect(
		fc.features.every(
			(f: { properties: { chain: string } }) => f.properties.chain === 'electronics'
		)
	).toBe(true);

	const [kml] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-kml').click()
	]);
	const kmlText = await readFile((await kml.path())!, 'utf8');
	expect(kmlText).toContain('<kml');
	expect(kmlText).toMatch(/<name>[^<]*京东方/);

	const size = await page.getByTestId('map').boundingBox();
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('export-png').click()
	]);
	const img = await readFile((await png.path())!);
	expect([...img.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
	// title band and legend/attribution footer around the map
	const height = img.readUInt32BE(20);
	expect(height).toBeGreaterThan(size!.height + 80);
});

test('the site report shows the map, facts, provenance, road access and nearest, prints and saves a PDF', async ({
	page
}) => {
	const { errors } = watchPage(page);
	await openAtlas(page, '/?sel=boe-wuhan');
	await page.getByTestId('report-open').click();
	const report = page.getByTestId('site-report');
	await expect(report).toBeVisible();
	const map = report.getByTestId('report-map');
	await expect(map).toBeVisible({ timeout: 20_000 });
	expect(await map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
	await expect(report.getByTestId('report-site')).toContainText('京东方');
	await expect(report.getByTestId('report-access').locator('tbody tr')).not.toHaveCount(0);
	await expect(report.getByTestId('report-nearest').locator('li')).toHaveCount(5);

	// on paper: the report alone, with its map
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('map')).toBeHidden();
	await expect(map).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
	await page.emulateMedia({ media: 'screen' });

	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 30_000 }),
		report.getByTestId('report-pdf').click()
	]);
	const bytes = await readFile((await download.path())!);
	expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
	expect(bytes.length).toBeGreaterThan(50_000);
	expect(errors).toEqual([]);
});
