/**
 * Positions as honest as their sources (issue #11, item 1): a position
 * coarser than the pin threshold is drawn as the area it may lie in, never as
 * a pin at an invented point; a cluster's area lists its members; selecting a
 * member highlights its area; filters keep an area while a member matches.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { AtlasIndex } from '../../src/lib/data/atlas';
import { openAtlas, renderedIds, waitForIdle, watchPage } from './helpers';

const PIN_MAX = 1000;
const index = JSON.parse(readFileSync('static/data/atlas.json', 'utf8')) as AtlasIndex;
const membersOf = (area: string) => index.entities.filter((e) => e.area === area);

async function jump(page: Page, center: [number, number], zoom: number) {
	await page.evaluate(({ center, zoom }) => window.__atlasMap!.jumpTo({ center, zoom }), {
		center,
		zoom
	});
	await waitForIdle(page);
}

/** Every rendered marker (facilities, hubs) with its stated accuracy. */
async function markerAccuracies(page: Page) {
	return page.evaluate(() =>
		window
			.__atlasMap!.queryRenderedFeatures({ layers: ['facilities-circle', 'hubs-circle'] })
			.map((f) => ({ id: String(f.properties.id), accuracy: Number(f.properties.accuracy_m) }))
	);
}

/** Where the map shows an area's name (its centre), in page pixels. */
async function labelPoint(page: Page, area: string) {
	return page.evaluate((area) => {
		const map = window.__atlasMap!;
		const f = map
			.queryRenderedFeatures({ layers: ['approx-label'] })
			.find((x) => x.properties.id === area);
		if (!f || f.geometry.type !== 'Point') return null;
		const p = map.project(f.geometry.coordinates as [number, number]);
		const box = map.getContainer().getBoundingClientRect();
		return { x: box.left + p.x, y: box.top + p.y };
	}, area);
}

test('no marker is drawn at a position coarser than the pin threshold, at any zoom', async ({
	page
}) => {
	test.setTimeout(120_000);
	const watch = watchPage(page);
	await openAtlas(page, '/?lang=zh');
	// points (an entity with a polygon is drawn as its polygon)
	const points = index.entities.filter(
		(e) => !e.layers.some((l) => l === 'zones' || l === 'parks')
	);
	const coarse = points.filter((e) => e.position.accuracy_m > PIN_MAX);
	// the dataset has coarse point positions, and each is drawn in an area
	expect(coarse.length).toBeGreaterThan(30);
	for (const e of coarse) expect(e.area, e.id).toBeTruthy();
	for (const [center, zoom] of [
		[[114.11, 30.67], 10.5],
		[[114.095, 30.66], 14],
		[[114.1327, 30.677], 16],
		[[114.021, 30.6385], 15]
	] as Array<[[number, number], number]>) {
		await jump(page, center, zoom);
		const markers = await markerAccuracies(page);
		expect(markers.filter((m) => m.accuracy > PIN_MAX)).toEqual([]);
	}
	// the areas are drawn instead, named at their centres
	await jump(page, [114.11, 30.67], 10.5);
	const areas = new Set(await renderedIds(page, ['approx-fill']));
	expect(areas).toContain('manufacturing-cluster');
	expect(areas).toContain('netsec-base-core');
	expect(watch.errors, 'console errors').toEqual([]);
});

test('the manufacturing cluster is one labelled area that lists its nine members', async ({
	page
}) => {
	const watch = watchPage(page);
	await openAtlas(page, '/?lang=zh');
	const members = membersOf('manufacturing-cluster');
	expect(members).toHaveLength(9);
	// all nine share one point: no ring, no clock face
	expect(new Set(members.map((e) => e.point.join(','))).size).toBe(1);
	await jump(page, [114.095, 30.66], 13);
	const label = await page.evaluate(() =>
		window
			.__atlasMap!.queryRenderedFeatures({ layers: ['approx-label'] })
			.filter((f) => f.properties.id === 'manufacturing-cluster')
			.map((f) => f.properties.count)
	);
	expect(label).toEqual([9]);

	const at = await labelPoint(page, 'manufacturing-cluster');
	expect(at).not.toBeNull();
	await page.mouse.click(at!.x, at!.y);
	const chooser = page.getByTestId('chooser');
	await expect(chooser).toBeVisible();
	await expect(chooser).toContainText('智能制造 9 处 · 位置未公开');
	// one choice per member
	await expect(chooser.locator('[data-id]')).toHaveCount(9);
	for (const m of members) await expect(chooser).toContainText(m.name_zh);
	await chooser.getByRole('button', { name: /TCL空调武汉智能制造产业园/ }).click();
	await expect(page.getByTestId('detail').locator('h2')).toContainText('TCL');
	expect(watch.errors, 'console errors').toEqual([]);
});

test('selecting a member highlights its area, not a point, and says why', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '/?lang=zh&sel=tcl-ac-wuhan-park');
	await expect(page.getByTestId('detail')).toBeVisible();
	await waitForIdle(page);
	const state = await page.evaluate(() => {
		const map = window.__atlasMap!;
		const area = map.getFeatureState({ source: 'atlas-approx', id: 'manufacturing-cluster' });
		const other = map.getFeatureState({ source: 'atlas-approx', id: 'netsec-base-core' });
		const ring = map.querySourceFeatures('selection');
		return { area: !!area.selected, other: !!other.selected, ring: ring.length };
	});
	expect(state).toEqual({ area: true, other: false, ring: 0 });
	// the camera shows the whole area it may lie in, not a street around a guess
	const zoom = await page.evaluate(() => window.__atlasMap!.getZoom());
	expect(zoom).toBeLessThanOrEqual(14);
	await expect(page.getByTestId('drawn-as-area')).toContainText('8 处');
	await expect(page.getByTestId('coords-centre')).toBeVisible();
	expect(watch.errors, 'console errors').toEqual([]);
});

test('a cluster is its own area, not the planning area of the same place, and its two members read as such', async ({
	page
}) => {
	await openAtlas(page, '/?lang=en&sel=sf-fengtai-wuhan-park');
	await waitForIdle(page);
	const state = await page.evaluate(() => {
		const map = window.__atlasMap!;
		return {
			area: !!map.getFeatureState({ source: 'atlas-approx', id: 'zoumaling-logistics' }).selected,
			zone: !!map.getFeatureState({ source: 'atlas-zones', id: 'zoumaling-logistics-cluster' })
				.selected
		};
	});
	expect(state).toEqual({ area: true, zone: false });
	await expect(page.getByTestId('drawn-as-area')).toContainText(
		'Drawn with the other site of its cluster'
	);
});

test('a chain filter keeps the areas with a matching member and hides the rest', async ({
	page
}) => {
	await openAtlas(page, '/?lang=zh&chain=manufacturing');
	await jump(page, [114.11, 30.67], 10.5);
	const shown = new Set(await renderedIds(page, ['approx-fill', 'approx-label']));
	// context (the rail terminal, landmarks) stays whatever the filter
	const context = new Set(
		index.entities.filter((e) => e.kind === 'hub' || e.kind === 'landmark').map((e) => e.area)
	);
	expect(context).toContain('wujiashan-rail-terminal');
	for (const c of context) shown.delete(c!);
	expect([...shown]).toEqual(['manufacturing-cluster']);
	// and in a fresh context without the filter, every area is back
	const other = await page.context().browser()!.newPage();
	await openAtlas(other, '/?lang=zh');
	await jump(other, [114.11, 30.67], 10.5);
	const all = new Set(await renderedIds(other, ['approx-fill']));
	expect(all.size).toBeGreaterThan(5);
	await other.close();
});
