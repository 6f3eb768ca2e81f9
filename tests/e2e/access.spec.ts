import { expect, test, type Page } from '@playwright/test';
import { openAtlas, waitForIdle } from './helpers';

/** Counts camera frames from the next movestart to its moveend. */
async function framesOfNextMove(page: Page, move: () => Promise<void>): Promise<number> {
	await page.evaluate(() => {
		const map = window.__atlasMap!;
		const w = window as unknown as { __frames: Promise<number> };
		w.__frames = new Promise((resolve) => {
			let frames = 0;
			const onMove = () => frames++;
			map.once('movestart', () => map.on('move', onMove));
			map.once('moveend', () => {
				map.off('move', onMove);
				resolve(frames);
			});
		});
	});
	await move();
	return page.evaluate(() => (window as unknown as { __frames: Promise<number> }).__frames);
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

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('flying to a search result is a jump', async ({ page }) => {
		await openAtlas(page);
		const frames = await framesOfNextMove(page, () => chooseFromSearch(page, 'BOE'));
		expect(frames).toBe(1);
		await expect(page.getByTestId('detail')).toBeVisible();
	});
});

test.describe('full motion', () => {
	test.use({ reducedMotion: 'no-preference' });
	test('flying to a search result is animated (the spy can tell)', async ({ page }) => {
		await openAtlas(page);
		const frames = await framesOfNextMove(page, () => chooseFromSearch(page, 'BOE'));
		expect(frames).toBeGreaterThan(3);
	});
});
