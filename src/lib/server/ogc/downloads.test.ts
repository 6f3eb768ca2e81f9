import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleDownloadFile, handleDownloadList } from './downloads';
import { OgcStore } from './store';
import { MARKUP_NAME, ROAD_COUNT, writeCompiledFixture } from './testing';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let dir: string;
let store: OgcStore;
beforeAll(() => {
	dir = writeCompiledFixture();
	store = new OgcStore(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('downloads', () => {
	it('lists every layer with its URL and the licences from the data', async () => {
		const res = handleDownloadList(new Request('http://h/downloads?f=json'), store);
		const { files } = (await res.json()) as { files: Json[] };
		const roads = files.find((f) => f.id === 'roads')!;
		expect(roads).toMatchObject({
			href: 'http://h/downloads/roads.geojson',
			features: ROAD_COUNT,
			licences: [
				{
					licence: 'ODbL-1.0',
					attribution: '© Test Road Mappers',
					licence_url: 'https://spdx.org/licenses/ODbL-1.0.html'
				}
			]
		});
		const facilities = files.find((f) => f.id === 'facilities')!;
		expect(facilities.licences.map((l: Json) => l.use)).toEqual(['data', 'derived']);
	});

	it('renders the listing as escaped HTML for a browser', async () => {
		const res = handleDownloadList(
			new Request('http://h/downloads', { headers: { accept: 'text/html' } }),
			store
		);
		const text = await res.text();
		expect(text).toContain('© Test Road Mappers');
		expect(text).toContain('href="http://h/downloads/roads.geojson"');
	});

	it('serves a layer as a GeoJSON attachment with its licences', async () => {
		const res = handleDownloadFile(
			new Request('http://h/downloads/facilities.geojson'),
			'facilities.geojson',
			store
		);
		expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
		expect(res.headers.get('content-disposition')).toBe(
			'attachment; filename="facilities.geojson"'
		);
		const fc = (await res.json()) as Json;
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features.map((f: Json) => f.properties.name_zh)).toContain(MARKUP_NAME);
		expect(fc.licences[0]).toMatchObject({ use: 'data' });
	});

	it('answers an unknown file with a 404 problem listing the files', async () => {
		const res = handleDownloadFile(new Request('http://h/downloads/x.zip'), 'x.zip', store);
		expect(res.status).toBe(404);
		expect(((await res.json()) as Json).detail).toContain('roads.geojson');
	});
});
