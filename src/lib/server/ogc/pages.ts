/** The HTML renderings of the OGC API documents (see documents.ts) and the API's help page. */
import { html, linkList, page, propertyTable, safeHref, SafeHtml } from './html';
import type { Link } from './links';
import { DEFAULT_LIMIT, MAX_LIMIT } from './params';

type Doc = { links: Link[] };
type Crumb = { href: string; label: string };

const crumbsOf = (root: string, ...more: Crumb[]): Crumb[] => [
	{ href: root, label: 'OGC API' },
	{ href: `${root}/collections`, label: 'Collections' },
	...more
];

export function landingPage(
	root: string,
	doc: Doc & { title: string; description: string; attribution: string }
) {
	return page(
		doc.title,
		crumbsOf(root),
		html`<p>${doc.description}</p>
			<p><small>${doc.attribution}</small></p>
			${linkList(doc.links)}`
	);
}

export function conformancePage(root: string, doc: Doc & { conformsTo: string[] }) {
	return page(
		'Conformance',
		crumbsOf(root),
		html`<ul>
			${doc.conformsTo.map((c) => html`<li><code>${c}</code></li>`)}
		</ul>`
	);
}

type Entry = Doc & {
	id: string;
	title: string;
	description: string;
	attribution: string;
	extent: { spatial: { bbox: number[][] } };
};

function entryHtml(e: Entry): SafeHtml {
	const items = e.links.find((l) => l.rel === 'items' && l.type === 'text/html');
	return html`<h2>
			<a href="${safeHref(items?.href ?? '#')}">${e.title}</a> <small><code>${e.id}</code></small>
		</h2>
		<p>${e.description}</p>
		<p>
			<small
				>Extent (CRS84): ${e.extent.spatial.bbox.map((b) => b.join(', '))}<br />${e.attribution}</small
			>
		</p>`;
}

export function collectionsPage(root: string, doc: Doc & { collections: Entry[] }) {
	return page(
		'Collections',
		crumbsOf(root),
		html`${doc.collections.map(entryHtml)}
			<h2>Links</h2>
			${linkList(doc.links)}`
	);
}

export function collectionPage(root: string, doc: Entry) {
	return page(doc.title, crumbsOf(root), html`${entryHtml(doc)}${linkList(doc.links)}`);
}

type ItemsDoc = Doc & {
	features: { id: string; properties: Record<string, unknown> }[];
	numberMatched: number;
	numberReturned: number;
};

export function itemsPage(
	root: string,
	collection: Entry,
	doc: ItemsDoc,
	itemUrl: (id: string) => string
) {
	const nav = doc.links.filter((l) => l.rel === 'prev' || l.rel === 'next');
	return page(
		`${collection.title}: items`,
		crumbsOf(root, {
			href: `${root}/collections/${encodeURIComponent(collection.id)}`,
			label: collection.id
		}),
		html`<p>
				${doc.numberReturned} of ${doc.numberMatched} features.
				${nav.map((l) => html` <a href="${safeHref(l.href)}" rel="${l.rel}">${l.title}</a>`)}
			</p>
			<table>
				<thead>
					<tr>
						<th>id</th>
						<th>name</th>
						<th>properties</th>
					</tr>
				</thead>
				<tbody>
					${doc.features.map(
						(f) =>
							html`<tr>
								<td><a href="${safeHref(itemUrl(f.id))}">${f.id}</a></td>
								<td>${f.properties.name_zh ?? ''} ${f.properties.name_en ?? ''}</td>
								<td>
									<small
										>${Object.entries(f.properties)
											.filter(([k]) => !k.startsWith('name_'))
											.map(([k, v]) => `${k}: ${v ?? ''}`)
											.join(' · ')}</small
									>
								</td>
							</tr>`
					)}
				</tbody>
			</table>
			${linkList(doc.links)}`
	);
}

export function featurePage(
	root: string,
	collection: Entry,
	doc: Doc & { id: string; geometry: { type: string } | null; properties: Record<string, unknown> }
) {
	const title = String(doc.properties.name_zh ?? doc.id);
	return page(
		title,
		crumbsOf(
			root,
			{ href: `${root}/collections/${encodeURIComponent(collection.id)}`, label: collection.id },
			{
				href: `${root}/collections/${encodeURIComponent(collection.id)}/items?f=html`,
				label: 'items'
			}
		),
		html`<p>Geometry: ${doc.geometry?.type ?? 'none'}</p>
			${propertyTable(doc.properties)}${linkList(doc.links)}`
	);
}

/** The API's documentation (the landing page's service-doc): endpoints, parameters, QGIS and GDAL. */
export function apiPage(
	root: string,
	origin: string,
	collections: string[],
	filters: Record<string, string[]>
) {
	const example = collections[0] ?? 'facilities';
	return page(
		'OGC API – Features: how to use it / 使用说明',
		crumbsOf(root),
		html`<p>
				This server implements OGC API – Features – Part 1: Core (OGC 17-069r4) with GeoJSON and
				HTML. Coordinates are WGS-84 longitude, latitude (CRS84). Plain files:
				<a href="${safeHref(`${origin}/downloads`)}">downloads</a>.
			</p>
			<h2>在 QGIS 中使用 / Use in QGIS</h2>
			<ol>
				<li>
					Layer → Add Layer → Add WFS / OGC API – Features Layer（图层 → 添加图层 → 添加 WFS / OGC
					API – Features 图层）
				</li>
				<li>New（新建）→ URL <code>${root}</code> → OK</li>
				<li>Connect（连接）→ pick a collection（选择集合）→ Add（添加）</li>
			</ol>
			<h2>GDAL</h2>
			<pre>
ogrinfo -ro -so OAPIF:${root}
ogrinfo -ro OAPIF:${root} ${example} -spat minLon minLat maxLon maxLat
ogr2ogr -f GPKG out.gpkg OAPIF:${root} ${example}</pre>
			<h2>Endpoints</h2>
			<ul>
				<li><code>/ogc</code> landing page</li>
				<li><code>/ogc/conformance</code></li>
				<li><code>/ogc/collections</code></li>
				<li><code>/ogc/collections/{id}</code></li>
				<li><code>/ogc/collections/{id}/items</code></li>
				<li><code>/ogc/collections/{id}/items/{featureId}</code></li>
			</ul>
			<h2>Parameters of /items</h2>
			<table>
				<tbody>
					<tr>
						<th>bbox</th>
						<td>minLon,minLat,maxLon,maxLat (CRS84); features whose geometry intersects the box</td>
					</tr>
					<tr>
						<th>limit</th>
						<td>
							page size, default ${DEFAULT_LIMIT}; a value above ${MAX_LIMIT} is served as
							${MAX_LIMIT}
						</td>
					</tr>
					<tr>
						<th>offset</th>
						<td>features to skip (the next and prev links carry it)</td>
					</tr>
					${Object.entries(filters).map(
						([name, values]) =>
							html`<tr>
								<th>${name}</th>
								<td>
									one or more, comma-separated (entity collections only): ${values.join(', ')}
								</td>
							</tr>`
					)}
					<tr>
						<th>f</th>
						<td>json or html (otherwise the Accept header decides)</td>
					</tr>
				</tbody>
			</table>
			<p>
				Any other query parameter, or an invalid value, is answered with HTTP 400 and a problem body
				(RFC 9457) naming it; an unknown collection or feature with 404.
			</p>`
	);
}
