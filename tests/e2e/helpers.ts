import { expect, type Page } from '@playwright/test';
import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
	interface Window {
		__atlasMap?: MaplibreMap;
	}
}

export const INSTALL_HINT =
	'No CJK font renders in this Chromium: Chinese labels would be tofu boxes. ' +
	'Install one: apt-get install -y fonts-wqy-zenhei (or fonts-noto-cjk).';

/**
 * True when the browser draws 京 with a real glyph: compare its pixels with a
 * code point no font has (U+10FFFD draws the missing-glyph box).
 */
export async function cjkGlyphRenders(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const draw = (ch: string) => {
			const c = document.createElement('canvas');
			c.width = 40;
			c.height = 40;
			const ctx = c.getContext('2d')!;
			ctx.fillStyle = '#fff';
			ctx.fillRect(0, 0, 40, 40);
			ctx.fillStyle = '#000';
			ctx.font = '32px "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif';
			ctx.fillText(ch, 2, 34);
			return Array.from(ctx.getImageData(0, 0, 40, 40).data).join(',');
		};
		const han = draw('京');
		return han !== draw('\u{10FFFD}') && han !== draw(' ');
	});
}

/** Collects console errors and every request that leaves the page's origin. */
export function watchPage(page: Page) {
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.host !== '127.0.0.1:' + (process.env.E2E_PORT ?? '4173')) foreign.push(r.url());
	});
	return { errors, foreign };
}

/** Opens a URL and waits for the map's first idle (the test contract). */
export async function openAtlas(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await waitForIdle(page);
}

export async function waitForIdle(page: Page) {
	await page.waitForFunction(() => {
		const map = window.__atlasMap;
		return !!map && map.loaded() && map.areTilesLoaded() && !map.isMoving();
	});
}

/** Ids of rendered features on some MapLibre layers. */
export async function renderedIds(page: Page, layers: string[]): Promise<string[]> {
	return page.evaluate((layers) => {
		const map = window.__atlasMap!;
		const present = layers.filter((l) => map.getLayer(l));
		return map.queryRenderedFeatures({ layers: present }).map((f) => String(f.properties.id));
	}, layers);
}

/** Screen position of an entity's rendered marker on a layer. */
export async function screenPointOf(page: Page, layer: string, id: string) {
	return page.evaluate(
		({ layer, id }) => {
			const map = window.__atlasMap!;
			const f = map.queryRenderedFeatures({ layers: [layer] }).find((x) => x.properties.id === id);
			if (!f || f.geometry.type !== 'Point') return null;
			const p = map.project(f.geometry.coordinates as [number, number]);
			const box = map.getContainer().getBoundingClientRect();
			return { x: box.left + p.x, y: box.top + p.y };
		},
		{ layer, id }
	);
}

/**
 * Draws a measurement line between two lon/lat points with the Measure tab's
 * line tool, clicking where the map shows them (the Measure tab must be open).
 */
export async function drawLine(page: Page, a: [number, number], b: [number, number]) {
	const [pa, pb] = await page.evaluate(
		([a, b]) => {
			const map = window.__atlasMap!;
			const box = map.getContainer().getBoundingClientRect();
			return [a, b].map((p) => {
				const s = map.project(p as [number, number]);
				return { x: box.left + s.x, y: box.top + s.y };
			});
		},
		[a, b]
	);
	const line = page.getByTestId('measure-line');
	await line.click();
	await expect(line).toHaveAttribute('aria-pressed', 'true');
	// terra-draw is fetched on first use: wait for it to be on the map (its layers are 'measure-…')
	await page.waitForFunction(() => !!window.__atlasMap!.getLayer('measure-linestring'));
	// Each click waits for the panel to show what it did (no fixed sleeps).
	const rows = page.getByTestId('measure-result');
	const before = await rows.count();
	await page.mouse.click(pa!.x, pa!.y);
	await expect(rows).toHaveCount(before + 1); // the line in progress
	const total = rows.last().getByTestId('measure-total');
	await page.mouse.move(pb!.x, pb!.y);
	await page.mouse.click(pb!.x, pb!.y);
	await expect(total).not.toHaveText(/^0\s*m$/);
	await page.mouse.click(pb!.x, pb!.y); // clicking the last point again finishes the line
	await expect(line).toHaveAttribute('aria-pressed', 'false');
}
