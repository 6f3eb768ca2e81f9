/**
 * A large layer is drawn from vector tiles cut at build time (issue 13): the
 * map never fetches the layer's GeoJSON, and what it draws, picks, highlights,
 * filters and labels is what the GeoJSON map does. The dataset is the repo's
 * own, built with GEODATA_TILE_FROM=1 so that its facilities count as large;
 * the page's /data/ requests (the map's worker included) are answered from that build.
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
		env: { ...process.env, GEODATA_OUT: dir, GEODATA_TILE_FROM: '1' },
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

/** Answers /data/ from the tiled build; returns the paths asked for. */
async function serveTiled(context: BrowserContext): Promise<string[]> {
	const asked: string[] = [];
	await context.route('**/data/**', (route) => {
		const rel = new URL(route.request().url()).pathname.replace(/^\/data\//, '');
		asked.push(rel);
		const file = path.join(dir, rel);
		if (!existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
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
