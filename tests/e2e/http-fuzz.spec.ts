import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { hostileString, int, pick, rng, type Rng } from '../../src/lib/testing/fuzz';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const REQUESTS = 1_500;

type Answer = { status: number; type: string; body: string };

/** A raw request (no client normalising the path), timing out rather than hanging. */
function send(method: string, path: string, headers: Record<string, string>, body?: string) {
	return new Promise<Answer>((resolve, reject) => {
		const req = httpRequest(
			{ host: '127.0.0.1', port: PORT, method, path, headers, timeout: 15_000 },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						type: String(res.headers['content-type'] ?? ''),
						body: Buffer.concat(chunks).toString('utf8')
					})
				);
			}
		);
		req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${path}`)));
		req.on('error', reject);
		if (body !== undefined) req.write(body);
		req.end();
	});
}

const PATHS = [
	'/',
	'/ogc',
	'/ogc/',
	'/ogc/api',
	'/ogc/conformance',
	'/ogc/collections',
	'/ogc/collections/facilities',
	'/ogc/collections/facilities/items',
	'/ogc/collections/hubs/items',
	'/ogc/collections/zones/items/',
	'/ogc/collections/boundaries/items',
	'/downloads',
	'/data/hubs.geojson',
	'/data/atlas.json',
	'/data/',
	'/_app/',
	'/_app/env.js',
	'/favicon.svg'
];
const PARAMS = ['f', 'bbox', 'limit', 'offset', 'chain', 'status', 'kind', 'area', 'q', 'x'];
const VALUES = [
	'json',
	'html',
	'114,30.5,114.3,30.8',
	'1,2,3',
	'-180,-90,180,90',
	'0',
	'1000',
	'10000',
	'-1',
	'1e9'
];
const METHODS = [
	'GET',
	'GET',
	'GET',
	'HEAD',
	'POST',
	'PUT',
	'DELETE',
	'PATCH',
	'OPTIONS',
	'PROPFIND',
	'TRACE'
];
const ACCEPTS = [
	'*/*',
	'application/json',
	'text/html',
	'application/geo+json',
	'image/png',
	';;;',
	'text/html;q=x'
];

/** Characters Node refuses in a request path are percent-encoded; everything else goes raw. */
const rawPath = (s: string) =>
	s.toWellFormed().replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c).replace(/%25/g, '%'));

function fuzzedPath(r: Rng): string {
	let path = pick(r, PATHS);
	const k = r();
	if (k < 0.2) path += '/' + hostileString(r);
	else if (k < 0.3) path = path.replace(/[a-z]+$/, hostileString(r));
	else if (k < 0.35)
		path = '/' + pick(r, ['..', '%2e%2e', '%2f', '//', '%00', '%E4%B8', '~']) + path;
	const query = Array.from({ length: int(r, 0, 4) }, () => {
		const name = r() < 0.8 ? pick(r, PARAMS) : hostileString(r);
		const value = r() < 0.5 ? pick(r, VALUES) : hostileString(r);
		return r() < 0.5
			? `${name}=${value}`
			: `${encodeURIComponent(name.toWellFormed())}=${encodeURIComponent(value.toWellFormed())}`;
	});
	return rawPath(query.length ? `${path}?${query.join('&')}` : path);
}

function fuzzedHeaders(r: Rng): Record<string, string> {
	const h: Record<string, string> = {};
	if (r() < 0.7) h['accept'] = pick(r, ACCEPTS);
	if (r() < 0.4)
		h['accept-encoding'] = pick(r, ['br', 'gzip', 'br, gzip', 'identity', '*', 'x;q=0']);
	if (r() < 0.15) h['if-none-match'] = pick(r, ['*', '"x"', 'W/"1"', ',,']);
	if (r() < 0.15) h['range'] = pick(r, ['bytes=0-10', 'bytes=-1', 'bytes=99999999-', 'lines=1']);
	if (r() < 0.1)
		h['content-type'] = pick(r, ['application/json', 'text/plain', 'multipart/form-data']);
	// header values must be Latin-1 without control characters
	if (r() < 0.1) h['x-fuzz'] = rawPath(hostileString(r)).slice(0, 4000);
	return h;
}

test('1,500 fuzzed requests: never a 5xx, problem+json from /ogc, the server stays up', async () => {
	test.setTimeout(300_000);
	const r = rng(1414);
	const statuses = new Map<number, number>();
	for (let i = 0; i < REQUESTS; i++) {
		const method = pick(r, METHODS);
		const path = fuzzedPath(r);
		const headers = fuzzedHeaders(r);
		const body = method === 'POST' || method === 'PUT' ? hostileString(r) : undefined;
		let what = `#${i} ${method} ${path.length} chars ${path.slice(0, 200)} ${JSON.stringify(headers).slice(0, 200)}`;
		const a = await send(method, path, headers, body);
		statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
		expect(a.status, what).toBeGreaterThanOrEqual(200);
		what += ` → ${a.status}`;
		expect(a.status, what).toBeLessThan(500);
		// what the path names once dot segments are resolved (/ogc/../x is not the API)
		const ogc = /^\/ogc(\/|$)/.test(URL.parse('http://x' + path)?.pathname ?? '');
		if (ogc && a.status >= 400 && method !== 'HEAD') {
			expect(a.type, what).toContain('application/problem+json');
			expect(() => JSON.parse(a.body), what).not.toThrow();
		}
	}
	console.log('statuses', Object.fromEntries(statuses));
	expect(statuses.size).toBeGreaterThan(3);
	// the server is still there and still serves the atlas
	expect((await send('GET', '/', {})).status).toBe(200);
	expect((await send('GET', '/ogc/collections', { accept: 'application/json' })).status).toBe(200);
});
