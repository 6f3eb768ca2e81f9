import { expect, test, type Page } from '@playwright/test';
import { waitForIdle } from './helpers';

/** openAtlas with more time: these specs ran on a machine four sessions shared. */
async function openAtlas(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
	await waitForIdle(page);
}

/** Camera moves started and frames drawn while `move` runs and the map settles. */
async function framesOfMoves(page: Page, move: () => Promise<void>) {
	await page.evaluate(() => {
		const map = window.__atlasMap!;
		const w = window as unknown as { __camera: { starts: number; frames: number } };
		w.__camera = { starts: 0, frames: 0 };
		map.on('movestart', () => w.__camera.starts++);
		map.on('move', () => w.__camera.frames++);
	});
	await move();
	await page.waitForTimeout(3000);
	await waitForIdle(page);
	return page.evaluate(
		() => (window as unknown as { __camera: { starts: number; frames: number } }).__camera
	);
}

async function chooseFromSearch(page: Page, q: string) {
	const box = page.getByRole('combobox', { name: /搜索|Search/ });
	await box.fill(q);
	await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
	await box.press('Enter');
}

test('chains differ by shape on the map and in the legend, not by colour alone', async ({
	page
}) => {
	await openAtlas(page);
	await waitForIdle(page);
	const drawn = await page.evaluate(() => {
		const map = window.__atlasMap!;
		const chains = new Set(
			map
				.queryRenderedFeatures({ layers: ['facilities-symbol'] })
				.map((f) => String(f.properties.chain))
		);
		return [...chains].map((c) => [c, map.hasImage(`chain-symbol-${c}`)]);
	});
	expect(drawn.length).toBeGreaterThan(0);
	for (const [chain, hasImage] of drawn) expect(hasImage, String(chain)).toBe(true);

	await page.getByRole('tab', { name: /图层|Layers/ }).click();
	const shapes = await page
		.getByTestId('legend')
		.locator('.chains svg.chain-symbol')
		.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-shape')));
	expect(shapes).toHaveLength(5);
	expect(new Set(shapes).size).toBe(5);
});

test.describe.configure({ timeout: 240_000 });

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('flying to a search result is a jump', async ({ page }) => {
		await openAtlas(page);
		const cam = await framesOfMoves(page, () => chooseFromSearch(page, 'BOE'));
		// every move is one frame: a jump
		expect(cam.starts).toBeGreaterThan(0);
		expect(cam.frames).toBe(cam.starts);
		await expect(page.getByTestId('detail')).toBeVisible();
	});
});

test.describe('full motion', () => {
	test.use({ reducedMotion: 'no-preference' });
	test('flying to a search result is animated (the spy can tell)', async ({ page }) => {
		await openAtlas(page);
		const cam = await framesOfMoves(page, () => chooseFromSearch(page, 'BOE'));
		// under heavy CPU load a flight may draw only a few frames, but more than one per move
		expect(cam.frames).toBeGreaterThan(cam.starts);
	});
});

test('a high-contrast basemap is offered, drawn, and kept in a shared link', async ({
	page,
	browser
}) => {
	await openAtlas(page, '/?lang=en');
	await page.getByTestId('basemap').selectOption('contrast');
	await expect(page).toHaveURL(/bm=contrast/);
	const paint = () =>
		page.evaluate(() => {
			const map = window.__atlasMap!;
			// between styles (the high-contrast code loads on first use) there is none to read
			if (!map.isStyleLoaded()) return { ground: null, labels: [] };
			const labels = map
				.getStyle()
				.layers.filter((l) => l.type === 'symbol')
				.map((l) => map.getPaintProperty(l.id, 'text-color'));
			return { ground: map.getPaintProperty('background', 'background-color'), labels };
		});
	await expect.poll(async () => (await paint()).ground).toBe('#ffffff');
	await waitForIdle(page);
	const drawn = await paint();
	expect(drawn.ground).toBe('#ffffff');
	expect(new Set(drawn.labels)).toEqual(new Set(['#000000']));
	await page.screenshot({ path: 'tests/screenshots/desktop-en-contrast.png' });

	// the link opens in high contrast in a fresh browser
	const other = await browser.newContext({
		baseURL: new URL(page.url()).origin,
		viewport: { width: 1280, height: 800 }
	});
	const fresh = await other.newPage();
	await openAtlas(fresh, page.url().replace(/^https?:\/\/[^/]+/, ''));
	expect(
		await fresh.evaluate(() =>
			window.__atlasMap!.getPaintProperty('background', 'background-color')
		)
	).toBe('#ffffff');
	await expect(fresh.getByTestId('basemap')).toHaveValue('contrast');
	await other.close();

	// and back to the usual basemap
	await page.getByTestId('basemap').selectOption('embedded');
	await expect.poll(async () => (await paint()).ground).not.toBe('#ffffff');
	await expect.poll(async () => (await paint()).ground).not.toBeNull();
});
