/**
 * A large dataset (issue 13). Its large layer is drawn from vector tiles cut
 * at build time: the map never fetches the layer's GeoJSON, and what it
 * draws, picks, highlights, filters and labels is what the GeoJSON map does.
 * Its details stay out of atlas.json and load when first shown: the detail
 * panel and the comparison say what they say of the small dataset. The
 * dataset is the repo's own, built with GEODATA_TILE_FROM=1 and
 * GEODATA_DETAILS_FROM=1 so that it counts as large; the page's /data/
 * requests (the map's worker included) are answered from that build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { openAtlas, renderedIds, screenPointOf, waitForIdle, watchPage } from './helpers';

let dir = '';

test.beforeAll(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'atlas-tiled-'));
	execFileSync(process.execPath, ['--import', 'tsx', 'scripts/geodata.ts', 'build'], {
		env: { ...process.env, GEODATA_OUT: dir, GEODATA_TILE_FROM: '1', GEODATA_DETAILS_FROM: '1' },
		stdio: 'ignore'
	});
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TYPES: Record<string, string> = {
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.pbf': 'application/x-protobuf',
	'.bin': 'application/octet-stream'
};

/** Answers /data/ from the large build (but for `missing`); returns the paths asked for. */
async function serveTiled(context: BrowserContext, missing: string[] = []): Promise<string[]> {
	const asked: string[] = [];
	await context.route('**/data/**', (route) => {
		const rel = new URL(route.request().url()).pathname.replace(/^\/data\//, '');
		asked.push(rel);
		const file = path.join(dir, rel);
		if (!existsSync(file) || missing.includes(rel))
			return route.fulfill({ status: 404, body: 'Not found' });
		return route.fulfill({
			status: 200,
			contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
			body: readFileSync(file)
		});
	});
	return asked;
}

const LAYERS = ['facilities-circle'];

test('a tiled layer draws, picks and filters what the GeoJSON layer does, and its GeoJSON is never fetched', async ({
	browser
}) => {
	const view = '/?lang=en&c=114.1,30.655&z=11.6';
	const plain = await browser.newPage();
	await openAtlas(plain, view);
	const expected = (await renderedIds(plain, LAYERS)).sort();
	await plain.close();
	expect(expected.length).toBeGreaterThanOrEqual(3);

	const context = await browser.newContext();
	const asked = await serveTiled(context);
	const page = await context.newPage();
	const watch = watchPage(page);
	await openAtlas(page, view);
	expect(
		JSON.parse(readFileSync(path.join(dir, 'atlas.json'), 'utf8')).layers.facilities.tiles
	).toBeTruthy();
	expect(await page.evaluate(() => window.__atlasMap!.getSource('atlas-facilities')!.type)).toBe(
		'vector'
	);
	expect(asked.some((p) => /^facilities\/\d+\/\d+\/\d+\.pbf$/.test(p))).toBe(true);
	expect(asked).not.toContain('facilities.geojson');
	expect((await renderedIds(page, LAYERS)).sort()).toEqual(expected);

	// picking and highlighting by entity id, through the tiles' source layer
	const id = 'whu-cyber-school';
	const at = await screenPointOf(page, 'facilities-circle', id);
	expect(at).not.toBeNull();
	await page.mouse.click(at!.x, at!.y);
	await expect(page.getByTestId('detail')).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`sel=${id}`));
	await waitForIdle(page);
	const state = await page.evaluate(
		(id) =>
			window.__atlasMap!.getFeatureState({
				source: 'atlas-facilities',
				sourceLayer: 'facilities',
				id
			}),
		id
	);
	expect(state.selected).toBe(true);

	// the filter reaches the tiled features (a shared link, opened afresh)
	await page.goto('/?lang=en&c=114.09,30.655&z=11&chain=logistics');
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true');
	await waitForIdle(page);
	expect(await renderedIds(page, LAYERS)).toEqual(['wuhan-airport-bonded-zone']);

	// names are in the tiles from the zoom labels draw at
	await page.goto('/?lang=en&c=114.1329,30.677&z=15');
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true');
	await waitForIdle(page);
	const labels = await page.evaluate(() =>
		window
			.__atlasMap!.queryRenderedFeatures({ layers: ['facilities-label'] })
			.map((f) => f.properties.name_en)
	);
	expect(labels).toContain('School of Cyber Science and Engineering, Wuhan University');
	expect(watch.errors).toEqual([]);
	await context.close();
});

test('tiles that come in are decoded for feature-state in an idle moment, not by the first hover or selection', async ({
	browser
}) => {
	const context = await browser.newContext();
	await serveTiled(context);
	const page = await context.newPage();
	await openAtlas(page, '/?lang=en&c=114.1,30.655&z=11.6');
	// MapLibre's own tiles (no public API): every loaded tile with data has its features decoded
	const decoded = () =>
		page.waitForFunction(
			() => {
				type Tile = { latestFeatureIndex?: { rawTileData?: unknown; vtLayers?: unknown } };
				const m = window.__atlasMap as unknown as {
					style: {
						tileManagers: Record<
							string,
							{ getIds(): string[]; getTileByID(id: string): Tile | undefined }
						>;
					};
				};
				const tiles = m.style.tileManagers['atlas-facilities']!;
				const withData = tiles
					.getIds()
					.map((id) => tiles.getTileByID(id)?.latestFeatureIndex)
					.filter((f) => f?.rawTileData);
				return withData.length > 0 && withData.every((f) => f!.vtLayers);
			},
			null,
			{ timeout: 10_000 }
		);
	await decoded();
	// a move brings new tiles: they are decoded once the map settles again
	await page.evaluate(() => window.__atlasMap!.jumpTo({ center: [114.13, 30.68], zoom: 14 }));
	await waitForIdle(page);
	await decoded();
	await context.close();
});

test("a large dataset loads a site's details when first shown: the panel and the comparison say what the small one does", async ({
	browser
}) => {
	const view = '/?lang=en&c=114.1,30.655&z=11';
	// each alone, so neither loads the details for the other
	const panel = { link: `${view}&sel=boe-wuhan`, testid: 'detail' };
	const tray = { link: `${view}&cmp=boe-wuhan,jiangfeng-wuhan-phase-1`, testid: 'compare' };
	const shown = async (context: BrowserContext, { link, testid }: typeof panel) => {
		const page = await context.newPage();
		const watch = watchPage(page);
		await openAtlas(page, link);
		const box = page.getByTestId(testid);
		await expect(box).toBeVisible();
		if (testid === 'compare') await expect(box.locator('tbody tr').first()).toBeVisible();
		await waitForIdle(page);
		const text = await box.innerText();
		expect(watch.errors).toEqual([]);
		await page.close();
		return text;
	};
	const small = await browser.newContext();
	const expected = [await shown(small, panel), await shown(small, tray)];
	await small.close();
	// what only the details hold is there: the source sentence, road distances
	expect(expected[0]).toMatch(/京东方/);
	expect(expected[1]).toMatch(/\d km/);

	const atlas = JSON.parse(readFileSync(path.join(dir, 'atlas.json'), 'utf8'));
	expect(atlas.details).toBeTruthy();
	// the entities themselves are in parts beside atlas.json (data/parts.ts)
	expect(atlas.entities).toEqual([]);
	const part = JSON.parse(readFileSync(path.join(dir, 'entities/0.json'), 'utf8'));
	expect(part.find((e: { id: string }) => e.id === 'boe-wuhan').source).toBeUndefined();

	for (const [i, what] of [panel, tray].entries()) {
		const context = await browser.newContext();
		const asked = await serveTiled(context);
		expect(await shown(context, what)).toEqual(expected[i]);
		expect(asked).toContain('details/0.json');
		await context.close();
	}
});

test('a details file that cannot be read is named where the panel would be, and the page goes on', async ({
	browser
}) => {
	const context = await browser.newContext();
	await serveTiled(context, ['details/0.json']);
	const page = await context.newPage();
	await openAtlas(page, '/?lang=en&sel=boe-wuhan');
	await expect(page.getByRole('alert').filter({ hasText: 'details/0.json' })).toContainText(
		'The details could not be loaded: /data/details/0.json: HTTP 404'
	);
	// the map and the other tools still work
	await page.getByTestId('tab-filters').click();
	await expect(page.getByTestId('facet-chains-logistics')).toBeVisible();
	await context.close();
});

test('an entity part that cannot be read is named in the error, and nothing half-loaded is shown', async ({
	browser
}) => {
	const context = await browser.newContext();
	const asked = await serveTiled(context, ['entities/0.json']);
	const page = await context.newPage();
	await page.goto('/?lang=en');
	await expect(page.locator('body')).toContainText('/data/entities/0.json: HTTP 404', {
		timeout: 20_000
	});
	expect(asked).toContain('atlas.json');
	await expect(page.getByTestId('map')).toHaveCount(0);
	await expect(page.locator('#boot')).toHaveCount(0);
	await context.close();
});
