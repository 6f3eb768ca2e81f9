/**
 * Road access on the real dataset: what the access card and the compare rows
 * show for a site, from the figures the build computed.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/lib/data/build';
import { readGeodataDir } from '../../src/lib/server/geodata';
import { Catalog } from '../../src/lib/state/catalog.svelte';
import { compareTable } from '../../src/lib/state/compare';
import { accessRows, formatRoad, isochroneGroups } from '../../src/lib/state/road-access';
import { formatDistance } from '../../src/lib/i18n/format';
import { routeOverlay } from '../../src/lib/state/routing.svelte';

const folder = readGeodataDir(fileURLToPath(new URL('../../geodata/', import.meta.url)));
const { index } = buildAtlas(folder.files);
const catalog = new Catalog(index);
const hanou = catalog.byId.get('hanou-logistics-park')!;

describe('road access of a site', () => {
	const rows = accessRows(hanou, catalog, 'en');
	const byRole = new Map(rows.map((r) => [r.role, r]));

	it('has a road figure to every hub and to the nearest metro station', () => {
		expect([...byRole.keys()]).toEqual(['airport', 'rail', 'seat', 'bonded', 'metro']);
		for (const r of rows) {
			expect(r.road, r.role).toBeDefined();
			// a road is never shorter than the straight line beside it
			expect(r.road!.m, r.role).toBeGreaterThanOrEqual(Math.floor(r.straight_m));
		}
	});

	it('puts the rail terminal minutes away, as a range for an estimated position', () => {
		const rail = byRole.get('rail')!.road!;
		expect(rail.s).toBeLessThan(10 * 60);
		expect(rail.range.low_s).toBeLessThan(rail.s);
		expect(rail.range.high_s).toBeGreaterThan(rail.s);
		// ±2.5 km park to a ±2 km terminal 1.2 km away by road: a span from nil, never "1.2 km"
		expect(formatRoad(rail, 'en')).toMatch(/^0–\d+ km · \d+–\d+ min$/);
	});

	it('gives a ±5 km site every distance with its uncertainty, never crisp metres', () => {
		const tcl = catalog.byId.get('tcl-ac-wuhan-park')!;
		expect(tcl.position.accuracy_m).toBe(5000);
		const tclRows = accessRows(tcl, catalog, 'zh');
		expect(tclRows.map((r) => r.role)).toEqual(expect.arrayContaining(['airport', 'rail']));
		for (const r of tclRows) {
			const straight = formatDistance(r.straight, 'zh');
			const road = formatRoad(r.road!, 'zh');
			expect(straight, r.role).toMatch(/^(0–\d+ km|约 \d+ km ± \d+ km)$/);
			expect(road, r.role).toMatch(/^(0–\d+ km|约 \d+ km ± \d+ km) · \d+–\d+ 分钟$/);
		}
	});

	it('names the nearest station and says the airport lies beyond the road data', () => {
		expect(byRole.get('metro')!.name).toMatch(/^Nearest metro \(.+\)$/);
		expect(byRole.get('metro')!.place).toHaveProperty('point');
		expect(byRole.get('airport')!.road!.hc).toBeGreaterThan(2000);
	});

	it('leaves a hub out of its own rows', () => {
		const rail = catalog.byId.get(index.zone.hubs.rail!)!;
		expect(accessRows(rail, catalog, 'zh').map((r) => r.role)).not.toContain('rail');
	});

	it('gives compare rows of road figures for every hub', () => {
		const boe = catalog.byId.get('boe-wuhan')!;
		const table = compareTable([hanou, boe], {
			lang: 'zh',
			chains: catalog.chains,
			hubs: catalog.hubs,
			hubName: (h) => h.role,
			nearest: () => undefined,
			access: (e) => accessRows(e, catalog, 'zh')
		});
		const keys = table.map((r) => r.key);
		expect(keys).toEqual(
			expect.arrayContaining([
				'road-airport',
				'road-rail',
				'road-seat',
				'road-bonded',
				'road-metro'
			])
		);
		const rail = table.find((r) => r.key === 'road-rail')!;
		expect(rail.values.every((v) => / km · .*分钟$/.test(v))).toBe(true);
		expect(table.find((r) => r.key === 'road-metro')!.values[0]).toMatch(/ · .* km · /);
	});
});

describe('isochrone and route overlays', () => {
	it('puts each site in the smallest band that holds it, leaving out the origin', () => {
		const groups = isochroneGroups(
			{
				origin: [114, 30],
				connector_m: 0,
				bands: [5, 10, 30].map((minutes) => ({
					minutes,
					area: { type: 'MultiPolygon', coordinates: [] }
				})),
				sites: [
					{ id: 'hanou-logistics-park', s: 0 },
					{ id: 'boe-wuhan', s: 300 },
					{ id: 'wuhan-tianhe-airport', s: 301 }
				]
			},
			(id) => catalog.byId.get(id),
			'hanou-logistics-park'
		);
		expect(groups.map((g) => [g.minutes, g.sites.map((s) => s.entity.id)])).toEqual([
			[5, ['boe-wuhan']],
			[10, ['wuhan-tianhe-airport']],
			[30, []]
		]);
	});

	it('draws a route as its road line plus the straight legs that have a length', () => {
		const line = (a: number) => ({
			type: 'LineString' as const,
			coordinates: [
				[a, 0],
				[a, 1]
			]
		});
		const features = routeOverlay({
			reachable: true,
			length_m: 10,
			time_s: 1,
			path: line(0),
			network: { length_m: 9, time_s: 1, junctions: 0 },
			connectors: {
				from: { line: line(1), length_m: 1, time_s: 0 },
				to: { line: line(2), length_m: 0, time_s: 0 }
			},
			offNetwork: { from_m: 1, to_m: 0 }
		});
		expect(features.map((f) => f.properties!.role)).toEqual(['route', 'route-connector']);
	});
});
