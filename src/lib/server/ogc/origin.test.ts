import { describe, expect, it } from 'vitest';
import { publicRequest } from './origin';

const req = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

describe('publicRequest', () => {
	it('turns adapter-node’s assumed https into the http the server speaks', () => {
		const r = publicRequest(req('https://127.0.0.1:3000/ogc?f=json', { accept: 'text/html' }), {});
		expect(r.url).toBe('http://127.0.0.1:3000/ogc?f=json');
		expect(r.headers.get('accept')).toBe('text/html');
	});

	it('follows a proxy’s X-Forwarded-Proto', () => {
		const r = publicRequest(req('http://atlas.example/ogc', { 'x-forwarded-proto': 'https' }), {});
		expect(r.url).toBe('https://atlas.example/ogc');
	});

	it('keeps the URL when the deployment set ORIGIN', () => {
		const r = publicRequest(req('https://atlas.example/ogc'), { ORIGIN: 'https://atlas.example' });
		expect(r.url).toBe('https://atlas.example/ogc');
	});
});
