import { describe, expect, it, vi } from 'vitest';
import type { ExportContext } from '$lib/export/features';
import { entity } from '$lib/testing/entities';
import { featuresFile } from './export-context';

const ctx: ExportContext = {
	hubs: [{ role: 'airport', point: [114.2, 30.6] }],
	roadRoles: ['airport'],
	geometries: new Map(),
	layerNames: new Map(),
	lang: 'zh'
};

describe('featuresFile', () => {
	const entities = [entity('boe', { name_zh: '京东方' })];

	it('names, writes and types each format from one place', async () => {
		const context = vi.fn(async () => ctx);
		const csv = await featuresFile('csv', entities, 'zone-2026', context);
		expect(csv.name).toBe('zone-2026.csv');
		expect(csv.type).toBe('text/csv');
		// (the byte-order mark is added when the file is saved: components/download.ts)
		expect(csv.text).toContain('京东方');

		const kml = await featuresFile('kml', entities, 'zone', context);
		expect([kml.name, kml.type]).toEqual(['zone.kml', 'application/vnd.google-earth.kml+xml']);
		expect(kml.text).toContain('<name>京东方');

		const geojson = await featuresFile('geojson', entities, 'zone', context);
		expect(geojson.type).toBe('application/geo+json');
		expect(JSON.parse(geojson.text).features).toHaveLength(1);
	});

	it('writes a GeoJSON of its own when given one, without fetching the context', async () => {
		const context = vi.fn(async () => ctx);
		const own = { type: 'FeatureCollection', features: [], name: 'own' };
		const file = await featuresFile('geojson', entities, 'my layer', context, () => own);
		expect(JSON.parse(file.text)).toEqual(own);
		expect(file.name).toBe('my layer.geojson');
		expect(context).not.toHaveBeenCalled();
	});
});
