import { describe, expect, it } from 'vitest';
import { basemapSources, widenPolicy } from './csp';

const POLICY =
	"default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; frame-ancestors 'none'";

describe('the online basemap in the CSP', () => {
	it('adds nothing when no basemap is configured', () => {
		expect(basemapSources(undefined, 'https://tiles.example')).toEqual([]);
		expect(widenPolicy(POLICY, [])).toBe(POLICY);
	});

	it("takes the style's origin and the listed tile hosts, nothing else", () => {
		expect(
			basemapSources(
				'https://tiles.openfreemap.org/styles/liberty?key=1',
				'https://a.example, https://b.example/path  javascript:alert(1) nonsense'
			)
		).toEqual(['https://tiles.openfreemap.org', 'https://a.example', 'https://b.example']);
		expect(basemapSources('data:application/json,{}', undefined)).toEqual(['data:']);
	});

	it('widens connect-src and img-src only', () => {
		const p = widenPolicy(POLICY, ['https://tiles.example', 'data:']);
		expect(p).toBe(
			"default-src 'self'; connect-src 'self' https://tiles.example data:; img-src 'self' data: blob: https://tiles.example; frame-ancestors 'none'"
		);
		expect(widenPolicy("default-src 'self'", ['https://t.example'])).toBe(
			"default-src 'self'; connect-src 'self' https://t.example; img-src 'self' https://t.example"
		);
	});
});
