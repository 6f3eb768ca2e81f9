import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForIdle } from './helpers';

/**
 * Keyboard and screen readers (issue 15): the shortcuts dialog, a keyboard-only
 * journey with focus asserted at each step, the map's keyboard cursor (n / p,
 * Enter) and the live text description of the map view.
 */

/** openAtlas with more time: this machine is shared with another engineer's runs. */
async function openAtlas(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
	await waitForIdle(page);
}

test.describe.configure({ timeout: 180_000 });

/** Presses Tab until the element with `testid` has focus; every stop shows a focus ring. */
async function tabTo(page: Page, testid: string, max = 80) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const a = document.activeElement as HTMLElement | null;
			if (!a || a === document.body) return null;
			const style = getComputedStyle(a);
			const ring = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
			return { testid: a.dataset.testid ?? null, ring, visible: a.matches(':focus-visible') };
		});
		if (stop) expect(stop.visible || stop.ring, `focus stop ${i} visible`).toBe(true);
		if (stop?.testid === testid) return;
	}
	throw new Error(`Tab never reached ${testid}`);
}

/** The map's feature-state of an entity on its source. */
const featureState = (page: Page, source: string, id: string) =>
	page.evaluate(({ source, id }) => window.__atlasMap!.getFeatureState({ source, id }), {
		source,
		id
	});

test('"?" opens the shortcuts dialog, which lists them, holds focus and gives it back', async ({
	page
}) => {
	await openAtlas(page, '/?lang=en&sel=boe-wuhan');
	const canvas = page.locator('.maplibregl-canvas');
	await canvas.focus();
	await page.keyboard.press('?');
	const dialog = page.getByTestId('keys-dialog');
	await expect(dialog).toBeVisible();
	await expect(dialog).toHaveAccessibleName('Keyboard shortcuts');
	const keys = await dialog.locator('kbd').allTextContents();
	for (const k of ['?', '/', 'Esc', '←', '+', '-', 'Shift', 'n', 'p', ']', '[', 'Enter'])
		expect(keys, k).toContain(k);
	await expect(dialog.getByTestId('shortcut')).toHaveCount(11);
	await expect(dialog).toContainText('Next result');
	expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
	// "/" does not reach past the modal dialog
	await page.keyboard.press('/');
	expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(canvas).toBeFocused();
	// Esc closed the dialog only, not the detail under it
	await expect(page.getByTestId('detail')).toBeVisible();

	// the visible button opens it too; its close button gives focus back to it
	const open = page.getByTestId('keys-open');
	await expect(open).toHaveAccessibleName(/Keyboard shortcuts/);
	await open.focus();
	await page.keyboard.press('Enter');
	await expect(dialog).toBeVisible();
	await dialog.getByTestId('keys-close').focus();
	await page.keyboard.press('Enter');
	await expect(dialog).toHaveCount(0);
	await expect(open).toBeFocused();

	// in Chinese too
	await page.getByTestId('lang-switch').click();
	await page.keyboard.press('?');
	await expect(dialog).toHaveAccessibleName('键盘快捷键');
	await expect(dialog).toContainText('下一个结果');
});

test('no WCAG A/AA violations in the shortcuts dialog', async ({ page }) => {
	await openAtlas(page, '/?lang=en');
	await page.getByTestId('keys-open').click();
	await expect(page.getByTestId('keys-dialog')).toBeVisible();
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.include('[data-testid="keys-dialog"]')
		.analyze();
	expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	expect(result.passes.length).toBeGreaterThan(0);
	// axe cannot tell the background inside a modal dialog (its colour-contrast results are
	// all "incomplete"): the text colours are checked here against the nearest painted background
	const low = await page.getByTestId('keys-dialog').evaluate((dialog) => {
		const rgb = (c: string) => c.match(/[\d.]+/g)!.map(Number);
		const lum = (c: string) => {
			const [r, g, b] = rgb(c).map((v) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const background = (el: Element | null): string => {
			for (; el; el = el.parentElement) {
				const c = getComputedStyle(el).backgroundColor;
				if (rgb(c)[3] !== 0) return c;
			}
			return 'rgb(255, 255, 255)';
		};
		const texts = [...dialog.querySelectorAll('h2, h3, kbd, dd, .or, .hint, button')];
		return texts.flatMap((el) => {
			const [a, b] = [lum(getComputedStyle(el).color), lum(background(el))];
			const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
			return ratio < 4.5 ? [`${el.tagName} "${el.textContent}" ${ratio.toFixed(2)}:1`] : [];
		});
	});
	expect(low).toEqual([]);
});

test('keyboard only: search, open, compare, share, close', async ({ page }) => {
	await openAtlas(page, '/?lang=en');
	// "/" jumps to the search box
	await page.keyboard.press('/');
	const search = page.locator('#atlas-search');
	await expect(search).toBeFocused();
	await page.keyboard.type('TCL Air Conditioner');
	await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	const detail = page.getByTestId('detail');
	await expect(detail).toBeVisible();
	await expect(detail.locator('#detail-title')).toContainText('TCL Air Conditioner');
	await expect(search).toBeFocused();
	await waitForIdle(page);

	// Tab on to "add to compare" (every stop shows where focus is)
	await tabTo(page, 'compare-toggle');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('compare-toggle')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('compare-toggle')).toBeFocused();

	// Tab round to Share (the top bar, at the start of the page)
	await tabTo(page, 'share');
	await page.keyboard.press('Enter');
	const share = page.getByTestId('share-dialog');
	await expect(share).toBeVisible();
	expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
	await page.keyboard.press('Escape');
	// gone from the page: its close event has run
	await expect(share).toHaveCount(0);
	await expect(page.getByTestId('share')).toBeFocused();
	await expect(detail).toBeVisible();

	// Esc closes the detail; focus goes back to where it was opened from (the search box)
	await page.keyboard.press('Escape');
	await expect(detail).toBeHidden();
	await expect(search).toBeFocused();
});

test('n / p step through the results on the focused map, Enter opens one', async ({ page }) => {
	await openAtlas(page, '/?lang=en');
	// the Results list's order is the cursor's
	await page.getByTestId('tab-results').click();
	const rows = page.getByTestId('results').locator('li button');
	// the List tab loads when first opened
	await expect(rows.first()).toBeVisible();
	const [first, second] = await rows.evaluateAll((bs) =>
		bs
			.slice(0, 2)
			.map((b) => [b.getAttribute('data-id')!, b.querySelector('.name')!.textContent!] as const)
	);
	const total = await rows.count();
	const canvas = page.locator('.maplibregl-canvas');
	await canvas.focus();
	const cursor = page.getByTestId('map-cursor');

	await page.keyboard.press('n');
	await expect(cursor).toHaveAttribute('data-id', first![0]);
	await expect(cursor).toContainText(`1 of ${total}: ${first![1]}`);
	await page.keyboard.press(']');
	await expect(cursor).toHaveAttribute('data-id', second![0]);
	await expect(cursor).toContainText(`2 of ${total}: ${second![1]}`);
	// highlighted like a hover: in the list and on the map
	await expect(rows.nth(1)).toHaveClass(/hovered/);
	await waitForIdle(page);
	// on the map: the feature that draws it (its own, or the area of a coarse position listing it)
	const drawn = await page.evaluate((id) => {
		const map = window.__atlasMap!;
		return map
			.queryRenderedFeatures()
			.filter(
				(f) =>
					f.source.startsWith('atlas-') &&
					(f.properties.id === id ||
						String(f.properties.members ?? '')
							.split('|')
							.includes(id))
			)
			.map((f) => ({ source: f.source, id: String(f.properties.id) }));
	}, second![0]);
	expect(drawn.length, 'the second result is drawn in view').toBeGreaterThan(0);
	const source = drawn[0]!.source;
	const featureId = drawn[0]!.id;
	expect(await featureState(page, source, featureId)).toMatchObject({ hover: true });
	await page.keyboard.press('p');
	await expect(cursor).toHaveAttribute('data-id', first![0]);
	await page.keyboard.press('[');
	await expect(cursor).toContainText(`${total} of ${total}`);
	await page.keyboard.press('n');
	await page.keyboard.press('n');
	await expect(cursor).toHaveAttribute('data-id', second![0]);
	await expect(canvas).toBeFocused();

	// Enter opens it: the detail, the URL and the map's selection
	await page.keyboard.press('Enter');
	const detail = page.getByTestId('detail');
	await expect(detail).toBeVisible();
	await expect(detail.locator('#detail-title')).toContainText(second![1]);
	await expect(page).toHaveURL(new RegExp(`sel=${second![0]}`));
	await waitForIdle(page);
	expect(await featureState(page, source, featureId)).toMatchObject({ selected: true });
});

test('the map view is described in words, politely, and follows the view', async ({ page }) => {
	// parks only, the whole zone in view: every park the list has is counted
	await openAtlas(page, '/?lang=en&kind=park&panel=results&c=114.15,30.7&z=9');
	const text = page.getByTestId('map-description');
	await expect(text).toHaveAttribute('aria-live', 'polite');
	await expect(page.getByTestId('results-count')).toHaveAttribute('role', 'status');
	await expect(page.getByTestId('results').locator('li button').first()).toBeVisible();
	const parks = await page.getByTestId('results').locator('li button').count();
	expect(parks).toBeGreaterThan(5);
	await expect(text).toContainText(`Park ${parks}`);
	await expect(text).toContainText(/^Map: .*Dongxihu District.*, zoom 9\. In view, \d+ features: /);
	// the total is the sum of the kinds
	const sum = (s: string) => {
		const [, total, kinds] = /In view, (\d+) features: ([^.]+)\./.exec(s)!;
		const parts = kinds!.split(', ').map((k) => Number(/(\d+)$/.exec(k)![1]));
		return [Number(total), parts.reduce((a, b) => a + b, 0)];
	};
	const [total, ofKinds] = sum((await text.textContent())!);
	expect(ofKinds).toBe(total);
	expect(await text.textContent()).not.toContain('Enterprise');

	// moves in quick succession are described once, a second after the last
	const changes = await page.evaluate(async () => {
		const el = document.querySelector('[data-testid="map-description"]')!;
		const times: number[] = [];
		new MutationObserver(() => times.push(performance.now())).observe(el, {
			childList: true,
			characterData: true,
			subtree: true
		});
		const map = window.__atlasMap!;
		const start = performance.now();
		for (const z of [10, 11, 12, 13]) {
			map.jumpTo({ zoom: z });
			await new Promise((r) => setTimeout(r, 300));
		}
		await new Promise((r) => setTimeout(r, 2500));
		return times.map((t) => t - start);
	});
	expect(changes.length).toBe(1);
	expect(changes[0]).toBeGreaterThan(900 + 3 * 300);
	await expect(text).toContainText('zoom 13.');

	// selecting a park flies to it: the description names it
	await page.goto('/?lang=en&sel=tcl-ac-wuhan-park');
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
	await waitForIdle(page);
	await expect(text).toContainText('Selected: TCL Air Conditioner');
	// the description follows the view a second after the camera stops (the flight may end after idle)
	await expect
		.poll(() => page.evaluate(() => window.__atlasMap!.isMoving()), { timeout: 20_000 })
		.toBe(false);
	await page.waitForTimeout(1500);
	const selected = (await text.textContent())!;
	expect(sum(selected)[0]).toBe(sum(selected)[1]);
	// zooming in with the map's own key ("+" on the focused map) is described too
	const zoom = Number(/zoom (\d+)\./.exec(selected)![1]);
	await page.locator('.maplibregl-canvas').focus();
	await page.keyboard.press('+');
	await expect(text).toContainText(`zoom ${zoom + 1}.`);
	await expect(text).toContainText('Selected: TCL Air Conditioner');

	// and in Chinese
	await page.getByTestId('lang-switch').click();
	await expect(text).toContainText('已选：TCL空调武汉智能制造产业园。');
	await expect(text).toContainText(`缩放 ${zoom + 1} 级。视野内`);
});
