/**
 * The OGC API end to end on Request objects, against a compiled fixture on
 * disk: each response checked for the members OGC 17-069r4 requires, paging,
 * bbox and filters, problem bodies, HTML escaping, and caching headers.
 */
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFORMANCE, CRS84 } from './documents';
import { handleOgc, type OgcRoute } from './service';
import { OgcStore } from './store';
import { MARKUP_NAME, ROAD_COUNT, writeCompiledFixture } from './testing';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ORIGIN = 'http://atlas.test:8080';
const NOW = new Date('2026-01-02T03:04:05Z');
let dir: string;
let store: OgcStore;

beforeAll(() => {
	dir = writeCompiledFixture();
	store = new OgcStore(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function call(pathAndQuery: string, headers: Record<string, string> = {}, now = NOW) {
	const url = new URL(pathAndQuery, ORIGIN);
	const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
	const route: OgcRoute =
		parts.length === 1
			? { kind: 'landing' }
			: parts[1] === 'api'
				? { kind: 'api' }
				: parts[1] === 'conformance'
					? { kind: 'conformance' }
					: parts.length === 2
						? { kind: 'collections' }
						: parts.length === 3
							? { kind: 'collection', id: parts[2]! }
							: parts.length === 4
								? { kind: 'items', id: parts[2]! }
								: { kind: 'item', id: parts[2]!, featureId: parts[4]! };
	return handleOgc(new Request(url, { headers }), route, store, now);
}

async function body(res: Response): Promise<Json> {
	return JSON.parse(await res.text());
}

const rels = (doc: Json) => doc.links.map((l: Json) => l.rel);
const link = (doc: Json, rel: string) => doc.links.find((l: Json) => l.rel === rel);

describe('landing page and conformance', () => {
	it('links self, the API definition and documentation, conformance and data, all absolute', async () => {
		const res = call('/ogc');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
		const doc = await body(res);
		expect(rels(doc)).toEqual(
			expect.arrayContaining([
				'self',
				'alternate',
				'service-desc',
				'service-doc',
				'conformance',
				'data'
			])
		);
		for (const l of doc.links) expect(l.href).toMatch(/^http:\/\/atlas\.test:8080\//);
		expect(link(doc, 'data').href).toBe(`${ORIGIN}/ogc/collections`);
		expect(doc.title).toContain('Test Development Zone');
	});

	it('declares exactly the classes it implements', async () => {
		const doc = await body(call('/ogc/conformance'));
		expect(doc.conformsTo).toEqual(CONFORMANCE);
		expect(doc.conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core');
	});

	it('serves an OpenAPI 3.0 definition naming every items parameter and limit’s maximum', async () => {
		const res = call('/ogc/api?f=json');
		expect(res.headers.get('content-type')).toMatch(/^application\/vnd\.oai\.openapi\+json/);
		const doc = await body(res);
		expect(doc.openapi).toMatch(/^3\.0/);
		const params = doc.paths['/collections/{collectionId}/items'].get.parameters;
		expect(params.map((p: Json) => p.name)).toEqual(
			expect.arrayContaining(['limit', 'offset', 'bbox', 'chain', 'status', 'kind', 'area', 'f'])
		);
		expect(params.find((p: Json) => p.name === 'limit').schema.maximum).toBe(1000);
	});
});

describe('collections', () => {
	it('lists every layer with id, links, a CRS84 extent', async () => {
		const doc = await body(call('/ogc/collections'));
		const ids = doc.collections.map((c: Json) => c.id);
		expect(ids).toEqual(expect.arrayContaining(['facilities', 'parks', 'zones', 'hubs', 'roads']));
		for (const c of doc.collections) {
			expect(rels(c)).toContain('items');
			expect(c.extent.spatial.crs).toBe(CRS84);
			expect(c.crs).toEqual([CRS84]);
			for (const box of c.extent.spatial.bbox) expect(box).toHaveLength(4);
		}
		const facilities = doc.collections.find((c: Json) => c.id === 'facilities');
		expect(facilities.extent.spatial.bbox).toEqual([[112.02, 28.02, 112.05, 28.05]]);
	});

	it('describes one collection, with its licence link from the data', async () => {
		const doc = await body(call('/ogc/collections/roads'));
		expect(doc.id).toBe('roads');
		expect(link(doc, 'self').href).toBe(`${ORIGIN}/ogc/collections/roads`);
		expect(link(doc, 'license').href).toBe('https://spdx.org/licenses/ODbL-1.0.html');
		expect(doc.attribution).toBe('© Test Road Mappers');
	});

	it('answers an unknown collection with a 404 problem', async () => {
		const res = call('/ogc/collections/nowhere');
		expect(res.status).toBe(404);
		expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
		const p = await body(res);
		expect(p).toMatchObject({ status: 404, title: 'Not Found', type: 'about:blank' });
		expect(p.detail).toContain('nowhere');
	});
});

describe('items', () => {
	it('is a GeoJSON FeatureCollection with counts, a timeStamp and links', async () => {
		const res = call('/ogc/collections/roads/items');
		expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
		const doc = await body(res);
		expect(doc.type).toBe('FeatureCollection');
		expect(doc.features).toHaveLength(10);
		expect(doc.numberMatched).toBe(ROAD_COUNT);
		expect(doc.numberReturned).toBe(10);
		expect(doc.timeStamp).toBe(NOW.toISOString());
		expect(link(doc, 'next').href).toBe(`${ORIGIN}/ogc/collections/roads/items?offset=10&limit=10`);
		expect(link(doc, 'prev')).toBeUndefined();
		expect(link(doc, 'collection').href).toBe(`${ORIGIN}/ogc/collections/roads`);
		expect(doc.features[0]).toMatchObject({ type: 'Feature', id: 'road-1' });
	});

	it('pages with next and prev, keeping the other parameters', async () => {
		const q = 'bbox=112,28,112.1,28.1&limit=10&offset=10';
		const doc = await body(call(`/ogc/collections/roads/items?${q}`));
		expect(doc.features.map((f: Json) => f.id)[0]).toBe('road-11');
		const next = new URL(link(doc, 'next').href);
		expect(Object.fromEntries(next.searchParams)).toEqual({
			bbox: '112,28,112.1,28.1',
			limit: '10',
			offset: '20'
		});
		expect(new URL(link(doc, 'prev').href).searchParams.get('offset')).toBe('0');
		expect(link(doc, 'next').href).toContain('bbox=112,28,112.1,28.1');
		const last = await body(call(next.pathname + next.search));
		expect(last.numberReturned).toBe(5);
		expect(link(last, 'next')).toBeUndefined();
	});

	it('serves a limit above the maximum as the maximum, and an offset past the end as empty', async () => {
		const big = await body(call('/ogc/collections/roads/items?limit=999999'));
		expect(big.numberReturned).toBe(ROAD_COUNT);
		const past = await body(call('/ogc/collections/roads/items?offset=100'));
		expect(past).toMatchObject({ numberMatched: ROAD_COUNT, numberReturned: 0, features: [] });
	});

	it('selects by bbox (geometry intersection, longitude first)', async () => {
		// lon 112.0005–112.0015 along the roads' latitude: edges 1 and 2 touch it
		const roads = await body(
			call('/ogc/collections/roads/items?bbox=112.0205,28.01,112.0215,28.03')
		);
		expect(roads.features.map((f: Json) => f.id)).toEqual(['road-1', 'road-2']);
		const swapped = await body(
			call('/ogc/collections/roads/items?bbox=28.01,112.0205,28.03,112.0215')
		);
		expect(swapped.status).toBe(400);
		const facilities = await body(
			call('/ogc/collections/facilities/items?bbox=112.01,28.01,112.03,28.03')
		);
		expect(facilities.features.map((f: Json) => f.id)).toEqual(['alpha-works']);
	});

	it('filters by chain, status, kind and area, comma-separated values meaning any of them', async () => {
		const ids = async (q: string) =>
			(await body(call(`/ogc/collections/facilities/items?${q}`))).features.map((f: Json) => f.id);
		expect(await ids('chain=widgets')).toEqual(['alpha-works', 'beta-park']);
		expect(await ids('kind=park')).toEqual(['beta-park']);
		expect(await ids('status=operating,completed')).toEqual(['alpha-works', 'beta-park']);
		expect(await ids('status=planned')).toEqual([]);
		expect(await ids('area=gamma-zone&kind=enterprise')).toEqual(['alpha-works']);
	});

	it('answers a bad parameter with a 400 problem naming it', async () => {
		const cases: [string, string, RegExp][] = [
			['limit=0', 'limit', /whole number ≥ 1/],
			['limit=ten', 'limit', /whole number/],
			['offset=-1', 'offset', /whole number ≥ 0/],
			['bbox=1,2,3', 'bbox', /got 3 values/],
			['bbox=1,2,3,x', 'bbox', /not a list of numbers/],
			['bbox=0,50,1,40', 'bbox', /south edge/],
			['bbox=0,0,200,1', 'bbox', /±180/],
			['chain=nope', 'chain', /widgets, gadgets/],
			['f=xml', 'f', /json or html/],
			['colour=red', 'colour', /unknown query parameter/],
			['limit=5&limit=6', 'limit', /more than once/]
		];
		for (const [q, parameter, detail] of cases) {
			const res = call(`/ogc/collections/facilities/items?${q}`);
			expect(res.status, q).toBe(400);
			const p = await body(res);
			expect(p, q).toMatchObject({
				type: 'about:blank',
				title: 'Bad Request',
				status: 400,
				parameter
			});
			expect(p.detail, q).toMatch(detail);
		}
		const roads = await body(call('/ogc/collections/roads/items?chain=widgets'));
		expect(roads).toMatchObject({ status: 400, parameter: 'chain' });
		expect((await body(call('/ogc/collections?limit=1'))).parameter).toBe('limit');
	});

	it('never answers 500 to odd input', async () => {
		const odd = [
			'bbox=',
			'limit=',
			'limit=1e3',
			'offset=9999999999999999999',
			'chain=',
			'bbox=NaN,0,1,1',
			'f=',
			'%ZZ=1',
			'kind=,,,',
			'bbox=1,1,1,1'
		];
		for (const q of odd) {
			const res = call(`/ogc/collections/facilities/items?${q}`);
			expect([200, 400], q).toContain(res.status);
		}
	});
});

describe('one feature', () => {
	it('is a GeoJSON Feature with self and collection links', async () => {
		const res = call('/ogc/collections/hubs/items/sky-port');
		expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
		const doc = await body(res);
		expect(doc).toMatchObject({ type: 'Feature', id: 'sky-port', properties: { kind: 'hub' } });
		expect(rels(doc)).toEqual(expect.arrayContaining(['self', 'alternate', 'collection']));
	});

	it('answers an unknown feature with a 404 problem', async () => {
		const res = call('/ogc/collections/hubs/items/nobody');
		expect(res.status).toBe(404);
		expect((await body(res)).detail).toContain('nobody');
	});
});

describe('HTTP: formats, CORS, caching', () => {
	it('answers a browser in HTML, with every data value escaped', async () => {
		for (const p of [
			'/ogc',
			'/ogc/collections',
			'/ogc/collections/facilities',
			'/ogc/collections/facilities/items',
			'/ogc/collections/facilities/items/alpha-works',
			'/ogc/api'
		]) {
			const res = call(p, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
			expect(res.headers.get('content-type'), p).toBe('text/html; charset=utf-8');
			const text = await res.text();
			expect(text, p).toMatch(/^<!doctype html>/);
			expect(text, p).not.toContain(MARKUP_NAME);
		}
		const items = await call('/ogc/collections/facilities/items?f=html').text();
		expect(items).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;');
	});

	it('allows any origin and caches publicly', () => {
		const res = call('/ogc/collections/facilities/items');
		expect(res.headers.get('access-control-allow-origin')).toBe('*');
		expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
		expect(call('/ogc/collections/nowhere').headers.get('cache-control')).toBe('no-store');
	});

	it('gives the same ETag whatever the time, and 304 to If-None-Match', async () => {
		const a = call('/ogc/collections/roads/items?limit=3');
		const b = call('/ogc/collections/roads/items?limit=3', {}, new Date('2030-01-01T00:00:00Z'));
		const etag = a.headers.get('etag')!;
		expect(etag).toMatch(/^W\/".+"$/);
		expect(b.headers.get('etag')).toBe(etag);
		expect(call('/ogc/collections/roads/items?limit=4').headers.get('etag')).not.toBe(etag);
		const again = call('/ogc/collections/roads/items?limit=3', { 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect(again.headers.get('etag')).toBe(etag);
	});

	it('reads a data file again when it changes on disk', async () => {
		const file = path.join(dir, 'roads.geojson');
		const before = await body(call('/ogc/collections/roads/items?limit=1'));
		const doc = {
			type: 'FeatureCollection',
			features: [{ ...before.features[0], links: undefined }]
		};
		writeFileSync(file, JSON.stringify(doc));
		utimesSync(file, new Date(), new Date(Date.now() + 5000));
		expect((await body(call('/ogc/collections/roads/items'))).numberMatched).toBe(1);
	});

	it('says the data is missing with a 503 problem', async () => {
		const res = handleOgc(new Request(`${ORIGIN}/ogc`), { kind: 'landing' }, new OgcStore(null));
		expect(res.status).toBe(503);
		expect((await body(res)).detail).toMatch(/npm run build/);
	});
});
