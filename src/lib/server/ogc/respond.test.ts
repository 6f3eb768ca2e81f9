import { describe, expect, it } from 'vitest';
import { escapeHtml, html, safeHref } from './html';
import { etagOf, negotiate, notModified, preflight, respond } from './respond';

describe('negotiate', () => {
	it('lets f decide, then Accept with its q-values, else JSON', () => {
		expect(negotiate('json', 'text/html')).toBe('json');
		expect(negotiate(null, 'text/html,application/xhtml+xml,*/*;q=0.8')).toBe('html');
		expect(negotiate(null, 'application/geo+json, application/json')).toBe('json');
		expect(negotiate(null, 'application/json;q=0.9, text/html;q=0.5')).toBe('json');
		expect(negotiate(null, '*/*')).toBe('json');
		expect(negotiate(null, null)).toBe('json');
	});
});

describe('conditional requests', () => {
	it('matches weak and strong forms, lists and *', () => {
		const tag = etagOf('x');
		expect(notModified(tag, tag)).toBe(true);
		expect(notModified(tag.slice(2), tag)).toBe(true);
		expect(notModified(`"other", ${tag}`, tag)).toBe(true);
		expect(notModified('*', tag)).toBe(true);
		expect(notModified('"other"', tag)).toBe(false);
		expect(notModified(null, tag)).toBe(false);
	});

	it('answers 304 without a body but with the caching headers', async () => {
		const first = respond(new Request('http://h/x'), { text: '{}', type: 'application/json' });
		const etag = first.headers.get('etag')!;
		const second = respond(new Request('http://h/x', { headers: { 'if-none-match': etag } }), {
			text: '{}',
			type: 'application/json'
		});
		expect(second.status).toBe(304);
		expect(await second.text()).toBe('');
		expect(second.headers.get('cache-control')).toMatch(/^public/);
		expect(second.headers.get('access-control-allow-origin')).toBe('*');
	});

	it('answers a CORS preflight', () => {
		const res = preflight();
		expect(res.status).toBe(204);
		expect(res.headers.get('access-control-allow-methods')).toContain('GET');
	});
});

describe('html', () => {
	it('escapes text and attribute values', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		);
		expect(html`<p title="${'"><script>'}">${['<b>', html`<i>ok</i>`]}</p>`.value).toBe(
			'<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;<i>ok</i></p>'
		);
	});

	it('links only http(s) URLs', () => {
		expect(safeHref('javascript:alert(1)')).toBe('#');
		expect(safeHref('https://spdx.org/licenses/MIT.html')).toBe(
			'https://spdx.org/licenses/MIT.html'
		);
	});
});
