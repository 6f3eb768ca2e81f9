/**
 * What the first view ships: the app's own JavaScript (MapLibre aside) within
 * a budget, and the code of tools nobody has used yet not loaded at all.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { openAtlas } from './helpers';

/**
 * The app’s JavaScript on first load, MapLibre (and its worker) aside, gzip-compressed.
 * Issue 13 asks for 80 kB; the app ships ~115 kB (Svelte's and SvelteKit's runtime
 * are 32 kB, the search worker 9 kB; the page's chunk holds the first view's panels,
 * the map adapter and the state): this guards against growth. See README, Performance.
 */
const BUDGET_GZIP = 120 * 1024;

/** Modules that load only when their tool is first used, by the build manifest's key. */
const LAZY = {
	'terra-draw (drawing and measuring)': 'src/lib/map/measure-tool.ts',
	'the QR encoder': 'node_modules/uqr/dist/index.mjs',
	'the CSV reader': 'node_modules/papaparse/papaparse.min.js',
	'the import dialog': 'src/lib/components/ImportDialog.svelte',
	'datum conversion (gcoord)': 'src/lib/data/move.ts',
	'the polygon clipping of zone distances': 'src/lib/geo/zone-distance.ts',
	'the export writers (KML, CSV)': 'src/lib/export/features.ts',
	'MiniSearch on the main thread': 'src/lib/data/search.ts',
	'the PDF writer': 'node_modules/pdf-lib/es/index.js',
	'culori (the high-contrast basemap)': 'src/lib/map/contrast.ts',
	'zod (the position-correction form)': 'src/lib/components/CorrectionTools.svelte',
	'the Stats tab': 'src/lib/components/StatsPanel.svelte',
	'the Analyze tab': 'src/lib/components/AnalyzePanel.svelte',
	'the share dialog': 'src/lib/components/ShareDialog.svelte',
	'the site report': 'src/lib/components/SiteReport.svelte',
	'the detail panel (with the first selection)': 'src/lib/components/DetailPanel.svelte',
	'the compare tray': 'src/lib/components/CompareTray.svelte',
	'the Filters tab': 'src/lib/components/FilterPanel.svelte',
	'the List tab': 'src/lib/components/ResultsTab.svelte',
	'the keyboard shortcuts dialog': 'src/lib/components/KeyboardHelp.svelte'
};

type Manifest = Record<string, { file: string }>;

test('the first view ships the app’s code within budget, and no tool’s code before it is used', async ({
	page
}) => {
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Manifest;
	const scripts = new Map<string, Buffer>();
	page.on('response', async (res) => {
		if (res.request().resourceType() !== 'script' || !res.ok()) return;
		scripts.set(new URL(res.url()).pathname, await res.body());
	});
	await openAtlas(page, '/?lang=en');
	await page.waitForTimeout(500);

	const paths = [...scripts.keys()];
	for (const [tool, key] of Object.entries(LAZY)) {
		const file = manifest[key]?.file;
		expect(file, `${key} is a chunk of its own`).toBeTruthy();
		expect(paths, `${tool} is loaded on first view`).not.toContain(`/${file}`);
	}

	const sizes = [...scripts].map(([path, body]) => ({
		path,
		gzip: gzipSync(body, { level: 9 }).length,
		maplibre:
			path.includes('maplibre-gl-worker') ||
			(body.toString('utf8').match(/maplibre/g) ?? []).length > 50
	}));
	expect(sizes.filter((s) => s.maplibre)).toHaveLength(2);
	const app = sizes.filter((s) => !s.maplibre).reduce((sum, s) => sum + s.gzip, 0);
	console.log(
		`first-load JS, gzip: app ${(app / 1024).toFixed(1)} kB in ${sizes.length - 1} files; ` +
			sizes.map((s) => `${s.path.split('/').pop()} ${(s.gzip / 1024).toFixed(1)}`).join(', ')
	);
	expect(app).toBeLessThanOrEqual(BUDGET_GZIP);
});
