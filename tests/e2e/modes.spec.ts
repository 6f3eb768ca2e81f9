/**
 * Interaction modes: what a click on the map does is the app's state
 * (select, pick a point, draw), and every mode can be left.
 */
import { expect, test, type Page } from '@playwright/test';
import { drawLine, openAtlas, screenPointOf, waitForIdle } from './helpers';

async function clickFeature(page: Page, layer: string, id: string) {
	const at = await screenPointOf(page, layer, id);
	expect(at, id).not.toBeNull();
	await page.mouse.click(at!.x, at!.y);
}

test('a pick takes one click on the map; Esc cancels it and the next click selects again', async ({
	page
}) => {
	await openAtlas(page, '/?panel=analyze&c=114.1329,30.6751&z=13');
	const button = page.getByTestId('near-pick');
	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Escape');
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	// The click after a cancelled pick is an ordinary click: it selects.
	await clickFeature(page, 'facilities-circle', 'whu-cyber-school');
	await expect(page.getByTestId('detail').locator('h2')).toContainText('武汉大学国家网络安全学院');
	expect(page.url()).not.toMatch(/near=/);

	// A pick that is not cancelled takes the click as the origin, and only that one.
	await button.click();
	const box = await page.getByTestId('map').boundingBox();
	// Below the selected feature's popup, right of the side panel.
	await page.mouse.click(box!.x + box!.width * 0.45, box!.y + box!.height * 0.8);
	await expect(page).toHaveURL(/near=/);
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByTestId('near')).toContainText(/\(114\.\d{5}, 30\.\d{5}\)/);
});

test('leaving the Analyze tab ends a pick', async ({ page }) => {
	await openAtlas(page, '/?panel=analyze&c=114.1329,30.6751&z=13');
	await page.getByTestId('near-pick').click();
	await page.getByTestId('tab-layers').click();
	await waitForIdle(page);
	await clickFeature(page, 'facilities-circle', 'whu-cyber-school');
	await expect(page.getByTestId('detail')).toBeVisible();
	expect(page.url()).not.toMatch(/near=/);
});

test('after a basemap switch the measure tool still draws, and keeps its shapes', async ({
	page
}) => {
	await openAtlas(page, '/?panel=measure&c=114.14,30.65&z=12');
	await drawLine(page, [114.115, 30.65], [114.165, 30.65]);
	await expect(page.getByTestId('measure-total')).toHaveCount(1);
	await page.getByTestId('basemap').selectOption('online');
	await waitForIdle(page);
	await page.getByTestId('basemap').selectOption('embedded');
	// The drawing tool is back on the new style with the shape it had.
	await page.waitForFunction(() => {
		const layers = window.__atlasMap!.getStyle()?.layers ?? [];
		// the embedded style ('background' is its own) with the drawing layers on it
		return layers[0]?.id === 'background' && layers.some((l) => l.id.startsWith('measure'));
	});
	await waitForIdle(page);
	await expect(page.getByTestId('measure-total')).toHaveCount(1);
	await drawLine(page, [114.115, 30.66], [114.165, 30.66]);
	await expect(page.getByTestId('measure-total')).toHaveCount(2);
	await page.getByTestId('measure-undo').click();
	await page.getByTestId('measure-clear').click();
	await expect(page.getByTestId('measure-total')).toHaveCount(0);
	// Esc while drawing drops the shape in progress and leaves drawing.
	await page.getByTestId('measure-polygon').click();
	await expect(page.getByTestId('measure-polygon')).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('measure-polygon')).toHaveAttribute('aria-pressed', 'false');
});
