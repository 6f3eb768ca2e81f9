/**
 * The dependency rules of the Architecture section, checked on the import
 * lines of every source file: they hold because a test fails when they break.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

/** Every module a file imports (static and type imports, re-exports). */
function importsOf(path: string): string[] {
	const text = readFileSync(path, 'utf8');
	return [
		...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g)
	].map((m) => m[1] ?? m[2]!);
}

const SOURCES = files(SRC).map((path) => ({
	path,
	rel: relative(ROOT, path),
	imports: importsOf(path)
}));
const isTest = (rel: string) => /\.test\.ts$|\.bench\.ts$|\/testing(\/|\.ts$)/.test(rel);

function offenders(dir: string, forbidden: RegExp, opts: { tests?: boolean } = {}) {
	return SOURCES.filter((f) => f.rel.startsWith(dir) && (opts.tests || !isTest(f.rel))).flatMap(
		(f) => f.imports.filter((i) => forbidden.test(i)).map((i) => `${f.rel} → ${i}`)
	);
}

describe('architecture', () => {
	it('state and map do not import each other', () => {
		expect(offenders('src/lib/state/', /\$lib\/map\b|\.\.\/map\//, { tests: true })).toEqual([]);
		expect(offenders('src/lib/map/', /\$lib\/state\b|\.\.\/state\//, { tests: true })).toEqual([]);
	});

	it('geo depends on nothing of the app; data only on geo', () => {
		expect(offenders('src/lib/geo/', /\$lib\/(?!geo\/)/)).toEqual([]);
		expect(offenders('src/lib/data/', /\$lib\/(state|map|components|server|i18n)\b/)).toEqual([]);
	});

	it('export depends on data and geo only', () => {
		expect(offenders('src/lib/export/', /\$lib\/(?!data\/|geo\/)|\.\.\/(?!data\/|geo\/)/)).toEqual(
			[]
		);
	});

	it('the workers depend on geo and data only, by relative imports', () => {
		expect(offenders('src/lib/worker/', /\$lib\/|\.\.\/(?!geo\/|data\/)/)).toEqual([]);
	});

	it('the import (pure modules and its worker) depends on geo and data only, by relative imports', () => {
		expect(offenders('src/lib/import/', /\$lib\/|\.\.\/(?!geo\/|data\/)/, { tests: true })).toEqual(
			[]
		);
	});

	it('nothing in src/ imports from scripts/', () => {
		expect(offenders('src/', /(^|\/)scripts\//, { tests: true })).toEqual([]);
	});

	it('MapLibre and terra-draw are used only in src/lib/map/', () => {
		const outside = SOURCES.filter((f) => !f.rel.startsWith('src/lib/map/')).flatMap((f) =>
			f.imports
				.filter((i) => /^(maplibre-gl|terra-draw)/.test(i))
				// the window type of the test contract and the stylesheet are not code
				.filter((i) => !(f.rel === 'src/app.d.ts' || i.endsWith('.css')))
				.map((i) => `${f.rel} → ${i}`)
		);
		expect(outside).toEqual([]);
	});

	it('no source file is over ~400 lines, data tables aside', () => {
		const long = SOURCES.filter((f) => !isTest(f.rel) && !/\/i18n\/(zh|en)\.ts$/.test(f.rel))
			.map((f) => ({ rel: f.rel, lines: readFileSync(f.path, 'utf8').split('\n').length }))
			.filter((f) => f.lines > 430)
			.map((f) => `${f.rel}: ${f.lines}`);
		expect(long).toEqual([]);
	});
});

describe('the geodata CLI runs without SvelteKit', () => {
	it('uses relative imports in what scripts/ loads (tsx has no $lib alias in a fresh clone)', () => {
		const cli = ['src/lib/server/', 'src/lib/data/', 'src/lib/geo/'];
		const bad = SOURCES.filter((f) => cli.some((d) => f.rel.startsWith(d)) && !isTest(f.rel))
			.filter((f) => !f.rel.endsWith('.svelte.ts'))
			.flatMap((f) => f.imports.filter((i) => i.startsWith('$lib/')).map((i) => `${f.rel} → ${i}`));
		expect(bad).toEqual([]);
	});
});
