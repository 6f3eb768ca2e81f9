/**
 * The site report's content on the real dataset: every part the issue asks
 * for, in the chosen language, Chinese intact.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/data/build';
import { readGeodataDir } from '../../src/lib/server/geodata';
import { Catalog } from '../../src/lib/state/catalog.svelte';
import { reportSite } from '../../src/lib/state/report';
import { featuresCsv } from '../../src/lib/export/features';

const folder = readGeodataDir(fileURLToPath(new URL('../../geodata/', import.meta.url)));
const { index } = buildAtlas(folder.files);
const catalog = new Catalog(index);
const hanou = catalog.byId.get('hanou-logistics-park')!;

describe('site report', () => {
	it('gives identity, provenance, road access and the five nearest, in English', async () => {
		const r = reportSite(hanou, catalog, 'en');
		expect(r.name).toBe(hanou.name_en);
		expect(r.otherName).toBe(hanou.name_zh);
		expect(r.position.headline).toMatch(/±/);
		expect(r.position.coordinates).toMatch(/WGS-84/);
		expect(r.source.sentence_zh).toBe(hanou.source.sentence_zh);
		expect(r.access.map((a) => a.road).every((s) => /min/.test(s))).toBe(true);
		expect(r.nearest).toHaveLength(5);
		expect(r.nearest.map((n) => n.name)).not.toContain(hanou.name_en);
	});

	it('speaks Chinese when asked', async () => {
		const r = reportSite(hanou, catalog, 'zh');
		expect(r.name).toBe(hanou.name_zh);
		expect(r.access[0]!.road).toMatch(/分钟/);
	});
});

describe('CSV export of the dataset', () => {
	it('has one row per entity with its road times to every hub', async () => {
		const roles = catalog.reachRoles();
		const text = await featuresCsv(index.entities, {
			hubs: catalog.hubs.map((h) => ({ role: h.role, point: [h.point[0], h.point[1]] })),
			roadRoles: roles,
			lang: 'zh'
		});
		const lines = text.split('\r\n');
		expect(lines).toHaveLength(index.entities.length + 1);
		for (const role of roles) expect(lines[0]).toContain(`${role}_road_min`);
	});
});
