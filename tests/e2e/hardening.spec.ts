import { expect, test } from '@playwright/test';
import { openAtlas, watchPage } from './helpers';

test('blocked storage (a cross-site frame) gives the atlas, not a blank page', async ({ page }) => {
	await page.addInitScript(() => {
		const blocked = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		Object.defineProperty(window, 'localStorage', { get: blocked, configurable: true });
		Object.defineProperty(window, 'indexedDB', { get: blocked, configurable: true });
	});
	const { errors } = watchPage(page);
	await openAtlas(page, '/?sel=boe-wuhan');
	await expect(page.getByTestId('detail')).toContainText('京东方');
	// the language switch still works, it just is not remembered
	await page.getByTestId('lang-switch').click();
	await expect(page.getByTestId('detail')).toContainText('BOE');
	// what the browser cannot keep is said once, in My data
	await expect(page.getByTestId('store-problem')).toBeVisible();
	expect(errors).toEqual([]);
});
