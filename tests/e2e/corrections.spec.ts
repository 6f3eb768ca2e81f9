/**
 * Correcting a position in the app (issue #11, item 4): a coordinate pasted
 * in the detail panel becomes a correction whose WGS-84 value is gcoord's
 * conversion; pending corrections survive a reload; the downloaded
 * corrections.json applies cleanly to a copy of geodata/ with
 * `npm run geodata -- apply` (the CLI, run here against the copy).
 */
import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import distance from '@turf/distance';
import { expect, test } from '@playwright/test';
import gcoord from 'gcoord';
import type { FeatureCollection } from 'geojson';
import type { AtlasIndex } from '../../src/lib/data/atlas';
import { round6 } from '../../src/lib/geo/lonlat';
import { openAtlas, watchPage } from './helpers';

const index = JSON.parse(readFileSync('static/data/atlas.json', 'utf8')) as AtlasIndex;
const boe = index.entities.find((e) => e.id === 'boe-wuhan')!;

/** BOE's gate as Amap's coordinate picker shows it (GCJ-02, lon,lat). */
const GCJ02: [number, number] = [114.13821, 30.65819];
const converted = gcoord.transform(GCJ02, gcoord.GCJ02, gcoord.WGS84) as [number, number];
const WGS84: [number, number] = [round6(converted[0]), round6(converted[1])];

test('a GCJ-02 value pasted for BOE becomes a correction that applies to a copy of geodata/', async ({
	page
}) => {
	// the page, a reload, then the CLI on a copy of the whole of geodata/ (roads included)
	test.setTimeout(180_000);
	const watch = watchPage(page);
	await openAtlas(page, '/?lang=en&sel=boe-wuhan');
	const detail = page.getByTestId('detail');
	await detail.getByTestId('correct-open').click();
	await detail.getByTestId('correct-paste').fill(`${GCJ02[0]},${GCJ02[1]}`);
	// a bare web-map value is taken as GCJ-02, and the form says why
	await expect(detail.getByTestId('correct-datum')).toHaveValue('GCJ-02');
	await expect(detail.getByTestId('correct-reason')).toContainText('Suggested GCJ-02');
	await expect(detail.getByTestId('correct-wgs84')).toHaveText(`${WGS84[0]}, ${WGS84[1]}`);
	const moved = Math.round(distance(boe.point, WGS84, { units: 'meters' }));
	await expect(detail.getByTestId('correct-moved')).toHaveText(`Moves ${moved} m`);
	await expect(detail.getByTestId('correct-warning')).toHaveCount(0);
	// the proposed point is drawn on the map
	const drawn = await page.evaluate(() =>
		window.__atlasMap!.querySourceFeatures('analysis').filter((f) => f.geometry.type === 'Point')
	);
	expect(drawn.length).toBeGreaterThan(0);

	// nothing is added without a source and an accuracy
	await expect(detail.getByTestId('correct-add')).toBeDisabled();
	await detail.getByTestId('correct-accuracy').fill('150');
	await expect(detail.getByTestId('correct-missing')).toHaveText('Give a source URL or a note.');
	await detail.getByTestId('correct-url').fill('https://lbs.amap.com/tools/picker');
	await detail.getByTestId('correct-note').fill('main gate on 临空港大道');
	await detail.getByTestId('correct-add').click();
	await expect(detail.getByTestId('correct-form')).toHaveCount(0);
	const item = detail.getByTestId('correction-item');
	await expect(item).toHaveCount(1);

	// a reload keeps it
	await page.reload();
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(item).toHaveCount(1);
	await expect(item).toContainText(`${GCJ02[0]}, ${GCJ02[1]} (GCJ-02, ±150 m)`);

	const tmp = mkdtempSync(path.join(tmpdir(), 'corrections-e2e-'));
	try {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			detail.getByTestId('corrections-download').click()
		]);
		expect(download.suggestedFilename()).toBe('corrections.json');
		const file = path.join(tmp, 'corrections.json');
		await download.saveAs(file);
		const saved = JSON.parse(readFileSync(file, 'utf8'));
		expect(saved).toMatchObject({
			version: 1,
			corrections: [
				{
					id: 'boe-wuhan',
					datum: 'GCJ-02',
					coordinates: GCJ02,
					accuracy_m: 150,
					source: { url: 'https://lbs.amap.com/tools/picker', note: 'main gate on 临空港大道' }
				}
			]
		});

		const geodata = path.join(tmp, 'geodata');
		cpSync('geodata', geodata, { recursive: true });
		const { stdout } = await promisify(execFile)('npx', [
			'tsx',
			'scripts/geodata.ts',
			'apply',
			file,
			'--geodata',
			geodata
		]);
		expect(stdout).toContain(
			`boe-wuhan (features/electronics.geojson): ${boe.point.join(', ')} → ${WGS84.join(', ')} (moved ${moved} m; from GCJ-02 ${GCJ02.join(', ')}, ±150 m)`
		);
		expect(stdout).toMatch(/geodata: \d+ files, \d+ features, 0 errors/);
		const fc = JSON.parse(
			readFileSync(path.join(geodata, 'features/electronics.geojson'), 'utf8')
		) as FeatureCollection;
		const f = fc.features.find((x) => x.id === 'boe-wuhan')!;
		expect(f.geometry).toEqual({ type: 'Point', coordinates: WGS84 });
		expect(f.properties?.position).toMatchObject({
			method: 'sourced',
			accuracy_m: 150,
			original: { coordinates: GCJ02, datum: 'GCJ-02' }
		});
		expect(f.properties?.position.cluster).toBeUndefined();
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
	expect(watch.errors).toEqual([]);
	expect(watch.foreign).toEqual([]);
});

test('a point picked on the map is WGS-84; a value across the Han is flagged', async ({ page }) => {
	await openAtlas(page, '/?lang=en&sel=boe-wuhan');
	const detail = page.getByTestId('detail');
	await detail.getByTestId('correct-open').click();
	await detail.getByTestId('correct-pick').click();
	await expect(detail.getByTestId('correct-pick')).toHaveAttribute('aria-pressed', 'true');
	const box = (await page.getByTestId('map').boundingBox())!;
	await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.5);
	await expect(detail.getByTestId('correct-datum')).toHaveValue('WGS-84');
	await expect(detail.getByTestId('correct-reason')).toHaveText('Picked on this map (WGS-84).');
	await expect(detail.getByTestId('correct-paste')).toHaveValue(/^\d+\.\d+, \d+\.\d+$/);
	// Hanyang, south of the Han, as a Baidu value (lat,lon order, as Baidu writes it)
	await detail.getByTestId('correct-paste').fill('百度 30.5650, 114.2100');
	await expect(detail.getByTestId('correct-datum')).toHaveValue('BD-09');
	await expect(detail.getByTestId('correct-reason')).toContainText('Read as latitude, longitude');
	const warnings = detail.getByTestId('correct-warning');
	await expect(warnings).toContainText(['outside the district', 'across the Han River']);
	// the open form, its warnings and the pending list pass WCAG A/AA (axe-core)
	const axe = await new AxeBuilder({ page })
		.include('[data-testid="detail"]')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
