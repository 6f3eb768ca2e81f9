import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * A stand-in "online" basemap for the switcher test, as a data: URL so that
 * no request leaves the origin: a background and an attributed GeoJSON source.
 */
export const TEST_ONLINE_STYLE = {
	version: 8,
	sources: {
		'test-land': {
			type: 'geojson',
			attribution: '© Test Online Tiles',
			data: {
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[113.9, 30.5],
							[114.4, 30.5],
							[114.4, 30.85],
							[113.9, 30.85],
							[113.9, 30.5]
						]
					]
				}
			}
		}
	},
	layers: [
		{ id: 'online-background', type: 'background', paint: { 'background-color': '#dde6d5' } },
		{ id: 'online-land', type: 'fill', source: 'test-land', paint: { 'fill-color': '#eef2e6' } }
	]
};

/**
 * e2e runs against the production build (`npm run build` first; `npm test` does it),
 * in Debian's Chromium with software WebGL, and with every host but localhost
 * unresolvable: a request that leaves the origin fails loudly.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	workers: 1,
	fullyParallel: false,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
	},
	webServer: {
		command: 'node scripts/serve.js',
		url: `http://127.0.0.1:${PORT}/`,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			PUBLIC_BASEMAP_STYLE_URL:
				'data:application/json,' + encodeURIComponent(JSON.stringify(TEST_ONLINE_STYLE))
		},
		reuseExistingServer: false,
		timeout: 30_000
	}
});
