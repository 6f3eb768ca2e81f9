/**
 * Uncertainty in every number (issue #11, item 2): a distance between two
 * positions carries both ends' accuracy, rounded to what it supports; a
 * nearest list says when its order is not certain; a radius search lists
 * what is certainly and what is only possibly inside.
 */
import { expect, test } from '@playwright/test';
import { openAtlas, watchPage } from './helpers';

/** TCL's air-conditioner park: one of nine manufacturing sites known only to ±5 km. */
const TCL = 'tcl-ac-wuhan-park';
/** a distance with its uncertainty: a span from nil or a value ± its uncertainty, in km */
const UNCERTAIN_ZH = /^(0–\d+ km|约 \d+ km ± \d+ km)$/;

test('the access card of a ±5 km site gives every distance as a range or ±, never crisp metres', async ({
	page
}) => {
	const watch = watchPage(page);
	await openAtlas(page, `/?sel=${TCL}`);
	const card = page.getByTestId('access');
	await expect(card.locator('tr[data-role=airport]')).toBeVisible();
	const straight = await card.getByTestId('access-straight').allInnerTexts();
	const road = await card.getByTestId('access-road').allInnerTexts();
	expect(straight.length).toBeGreaterThanOrEqual(4);
	for (const s of straight) expect(s).toMatch(UNCERTAIN_ZH);
	for (const r of road) {
		const [distance, time] = r.split(' · ');
		expect(distance, r).toMatch(UNCERTAIN_ZH);
		expect(time, r).toMatch(/^\d+–\d+ 分钟$/);
	}
	// no figure in metres anywhere in the card: the position is uncertain by kilometres
	expect(await card.innerText()).not.toMatch(/\d m\b/);
	await expect(page.getByTestId('detail')).toContainText('位置为估计（±5 km）');
	// its nearest neighbours share its cluster's centre: ranges overlap, so no certain order
	await expect(page.getByTestId('detail').getByTestId('nearest-order')).toHaveText(/顺序不确定/);
	expect(watch.errors).toEqual([]);
});

test('a radius search lists "certainly inside" and "possibly inside" separately', async ({
	page
}) => {
	// From TCL's ±5 km park nothing is certainly within 3 km, and its cluster is possibly.
	await openAtlas(page, `/?sel=${TCL}&panel=analyze&r=3`);
	const within = page.getByTestId('near-within');
	await expect(within).toContainText('确定在范围内 (0)');
	await expect(within).toContainText(/可能在范围内 \([1-9]\d*\)/);
	await expect(within.getByTestId('near-certain').locator('li')).toHaveCount(0);
	await expect(within.getByTestId('near-possible')).toContainText('TCL');

	// From a picked point at the Wuhan University school (±300 m), in English: both groups.
	await openAtlas(page, '/?panel=analyze&near=114.132886,30.675088&r=1&lang=en');
	await expect(within).toContainText('Certainly inside');
	await expect(within).toContainText('Possibly inside');
	const certain = within.getByTestId('near-certain');
	await expect(certain.locator('li').first()).toBeVisible();
	// the school itself is ±300 m from an exact point: shown with its ±, not as "0 m"
	await expect(certain).toContainText(/0–300 m|about \d+ m ± 300 m/);
	await expect(within.getByTestId('near-possible').locator('li').first()).toBeVisible();
});
