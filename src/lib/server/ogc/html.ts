/**
 * Plain server-rendered HTML pages of the OGC API (conformance class html) and
 * the downloads. Data is always text: every interpolated value goes through
 * escapeHtml unless it is markup this module built itself (SafeHtml), so no
 * name, property or URL from the data can become markup.
 */
import type { Link } from './links';

/** Markup built here; anything else interpolated into `html` is escaped. */
export class SafeHtml {
	constructor(readonly value: string) {}
	toString() {
		return this.value;
	}
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text as HTML text or attribute value (quotes included). */
export function escapeHtml(value: unknown): string {
	return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A tagged template: interpolated values are escaped; SafeHtml and arrays of it are kept. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
	const part = (v: unknown): string =>
		v instanceof SafeHtml ? v.value : Array.isArray(v) ? v.map(part).join('') : escapeHtml(v);
	return new SafeHtml(
		strings.reduce((out, s, i) => out + s + (i < values.length ? part(values[i]) : ''), '')
	);
}

/** Only http(s) links become hrefs; anything else (javascript:, data:) is shown as text. */
export function safeHref(href: string): string {
	return /^https?:\/\//i.test(href) ? href : '#';
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
code,pre{background:#f4f4f4;padding:0 .2rem}pre{padding:.5rem;overflow:auto}nav a{margin-right:1rem}`;

/** A whole page: title, breadcrumbs, content. */
export function page(title: string, crumbs: { href: string; label: string }[], content: SafeHtml) {
	return html`<!doctype html>
		<html lang="en">
			<head>
				<meta charset="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<title>${title}</title>
				<style>
					${new SafeHtml(STYLE)}
				</style>
			</head>
			<body>
				<nav>${crumbs.map((c) => html`<a href="${safeHref(c.href)}">${c.label}</a>`)}</nav>
				<h1>${title}</h1>
				${content}
			</body>
		</html>`.value;
}

export function linkList(links: Link[]): SafeHtml {
	return html`<ul>
		${links.map(
			(l) =>
				html`<li>
					<a href="${safeHref(l.href)}" rel="${l.rel}" type="${l.type}">${l.title ?? l.href}</a>
					<small>(${l.rel}, ${l.type})</small>
				</li>`
		)}
	</ul>`;
}

/** A two-column table of properties: every value as text. */
export function propertyTable(props: Record<string, unknown>): SafeHtml {
	return html`<table>
		<tbody>
			${Object.entries(props).map(
				([k, v]) =>
					html`<tr>
						<th>${k}</th>
						<td>${v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : v}</td>
					</tr>`
			)}
		</tbody>
	</table>`;
}
