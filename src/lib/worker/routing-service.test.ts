import { describe, expect, it } from 'vitest';
import { encodeRoadGraph } from '../geo/routing/codec';
import { compileRoadGraph } from '../geo/routing/graph';
import { RoadRouter } from '../geo/routing/route';
import { AT, FIXTURE } from '../geo/routing/testing';
import { packSites, RoutingService, unpackSites } from './routing-service';

const bytes = encodeRoadGraph(compileRoadGraph(FIXTURE));
const sites = [
	{ id: 'at-c', point: AT.C },
	{ id: 'at-e', point: AT.E },
	{ id: 'far-f', point: AT.F }
];

describe('RoutingService (what the worker answers)', () => {
	const service = new RoutingService(bytes, sites);
	const router = new RoadRouter(compileRoadGraph(FIXTURE));

	it('routes from the encoded graph as the router does from the compiled one', () => {
		expect(service.route(AT.A, AT.E)).toEqual(router.route(AT.A, AT.E));
	});

	it('answers an isochrone with its bands and the sites reached, fastest first', () => {
		const iso = service.isochrone(AT.A, [1, 3]);
		expect(iso.bands.map((b) => b.minutes)).toEqual([1, 3]);
		expect(iso.bands.every((b) => b.area.type === 'MultiPolygon')).toBe(true);
		expect(iso.sites.map((s) => s.id)).toEqual(['at-c', 'at-e']); // F: another component
		expect(iso.sites[0]!.s).toBe(40); // C at T = 40.03 s
		expect(iso.connector_m).toBe(0);
		// plain data: survives structured cloning to the main thread
		expect(structuredClone(iso)).toEqual(iso);
	});
});

describe('packSites', () => {
	it('posts sites as an id column and one coordinate array, and reads them back the same', () => {
		const sites = [
			{ id: 'a', point: [114.123456, 30.654321] as [number, number] },
			{ id: 'u-l1-2', point: [114.2, 30.7] as [number, number] }
		];
		const packed = packSites(sites);
		expect(packed.ids).toEqual(['a', 'u-l1-2']);
		expect([...packed.coords]).toEqual([114.123456, 30.654321, 114.2, 30.7]);
		expect(unpackSites(packed)).toEqual(sites);
		expect(unpackSites(packSites([]))).toEqual([]);
	});
});
