/**
 * The commands end to end, as `npm run geodata` runs them: through
 * scripts/geodata.ts in a child process, against copies of the valid fixture.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readGeodataDir } from './geodata';
import { withDetails } from './details';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/geodata-valid');
const FEATURES = 'features/demo.geojson';
const F = `${FEATURES}: `;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const valid = readGeodataDir(FIXTURE).files;

describe('geodata check (CLI)', () => {
	const run = promisify(execFile);
	const check = (dir: string) =>
		run('npx', ['tsx', 'scripts/geodata.ts', 'check'], {
			cwd: ROOT,
			env: { ...process.env, GEODATA_DIR: dir }
		}).then(
			({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
			(err: { code: number; stdout: string; stderr: string }) => ({
				code: err.code,
				stdout: err.stdout,
				stderr: err.stderr
			})
		);

	it('passes the valid fixture', async () => {
		const { code, stdout, stderr } = await check(FIXTURE);
		expect(stderr).toBe('');
		expect(stdout.trim()).toBe('geodata: 7 files, 4 features, 0 errors');
		expect(code).toBe(0);
	}, 30_000);

	it('fails a broken copy, printing every error on its own line', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'geodata-broken-'));
		try {
			cpSync(FIXTURE, dir, { recursive: true });
			writeFileSync(
				path.join(dir, 'basemap/water.geojson'),
				'{\n  "type": "FeatureCollection",\n  "features": [,]\n}\n'
			);
			const fc = structuredClone(valid[FEATURES]) as Json;
			delete fc.features[0].properties.name_zh;
			fc.features[1].properties.position.accuracy_m = -1;
			writeFileSync(path.join(dir, FEATURES), JSON.stringify(fc, null, 2));
			const { code, stderr } = await check(dir);
			expect(code).toBe(1);
			expect(stderr.trim().split('\n')).toEqual([
				expect.stringMatching(
					/^basemap\/water\.geojson: invalid JSON at line 3, column 16: unexpected ","$/
				),
				`${F}alpha-works: name_zh: is required`,
				`${F}beta-park: position.accuracy_m: must be a positive number (got -1)`,
				'geodata: 7 files, 4 features, 3 errors'
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 30_000);
});

describe('geodata move (CLI)', () => {
	const run = promisify(execFile);

	it('rewrites the file holding the id and re-checks the folder', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'geodata-move-'));
		try {
			cpSync(FIXTURE, dir, { recursive: true });
			const args = [
				'tsx',
				'scripts/geodata.ts',
				'move',
				'alpha-works',
				'--gcj02',
				'112.03,28.03',
				'--accuracy',
				'30'
			];
			const { stdout } = await run('npx', args, {
				cwd: ROOT,
				env: { ...process.env, GEODATA_DIR: dir }
			});
			expect(stdout).toContain(
				'moved alpha-works in features/demo.geojson to WGS-84 112.024362, 28.033276'
			);
			expect(stdout).toContain('geodata: 7 files, 4 features, 0 errors');
			const fc = JSON.parse(
				readFileSync(path.join(dir, 'features/demo.geojson'), 'utf8')
			) as FeatureCollection;
			const moved = fc.features.find((f) => f.id === 'alpha-works')!;
			expect(moved.geometry).toEqual({ type: 'Point', coordinates: [112.024362, 28.033276] });
			expect(moved.properties?.position).toMatchObject({
				method: 'sourced',
				accuracy_m: 30,
				original: { datum: 'GCJ-02', coordinates: [112.03, 28.03] }
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 30_000);

	it('explains bad arguments', async () => {
		const failed = await run(
			'npx',
			['tsx', 'scripts/geodata.ts', 'move', 'alpha-works', '--gcj02', '112.03'],
			{ cwd: ROOT }
		).catch((err: { code: number; stderr: string }) => err);
		expect(failed).toMatchObject({ code: 2 });
		expect((failed as { stderr: string }).stderr).toContain(
			'move: --gcj02 wants <lon>,<lat> in degrees (got "112.03")'
		);
		expect((failed as { stderr: string }).stderr).toContain('usage:');
	}, 30_000);
});

describe('geodata apply (CLI)', () => {
	const apply = (corrections: unknown, geodata: string) => {
		const file = path.join(geodata, '..', 'corrections.json');
		writeFileSync(
			file,
			typeof corrections === 'string' ? corrections : JSON.stringify(corrections)
		);
		return promisify(execFile)(
			'npx',
			['tsx', 'scripts/geodata.ts', 'apply', file, '--geodata', geodata],
			{ cwd: ROOT }
		).then(
			({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
			(err: { code: number; stdout: string; stderr: string }) => ({
				code: err.code,
				stdout: err.stdout,
				stderr: err.stderr
			})
		);
	};
	/** A copy of the valid fixture in a temp folder (geodata/ inside it) and its texts. */
	const copy = () => {
		const tmp = mkdtempSync(path.join(tmpdir(), 'geodata-apply-'));
		const dir = path.join(tmp, 'geodata');
		cpSync(FIXTURE, dir, { recursive: true });
		return { tmp, dir, before: readGeodataDir(dir).texts };
	};
	const alpha = {
		id: 'alpha-works',
		datum: 'GCJ-02',
		coordinates: [112.03, 28.03],
		accuracy_m: 30,
		source: { note: 'Amap picker, main gate' }
	};
	const sky = {
		id: 'sky-port',
		datum: 'WGS-84',
		coordinates: [112.151, 28.051],
		accuracy_m: 80,
		source: { url: 'https://example.org/aip' }
	};

	it('applies every correction, one line each, and re-checks the folder', async () => {
		const { tmp, dir, before } = copy();
		try {
			const { code, stdout, stderr } = await apply({ version: 1, corrections: [alpha, sky] }, dir);
			expect(stderr).toBe('');
			expect(stdout.trim().split('\n')).toEqual([
				'alpha-works (features/demo.geojson): 112.02, 28.02 → 112.024362, 28.033276 (moved 1537 m; from GCJ-02 112.03, 28.03, ±30 m)',
				'sky-port (features/demo.geojson): 112.15, 28.05 → 112.151, 28.051 (moved 148 m; WGS-84, ±80 m)',
				'applied 2 corrections to 1 file(s)',
				'geodata: 7 files, 4 features, 0 errors'
			]);
			expect(code).toBe(0);
			const after = readGeodataDir(dir);
			const changed = Object.keys(before).filter((p) => before[p] !== after.texts[p]);
			expect(changed).toEqual([FEATURES]);
			const features = (after.files[FEATURES] as FeatureCollection).features;
			expect(features.find((f) => f.id === 'sky-port')?.properties?.position).toEqual({
				method: 'sourced',
				source: 'moved by a maintainer to WGS-84 112.151, 28.051; source: https://example.org/aip',
				accuracy_m: 80,
				original: { coordinates: [112.151, 28.051], datum: 'WGS-84' }
			});
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	}, 30_000);

	it('rejects the whole file, listing every bad entry, and changes nothing', async () => {
		const { tmp, dir, before } = copy();
		try {
			const bad = { ...sky, id: 'nowhere', accuracy_m: 0 };
			const { code, stdout, stderr } = await apply({ version: 1, corrections: [alpha, bad] }, dir);
			expect(code).toBe(1);
			expect(stdout).toBe('');
			expect(stderr.trim().split('\n')).toEqual([
				'corrections.json: entry 2 (nowhere): accuracy_m: must be a positive number (got 0)',
				'apply: 1 errors; nothing changed'
			]);
			const unknown = await apply(
				{ version: 1, corrections: [alpha, { ...sky, id: 'nowhere' }] },
				dir
			);
			expect(unknown.code).toBe(1);
			expect(unknown.stderr).toContain(
				'corrections.json: entry 2 (nowhere): id: no feature "nowhere" in the feature files'
			);
			expect(readGeodataDir(dir).texts).toEqual(before);
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	}, 30_000);

	it('writes nothing when the corrected dataset would not validate', async () => {
		const { tmp, dir, before } = copy();
		try {
			// alpha-works onto sky-port's point: two sites stacked outside any cluster
			const stacked = { ...alpha, datum: 'WGS-84', coordinates: [112.15, 28.05] };
			const { code, stderr } = await apply({ version: 1, corrections: [stacked] }, dir);
			expect(code).toBe(1);
			expect(stderr).toContain('corrections.json: the corrected dataset would be invalid: ');
			expect(stderr).toContain('nothing changed');
			expect(readGeodataDir(dir).texts).toEqual(before);
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	}, 30_000);
});

describe('geodata build (CLI), a large dataset', () => {
	const run = promisify(execFile);
	const build = (out: string, env: Record<string, string>) =>
		run('npx', ['tsx', 'scripts/geodata.ts', 'build'], {
			cwd: ROOT,
			env: { ...process.env, GEODATA_DIR: FIXTURE, GEODATA_OUT: out, ...env }
		});

	it('leaves the details out of atlas.json in files of its entities, which give them back', async () => {
		const plainDir = mkdtempSync(path.join(tmpdir(), 'atlas-plain-'));
		const largeDir = mkdtempSync(path.join(tmpdir(), 'atlas-large-'));
		try {
			await build(plainDir, {});
			const { stdout } = await build(largeDir, { GEODATA_DETAILS_FROM: '1' });
			expect(stdout).toMatch(/wrote 1 details files/);
			const plain = JSON.parse(readFileSync(path.join(plainDir, 'atlas.json'), 'utf8'));
			const large = JSON.parse(readFileSync(path.join(largeDir, 'atlas.json'), 'utf8'));
			expect(plain.details).toBeUndefined();
			expect(large.details).toEqual({ url: 'details/{n}.json', per: 1000 });
			// the entities themselves are in parts beside it, in order (data/parts.ts)
			expect(stdout).toMatch(/wrote 1 entity parts/);
			expect(large.entities).toEqual([]);
			expect(large.parts).toEqual({
				url: 'entities/{n}.json',
				per: 10_000,
				count: plain.entities.length
			});
			const part = JSON.parse(readFileSync(path.join(largeDir, 'entities/0.json'), 'utf8'));
			expect(part.map((e: Json) => e.id)).toEqual(plain.entities.map((e: Json) => e.id));
			for (const e of part) {
				expect(e).not.toHaveProperty('source');
				expect(e).not.toHaveProperty('search');
				expect(e.position).not.toHaveProperty('source');
			}
			const merged = withDetails(large, largeDir);
			delete merged.details;
			delete merged.parts;
			expect(merged).toEqual(plain);
			// the search index is built from the whole entities either way
			expect(readFileSync(path.join(largeDir, 'search.json'), 'utf8')).toBe(
				readFileSync(path.join(plainDir, 'search.json'), 'utf8')
			);
			// a build below the threshold removes an earlier build's details files
			await build(largeDir, {});
			expect(() => readFileSync(path.join(largeDir, 'details/0.json'))).toThrow();
			expect(() => readFileSync(path.join(largeDir, 'entities/0.json'))).toThrow();
		} finally {
			rmSync(plainDir, { recursive: true, force: true });
			rmSync(largeDir, { recursive: true, force: true });
		}
	}, 60_000);
});
