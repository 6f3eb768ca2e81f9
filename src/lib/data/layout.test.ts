import { describe, expect, it } from 'vitest';
import { fileRole, pathsOf } from './layout';

describe('fileRole', () => {
	it('knows a file by its folder, not its name', () => {
		expect(fileRole('zone.json')).toBe('zone');
		expect(fileRole('organisations.json')).toBe('organisations');
		expect(fileRole('features/anything.geojson')).toBe('features');
		expect(fileRole('boundaries/districts.geojson')).toBe('boundaries');
		expect(fileRole('basemap/water.geojson')).toBe('basemap');
		expect(fileRole('sources/2024/article.txt')).toBe('source');
	});

	it('calls everything else unknown', () => {
		expect(fileRole('features/notes.json')).toBe('unknown');
		expect(fileRole('features/nested/x.geojson')).toBe('unknown');
		expect(fileRole('README.md')).toBe('unknown');
		expect(fileRole('sources/article.md')).toBe('unknown');
	});
});

describe('pathsOf', () => {
	it('lists the paths of one role, sorted', () => {
		const files = {
			'features/b.geojson': {},
			'zone.json': {},
			'features/a.geojson': {},
			'basemap/water.geojson': {}
		};
		expect(pathsOf(files, 'features')).toEqual(['features/a.geojson', 'features/b.geojson']);
		expect(pathsOf(files, 'boundaries')).toEqual([]);
	});
});
