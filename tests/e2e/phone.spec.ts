import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './helpers';

/**
 * The phone layout (issue 15): one sheet at three heights, the map kept in
 * view, detail and compare each reachable, nothing cut off or too small for a
 * finger, at the three phone sizes, in both languages. Screenshots of every
 * view go to tests/screenshots/ (look at them).
 */

const PHONES = [
	{ name: '360x740', width: 360, height: 740 },
	{ name: '390x844', width: 390, height: 844 },
	{ name: '844x390', width: 844, height: 390 }
];
const SITE = 'casic-sanjiang';
const OTHER = 'wuhan-hangda';

/** The share of the viewport where the map is seen: not under the sheet nor the top bar. */
function mapShare(page: Page) {
	return page.evaluate(() => {
		const W = innerWidth;
		const H = innerHeight;
		const boxes = [
			document.querySelector('[data-testid="sheet"]')!,
			document.querySelector('.column.left')!
		].map((el) => el.getBoundingClientRect());
		// count the uncovered pixels on a 4 px grid
		let free = 0;
		let all = 0;
		for (let y = 2; y < H; y += 4)
			for (let x = 2; x < W; x += 4) {
				all++;
				if (!boxes.some((b) => x >= b.left && x < b.right && y >= b.top && y < b.bottom)) free++;
			}
		return free / all;
	});
}

/** Where an entity's point is on screen, and whether a panel covers it. */
function siteOnScreen(page: Page, point: [number, number]) {
	return page.evaluate((point) => {
		const map = window.__atlasMap!;
		const p = map.project(point);
		const box = map.getContainer().getBoundingClientRect();
		const x = box.left + p.x;
		const y = box.top + p.y;
		const covered = [...document.querySelectorAll('[data-covers-map]')].some((el) => {
			const b = el.getBoundingClientRect();
			return x >= b.left && x < b.right && y >= b.top && y < b.bottom;
		});
		// the middle of the map left free: above the sheet (portrait) or beside it (landscape)
		const sheet = document.querySelector('[data-testid="sheet"]')!.getBoundingClientRect();
		const top = document.querySelector('.column.left')!.getBoundingClientRect();
		const portrait = sheet.width > innerWidth * 0.8;
		const middle = portrait
			? { x: innerWidth / 2, y: (top.bottom + sheet.top) / 2 }
			: { x: (sheet.right + innerWidth) / 2, y: innerHeight / 2 };
		const offCentre = Math.hypot(x - middle.x, y - middle.y);
		return {
			x,
			y,
			onScreen: x >= 0 && y >= 0 && x < innerWidth && y < innerHeight,
			covered,
			offCentre
		};
	}, point);
}

/** Visible elements that stick out of the viewport sideways (outside scrolling boxes). */
function overflowing(page: Page) {
	return page.evaluate(() => {
		const clips = (el: Element | null): boolean => {
			for (let a = el?.parentElement; a; a = a.parentElement) {
				const o = getComputedStyle(a).overflowX;
				if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
			}
			return false;
		};
		const out: string[] = [];
		for (const el of document.querySelectorAll('body *')) {
			if (el.closest('.maplibregl-canvas-container, .visually-hidden')) continue;
			const r = el.getBoundingClientRect();
			if (!r.width || !r.height) continue;
			if ((r.right > innerWidth + 1 || r.left < -1) && !clips(el))
				out.push(`${el.tagName}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
		}
		if (document.documentElement.scrollWidth > innerWidth) out.push('page scrolls sideways');
		return out;
	});
}

/** Controls a finger must hit that are smaller than 44 × 44 px. */
function smallTargets(page: Page) {
	return page.evaluate(() =>
		[
			...document.querySelectorAll(
				'[data-testid="sheet"] :is(button, select, [role="tab"], [role="separator"]), .column.left :is(button, select), .maplibregl-ctrl-group button'
			)
		]
			.filter((el) => !el.classList.contains('link'))
			.map((el) => ({ el, r: el.getBoundingClientRect() }))
			.filter(({ r }) => r.width && r.height && (r.width < 44 || r.height < 44))
			.map(
				({ el, r }) =>
					`${el.textContent?.trim() || el.getAttribute('aria-label')} ${Math.round(r.width)}×${Math.round(r.height)}`
			)
	);
}

async function pointOf(page: Page, id: string): Promise<[number, number]> {
	const data = await (await page.request.get('/data/atlas.json')).json();
	return data.entities.find((e: { id: string }) => e.id === id).point;
}

for (const phone of PHONES) {
	for (const lang of ['zh', 'en'] as const) {
		test(`phone ${phone.name} ${lang}: one sheet, map in view, detail and compare reachable`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			await page.setViewportSize({ width: phone.width, height: phone.height });
			const shot = (view: string) =>
				page.screenshot({ path: `tests/screenshots/phone-${phone.name}-${lang}-${view}.png` });

			// The first view: the sheet peeks, the map fills the screen.
			await openAtlas(page, `/?lang=${lang}`);
			const sheet = page.getByTestId('sheet');
			await expect(sheet).toHaveAttribute('data-snap', 'peek');
			expect(await mapShare(page)).toBeGreaterThan(0.6);
			expect(await overflowing(page)).toEqual([]);
			await shot('home');

			// A shared link to a site with two pinned: its detail at half, the site above the sheet.
			await openAtlas(page, `/?lang=${lang}&sel=${SITE}&cmp=${SITE},${OTHER}`);
			await expect(sheet).toHaveAttribute('data-snap', 'half');
			await expect(sheet.getByTestId('detail')).toBeVisible();
			expect(await mapShare(page)).toBeGreaterThanOrEqual(0.45);
			const where = await siteOnScreen(page, await pointOf(page, SITE));
			expect(where.onScreen && !where.covered, JSON.stringify(where)).toBe(true);
			// the camera is offset for the sheet: the site is in the middle of what is left
			expect(where.offCentre, JSON.stringify(where)).toBeLessThan(40);
			expect(await overflowing(page)).toEqual([]);
			expect(await smallTargets(page)).toEqual([]);
			await shot('detail');
			const axe = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.include('[data-testid="sheet"]')
				.analyze();
			expect(axe.violations.map((v) => v.id)).toEqual([]);

			// The compare table is one tap away, and the detail one tap back.
			await sheet.getByTestId('sheet-compare').click();
			const table = sheet.getByTestId('compare-table');
			await expect(table).toBeVisible();
			await expect(sheet.getByTestId('detail')).toHaveCount(0);
			// the table scrolls sideways with its row names kept in view
			const firstCell = table.locator('tbody th').first();
			const before = await firstCell.boundingBox();
			await table.locator('xpath=..').evaluate((el) => (el.scrollLeft = 400));
			const after = await firstCell.boundingBox();
			expect(Math.abs(after!.x - before!.x)).toBeLessThan(1);
			expect(await overflowing(page)).toEqual([]);
			await shot('compare');
			await sheet.getByTestId('sheet-detail').click();
			await expect(sheet.getByTestId('detail')).toBeVisible();

			// The handle: dragged up to full, a key down to half, a tap goes round.
			const handle = page.getByTestId('sheet-handle');
			const box = (await handle.boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.mouse.down();
			await page.mouse.move(box.x + box.width / 2, 4, { steps: 8 });
			await page.mouse.up();
			await expect(sheet).toHaveAttribute('data-snap', 'full');
			await shot('full');
			await handle.focus();
			await page.keyboard.press('ArrowDown');
			await expect(sheet).toHaveAttribute('data-snap', 'half');
			await expect(handle).toHaveAttribute('aria-valuenow', '1');
			await page.keyboard.press('ArrowDown');
			await expect(sheet).toHaveAttribute('data-snap', 'peek');
			await handle.click();
			await expect(sheet).toHaveAttribute('data-snap', 'half');

			// Closing the detail goes back to the panels; a tab shows its panel.
			await sheet.getByTestId('detail-close').click();
			await expect(sheet.getByTestId('detail')).toHaveCount(0);
			await sheet.getByTestId('tab-filters').click();
			await expect(sheet.locator('#side-body')).toBeVisible();
			expect(await overflowing(page)).toEqual([]);
			await shot('filters');
		});
	}
}

test('desktop: the panel tabs fit on one line in both languages', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	for (const lang of ['zh', 'en']) {
		await openAtlas(page, `/?lang=${lang}&panel=stats`);
		const cut = await page.getByRole('tablist').evaluate((list) => {
			const box = list.getBoundingClientRect();
			return [...list.querySelectorAll('[role="tab"]')]
				.map((tab) => ({ tab, r: tab.getBoundingClientRect() }))
				.filter(({ r }) => r.right > box.right + 0.5 || r.top > box.top + 2)
				.map(({ tab }) => tab.textContent);
		});
		expect(cut, lang).toEqual([]);
		await page.screenshot({ path: `tests/screenshots/desktop-${lang}-stats.png` });
	}
});

// Browser zoom at 200 % and 400 % of a 1280×800 window: 640×400 and 320×200 CSS px;
// WCAG's reflow asks for 320 CSS px wide, so 320×568 stands for 400 % on a tall window.
for (const size of [
	{ name: '200pc', width: 640, height: 400 },
	{ name: '400pc', width: 320, height: 568 }
]) {
	test(`zoomed ${size.name}: nothing is cut off and every part is reachable`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width: size.width, height: size.height });
		for (const lang of ['zh', 'en']) {
			await openAtlas(page, `/?lang=${lang}&sel=${SITE}&cmp=${SITE},${OTHER}`);
			const sheet = page.getByTestId('sheet');
			await expect(sheet.getByTestId('detail')).toBeVisible();
			await expect(page.getByRole('combobox')).toBeVisible();
			expect(await overflowing(page)).toEqual([]);
			await page.screenshot({ path: `tests/screenshots/zoom-${size.name}-${lang}-detail.png` });
			await sheet.getByTestId('sheet-compare').click();
			await expect(sheet.getByTestId('compare-table')).toBeVisible();
			await sheet.getByTestId('sheet-panel').click();
			// the last tab is reachable (the row scrolls) and opens its panel
			await sheet.getByTestId('tab-analyze').click();
			await expect(sheet.getByTestId('tab-analyze')).toHaveAttribute('aria-selected', 'true');
			expect(await overflowing(page)).toEqual([]);
			await page.screenshot({ path: `tests/screenshots/zoom-${size.name}-${lang}-analyze.png` });
		}
	});
}
