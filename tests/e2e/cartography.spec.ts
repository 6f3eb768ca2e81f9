/**
 * Clean cartography (issue #10, item 4): the map's own controls speak the UI
 * language, the attribution says each sentence once, labels neither repeat
 * nor hide one another, stacked features can all be clicked, the measured
 * total is readable, the legend says what it counts, and zoom stops where the
 * data does. Provenance for users in words, the technical notes behind a toggle.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	INSTALL_HINT,
	cjkGlyphRenders,
	drawLine,
	openAtlas,
	waitForIdle,
	watchPage
} from './helpers';

test.beforeAll(async ({ browser }) => {
	const page = await browser.newPage();
	await page.setContent('<p>京</p>');
	const ok = await cjkGlyphRenders(page);
	await page.close();
	if (!ok) throw new Error(INSTALL_HINT);
});

/** Moves the camera without animation and waits until everything is drawn. */
async function jump(page: Page, center: [number, number], zoom: number) {
	await page.evaluate(({ center, zoom }) => window.__atlasMap!.jumpTo({ center, zoom }), {
		center,
		zoom
	});
	await waitForIdle(page);
}

/** The names MapLibre placed on some label layers, in one language (one entry per placed label). */
async function placedNames(page: Page, layers: string[], lang: 'zh' | 'en'): Promise<string[]> {
	return page.evaluate(
		({ layers, lang }) => {
			const map = window.__atlasMap!;
			const present = layers.filter((l) => map.getLayer(l));
			return map
				.queryRenderedFeatures({ layers: present })
				.map((f) =>
					String(
						f.properties[`name_${lang}`] ??
							f.properties[`label_${lang}`] ??
							f.properties.name_zh ??
							f.properties.id
					)
				);
		},
		{ layers, lang }
	);
}

/** Every label layer of the map (the names of features, areas and analysis results). */
const LABEL_LAYERS = [
	'zone-label',
	'boundaries-label',
	'water-label',
	'water-label-area',
	'metro-label',
	'zones-label',
	'hubs-label',
	'facilities-label',
	'approx-label'
];

/** How often each name is drawn, for the names drawn more than once. */
function repeated(names: string[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const n of names) counts[n] = (counts[n] ?? 0) + 1;
	return Object.fromEntries(Object.entries(counts).filter(([, c]) => c > 1));
}

test('map controls and the popup close button follow the UI language', async ({ page }) => {
	const watch = watchPage(page);
	await openAtlas(page, '/?lang=zh&sel=boe-wuhan');
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('title', '放大');
	await expect(page.locator('.maplibregl-ctrl-zoom-out')).toHaveAttribute('title', '缩小');
	await expect(page.locator('.maplibregl-ctrl-compass')).toHaveAttribute('title', /指北/);
	await expect(page.locator('.maplibregl-ctrl-attrib-button')).toHaveAttribute(
		'title',
		'显示或隐藏数据来源'
	);
	await expect(page.locator('.maplibregl-popup-close-button')).toHaveAttribute(
		'aria-label',
		'关闭弹窗'
	);

	// Switched: the controls and the open popup are in English, in the same corners and order.
	await page.getByTestId('lang-switch').click();
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('title', 'Zoom in');
	await expect(page.locator('.maplibregl-popup-close-button')).toHaveAttribute(
		'aria-label',
		'Close popup'
	);
	await expect(page.getByTestId('home')).toHaveAttribute('aria-label', 'Show the whole zone');
	const order = await page
		.locator('.maplibregl-ctrl-top-right > *')
		.evaluateAll((els) => els.map((e) => (e.querySelector('button') as HTMLElement).className));
	expect(order[0]).toContain('maplibregl-ctrl-zoom-in');
	expect(order[1]).toContain('atlas-home');
	await expect(page.locator('.maplibregl-ctrl-attrib')).toHaveCount(1);
	await expect(page.locator('.maplibregl-ctrl-scale')).toHaveCount(1);
	expect(watch.errors, 'console errors').toEqual([]);
});

test('the attribution says each sentence once', async ({ page }) => {
	await openAtlas(page, '/?lang=zh');
	await page.locator('.maplibregl-ctrl-attrib-button').click();
	const text = (await page.locator('.maplibregl-ctrl-attrib-inner').textContent()) ?? '';
	expect(text).toContain('OpenStreetMap');
	const sentences = text
		.split(/\s[|·]\s|(?<=\.)\s/)
		.map((s) => s.trim().replace(/\.$/, ''))
		.filter((s) => s.length > 20);
	// No sentence is said twice, whole or as the start of a longer one.
	for (const [i, s] of sentences.entries()) {
		const again = sentences.filter((o, j) => j !== i && o.startsWith(s));
		expect(again, `repeated: ${s}`).toEqual([]);
	}
	expect(
		text.match(/Compiled by the Linkonggang atlas contributors \(CC BY 4\.0\) from the article/g)
	).toHaveLength(1);
});

test('zoom stops at street level, where the data still means something', async ({ page }) => {
	await openAtlas(page);
	const zoom = await page.evaluate(() => {
		const map = window.__atlasMap!;
		map.jumpTo({ zoom: 21 });
		return { max: map.getMaxZoom(), now: map.getZoom() };
	});
	expect(zoom).toEqual({ max: 17, now: 17 });
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeDisabled();
});

test('position provenance is written for users; the technical record is behind a closed toggle', async ({
	page
}) => {
	await openAtlas(page, '/?lang=zh&sel=boe-wuhan');
	const provenance = page.getByTestId('provenance');
	await expect(provenance).toContainText('位置为估计，精度约 ±3 km');
	await expect(provenance).toContainText('按其所在的产业集群示意放置');
	// What a user sees in Chinese has no developer notes and no English.
	const visible = await provenance.evaluate((el) => (el as HTMLElement).innerText);
	expect(visible).not.toMatch(/cluster|reference|README|POI|places_wgs84/);
	expect(visible.replace(/技术细节/, '').replace(/\bk?m\b/g, '')).not.toMatch(/[A-Za-z]{2,}/);
	// The technical details are there, closed until asked for.
	const tech = page.getByTestId('tech-details');
	await expect(tech).toHaveJSProperty('open', false);
	await expect(tech.getByText(/^cluster: display-panel cluster/)).toBeHidden();
	await tech.getByText('技术细节').click();
	await expect(tech.getByText(/^cluster: display-panel cluster/)).toBeVisible();
	await expect(tech.locator('code')).toHaveText('cluster');

	// In English the same, in English words.
	await page.getByTestId('lang-switch').click();
	await expect(provenance).toContainText('Estimated position, accurate to about ±3 km');
	await expect(page.getByTestId('tech-details').locator('summary')).toHaveText('Technical details');
});

test('a sourced position says so; its map-point id is only in the technical details', async ({
	page
}) => {
	await openAtlas(page, '/?lang=zh&sel=whu-cyber-school');
	const provenance = page.getByTestId('provenance');
	await expect(provenance).toContainText('位置有公开来源，精度约 ±300 m');
	await expect(provenance.getByText(/Amap POI B0JRH7NL6S/)).toBeHidden();
	await expect(page.getByTestId('detail')).toContainText('出处');
});

test('the legend says what the metro number counts: lines and stations', async ({ page }) => {
	await openAtlas(page, '/?lang=zh');
	await expect(page.getByTestId('count-metro')).toHaveText(/^\d+ 条线路 · \d+ 座车站$/);
	await expect(page.getByTestId('count-facilities')).toHaveText(/^\d+$/);
	await page.getByTestId('lang-switch').click();
	await expect(page.getByTestId('count-metro')).toHaveText(/^\d+ lines · \d+ stations$/);
});

test('no name is drawn twice: not the lake and its landmark, not a district at z11.5', async ({
	page
}) => {
	await openAtlas(page, '/?lang=zh');
	// Jinyin Lake: a lake outline and a landmark point of the same name.
	await jump(page, [114.2, 30.655], 12.5);
	const count = async (name: string) =>
		(await placedNames(page, LABEL_LAYERS, 'zh')).filter((n) => n === name).length;
	await expect.poll(() => count('金银湖')).toBe(1);
	// The zone's district at z11.5 over its middle: one name, not one per tile.
	await jump(page, [114.12, 30.68], 11.5);
	await expect.poll(() => count('东西湖区')).toBe(1);
	expect(repeated(await placedNames(page, LABEL_LAYERS, 'zh'))).toEqual({});
});

test('on a phone every district is named once, the zone’s own included', async ({ browser }) => {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	await openAtlas(page, '/?lang=zh');
	await expect.poll(() => placedNames(page, LABEL_LAYERS, 'zh')).toContain('汉阳区');
	const names = await placedNames(page, LABEL_LAYERS, 'zh');
	expect(names.filter((n) => n === '东西湖区')).toHaveLength(1);
	// A polygon is labelled once per part and per tile, and queryRenderedFeatures folds
	// those into one feature: what keeps a name single is that it comes from one point.
	const geometries = await page.evaluate(() =>
		window
			.__atlasMap!.queryRenderedFeatures({ layers: ['zone-label', 'boundaries-label'] })
			.map((f) => f.geometry.type)
	);
	expect(new Set(geometries)).toEqual(new Set(['Point']));
	expect(repeated(names)).toEqual({});
	await page.getByTestId('lang-switch').click();
	await waitForIdle(page);
	await expect.poll(() => placedNames(page, LABEL_LAYERS, 'en')).toContain('Caidian District');
	const en = await placedNames(page, LABEL_LAYERS, 'en');
	expect(repeated(en)).toEqual({});
	await page.close();
});

for (const lang of ['zh', 'en'] as const) {
	test(`at z13.5 the display cluster is one named area, not a pattern of markers (${lang})`, async ({
		page
	}) => {
		await openAtlas(page, `/?lang=${lang}&chain=electronics`);
		await jump(page, [114.134, 30.658], 13.5);
		const drawn = (layer: string) =>
			page.evaluate(
				(layer) =>
					window
						.__atlasMap!.queryRenderedFeatures({ layers: [layer] })
						.map((f) => String(f.properties.id)),
				layer
			);
		// no electronics marker: none of them has a published position
		expect(await drawn('facilities-circle')).toEqual([]);
		// Symbols are placed a few frames after the tiles load: ask until placement settles.
		await expect.poll(() => drawn('approx-label')).toContain('display-panel-cluster');
		expect(new Set(await drawn('approx-fill'))).toContain('display-panel-cluster');
	});
}

test('English labels are short and wide enough not to stack over their markers', async ({
	page
}) => {
	await openAtlas(page, '/?lang=zh');
	await page.getByTestId('lang-switch').click();
	await waitForIdle(page);
	const layout = await page.evaluate(() => {
		const map = window.__atlasMap!;
		return {
			width: map.getLayoutProperty('facilities-label', 'text-max-width'),
			hubWidth: map.getLayoutProperty('hubs-label', 'text-max-width')
		};
	});
	// 16 ems of Latin text is about 30 letters a line.
	expect(layout).toEqual({ width: 16, hubWidth: 16 });
	await jump(page, [114.125, 30.66], 12.5);
	const placed = () =>
		page.evaluate(() =>
			window
				.__atlasMap!.queryRenderedFeatures({
					layers: ['facilities-label', 'hubs-label', 'approx-label']
				})
				.filter((f) => f.properties.label_en !== undefined)
				.map((f) => String(f.properties.label_en))
		);
	// Symbols are placed a few frames after the tiles load.
	await expect.poll(async () => (await placed()).length).toBeGreaterThan(2);
	const texts = await placed();
	// At most three lines each: no brackets or "Co., Ltd." on the map (the popup has the full name).
	for (const text of texts) {
		expect(text.length, text).toBeLessThanOrEqual(3 * 30);
		expect(text, text).not.toMatch(/[()（）]|Co\., Ltd/);
	}
});

test('the measured total sits beside the end vertex, not under it', async ({ page }) => {
	await openAtlas(page, '/?panel=measure&c=114.14,30.65&z=12');
	await drawLine(page, [114.115, 30.65], [114.165, 30.65]);
	await waitForIdle(page);
	const hits = await page.evaluate(() => {
		const map = window.__atlasMap!;
		const end = map.project([114.165, 30.65]);
		const at = (dx: number, dy: number) =>
			map.queryRenderedFeatures([end.x + dx, end.y + dy], { layers: ['analysis-label'] }).length;
		// The label is hit-tested by its text box: not on the vertex, up and to the right of it.
		return { onVertex: at(0, 0), beside: at(24, -12) };
	});
	expect(hits).toEqual({ onVertex: 0, beside: 1 });
});

test('two sites 3 m apart are both reachable: their area lists them, keyboard included', async ({
	page
}) => {
	const watch = watchPage(page);
	await openAtlas(page, '/?lang=zh');
	// 网安创新中心 and 浪潮武汉研发中心 (on its 5th floor): a few metres apart, both
	// placed only to the base's core (±2 km), so both are listed by its area.
	await jump(page, [114.1295, 30.677], 14);
	// The area's name steps aside from the park's: find where it is drawn.
	const findLabel = () =>
		page.evaluate(() => {
			const map = window.__atlasMap!;
			const f = map
				.queryRenderedFeatures({ layers: ['approx-label'] })
				.find((x) => x.properties.id === 'netsec-base-core')!;
			const c = map.project(
				f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0]
			);
			const box = map.getContainer().getBoundingClientRect();
			for (let r = 0; r <= 80; r += 4)
				for (const [dx, dy] of [
					[0, r],
					[0, -r],
					[r, 0],
					[-r, 0]
				] as const) {
					const hit = map.queryRenderedFeatures([c.x + dx, c.y + dy], { layers: ['approx-label'] });
					if (hit.some((h) => h.properties.id === 'netsec-base-core'))
						return { x: box.left + c.x + dx, y: box.top + c.y + dy };
				}
			return null;
		});
	const clickLabel = async () => {
		await expect.poll(findLabel).not.toBeNull();
		const point = (await findLabel())!;
		await page.mouse.click(point.x, point.y);
	};
	await clickLabel();
	const chooser = page.getByTestId('chooser');
	await expect(chooser).toBeVisible();
	const choices = chooser.getByRole('button', { name: /网安创新中心|浪潮/ });
	await expect(choices).toHaveCount(2);
	// The first choice has focus: Tab moves on, Enter chooses.
	await expect(chooser.locator('[data-id]').first()).toBeFocused();
	await page.keyboard.press('Tab');
	const second = await page.evaluate(() => document.activeElement?.textContent ?? '');
	await page.keyboard.press('Enter');
	await expect(chooser).toBeHidden();
	const title = page.getByTestId('detail').locator('h2');
	await expect(title).toContainText(second.trim().split(/\s/)[0]!.slice(0, 4));

	// And each is reachable by mouse; Esc closes the list without choosing.
	await page.getByTestId('detail-close').click();
	await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
	await jump(page, [114.1295, 30.677], 14);
	await clickLabel();
	await expect(chooser).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(chooser).toBeHidden();
	await clickLabel();
	await chooser.getByRole('button', { name: /浪潮/ }).click();
	await expect(title).toContainText('浪潮');
	await page.getByTestId('detail-close').click();
	await jump(page, [114.1295, 30.677], 14);
	await clickLabel();
	await chooser.getByRole('button', { name: /网安创新中心/ }).click();
	await expect(title).toContainText('网安创新中心');
	expect(watch.errors, 'console errors').toEqual([]);
});
