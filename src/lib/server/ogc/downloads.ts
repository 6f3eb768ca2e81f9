/**
 * Plain downloads (issue 12, point 6): every collection as one GeoJSON file at
 * a stable URL, /downloads/<collection>.geojson, and a listing at /downloads
 * (HTML or JSON) that gives each file's licence and attribution, taken from the
 * data's own licence manifest (licences.json), never written here.
 */
import type { LayerSource } from '../../data/downloads';
import type { OgcCollection } from './collections';
import { licenceUrl } from './documents';
import { html, page, safeHref } from './html';
import { GEOJSON, HTML, JSON_TYPE } from './links';
import { checkParameterNames, parseFormat, RESOURCE_PARAMS } from './params';
import { problem, ProblemError } from './problem';
import { negotiate, respond } from './respond';
import { guarded } from './service';
import type { OgcStore } from './store';

export type DownloadEntry = {
	id: string;
	title: string;
	href: string;
	type: string;
	features: number;
	licences: (LayerSource & { licence_url: string | null })[];
};

export function downloadEntries(origin: string, collections: OgcCollection[]): DownloadEntry[] {
	return collections.map((c) => ({
		id: c.id,
		title: c.title,
		href: `${origin}/downloads/${encodeURIComponent(c.id)}.geojson`,
		type: GEOJSON,
		features: c.items.length,
		licences: c.sources.map((s) => ({ ...s, licence_url: licenceUrl(s.licence) }))
	}));
}

export function downloadsPage(origin: string, entries: DownloadEntry[]): string {
	return page(
		'Downloads / 数据下载',
		[
			{ href: `${origin}/`, label: 'Atlas' },
			{ href: `${origin}/ogc`, label: 'OGC API' }
		],
		html`<p>
				Every layer as one GeoJSON file (WGS-84 longitude, latitude). Use each file under its
				licences below and keep the attribution with it. 每个图层一个 GeoJSON
				文件；请按下列许可使用并保留署名。 Also as a service:
				<a href="${safeHref(`${origin}/ogc`)}">OGC API – Features</a>.
			</p>
			${entries.map(
				(e) =>
					html`<h2><a href="${safeHref(e.href)}" download>${e.id}.geojson</a></h2>
						<p>${e.title} · ${e.features} features</p>
						<ul>
							${e.licences.map(
								(l) =>
									html`<li>
										${l.licence_url ? html`<a href="${safeHref(l.licence_url)}">${l.licence}</a>` : l.licence}:
										${l.attribution}${l.use === 'derived' ? ' (values derived from it)' : ''}${l.source_url ? html` · <a href="${safeHref(l.source_url)}">source</a>` : ''}
									</li>`
							)}
						</ul>`
			)}`
	);
}

const fileCache = new WeakMap<OgcCollection, string>();

/** The whole collection as GeoJSON, with its attribution and licences as foreign members. */
export function collectionFile(c: OgcCollection): string {
	let text = fileCache.get(c);
	if (text === undefined) {
		text = JSON.stringify({
			type: 'FeatureCollection',
			name: c.id,
			attribution: [...new Set(c.sources.map((s) => s.attribution))].join(' · '),
			licences: c.sources.map(({ licence, attribution, source_url, file, use }) => ({
				licence,
				attribution,
				source_url,
				file,
				use
			})),
			features: c.items.map((i) => i.feature)
		});
		fileCache.set(c, text);
	}
	return text;
}

/** GET /downloads: the listing, in HTML or JSON. */
export function handleDownloadList(request: Request, store: OgcStore): Response {
	return guarded(request, () => {
		const url = new URL(request.url);
		checkParameterNames(url.searchParams, RESOURCE_PARAMS);
		const format = negotiate(parseFormat(url.searchParams), request.headers.get('accept'));
		const entries = downloadEntries(url.origin, store.collectionsAll());
		return format === 'html'
			? respond(request, { text: downloadsPage(url.origin, entries), type: HTML })
			: respond(request, { text: JSON.stringify({ files: entries }), type: JSON_TYPE });
	});
}

/** GET /downloads/<id>.geojson: the file, as an attachment. */
export function handleDownloadFile(request: Request, file: string, store: OgcStore): Response {
	return guarded(request, () => {
		const url = new URL(request.url);
		checkParameterNames(url.searchParams, []);
		const id = /^(.+)\.geojson$/.exec(file)?.[1];
		const c = id ? store.collection(id) : null;
		if (!c)
			throw new ProblemError(
				problem(
					404,
					`no download "${file}"; files: ${store
						.collectionIds()
						.map((i) => `${i}.geojson`)
						.join(', ')}`
				)
			);
		return respond(request, {
			text: collectionFile(c),
			type: GEOJSON,
			headers: { 'content-disposition': `attachment; filename="${c.id}.geojson"` }
		});
	});
}
