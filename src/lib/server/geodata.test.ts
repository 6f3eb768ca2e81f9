import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGeodataDir } from './geodata';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/geodata-valid');

describe('readGeodataDir', () => {
	let dir = '';
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
		dir = '';
	});

	/** A temporary folder holding `files` (path → text). */
	function folderWith(files: Record<string, string>): string {
		dir = mkdtempSync(path.join(tmpdir(), 'geodata-read-'));
		for (const [rel, text] of Object.entries(files)) {
			mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
			writeFileSync(path.join(dir, rel), text);
		}
		return dir;
	}

	it('reads the valid fixture: JSON parsed, .txt as text, paths sorted with "/"', () => {
		const folder = readGeodataDir(FIXTURE);
		expect(folder.errors).toEqual([]);
		expect(Object.keys(folder.files)).toEqual([
			'basemap/metro.geojson',
			'basemap/water.geojson',
			'boundaries/districts.geojson',
			'features/demo.geojson',
			'organisations.json',
			'sources/article.txt',
			'zone.json'
		]);
		expect(typeof folder.files['sources/article.txt']).toBe('string');
		expect((folder.files['zone.json'] as { id: string }).id).toBe('testzone');
		expect(Object.keys(folder.texts)).toEqual(Object.keys(folder.files));
	});

	it('skips what is not data: other extensions, dot files, tools/ and node_modules/', () => {
		const folder = readGeodataDir(
			folderWith({
				'zone.json': '{}',
				'README.md': '# notes',
				'.hidden.json': '{}',
				'tools/fetch.json': '{}',
				'node_modules/x/package.json': '{}',
				'features/nested/deep.geojson': '{}'
			})
		);
		expect(Object.keys(folder.files)).toEqual(['features/nested/deep.geojson', 'zone.json']);
	});

	it('reports a file that is not JSON, with line and column, and keeps its text', () => {
		const folder = readGeodataDir(folderWith({ 'zone.json': '{\n  "id": }\n' }));
		expect(folder.files).toEqual({});
		expect(folder.texts['zone.json']).toBe('{\n  "id": }\n');
		expect(folder.errors).toEqual([
			{ file: 'zone.json', message: 'invalid JSON at line 2, column 9: unexpected "}"' }
		]);
	});
});
