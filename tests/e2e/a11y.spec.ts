import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './helpers';

/** WCAG 2.x A and AA rules (axe-core), on the page as a user sees it. */
async function violations(page: Page) {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		// The map canvas is a graphic with a text twin (the results list); axe cannot read it.
		.exclude('.maplibregl-canvas')
		.analyze();
	return result.violations.map(
		(v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

test('no WCAG A/AA violations on the first view, in each panel and in the detail panel', async ({
	page
}) => {
	// seven full axe runs over a long page: more than the default minute on a loaded machine
	test.setTimeout(180_000);
	await openAtlas(page, '/?sel=boe-wuhan&cmp=boe-wuhan,jiangfeng-wuhan-phase-1');
	expect(await violations(page)).toEqual([]);
	for (const tab of ['filters', 'results', 'stats', 'measure', 'analyze']) {
		await page.getByTestId(`tab-${tab}`).click();
		expect(await violations(page), tab).toEqual([]);
	}
	// the data-quality view, opened from the Stats tab
	await page.getByTestId('tab-stats').click();
	await page.getByTestId('quality-open').click();
	await expect(page.getByTestId('quality')).toBeVisible();
	expect(await violations(page), 'quality').toEqual([]);
});

test('no WCAG A/AA violations on a phone, in English', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		isMobile: true
	});
	const page = await context.newPage();
	await openAtlas(page, '/?lang=en');
	expect(await violations(page)).toEqual([]);
	await context.close();
});
