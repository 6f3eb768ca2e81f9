/**
 * The JSON documents of OGC API – Features Part 1 (OGC 17-069r4): landing
 * page, conformance, collections, collection, items and feature, with the
 * members the standard requires (links, conformsTo, id/links/extent,
 * type/features/numberMatched/numberReturned/timeStamp). Pure: the base URL,
 * the request URL and the clock come in as arguments.
 */
import type { OgcCollection, OgcFeature } from './collections';
import { OPENAPI_TYPE } from './openapi';
import { GEOJSON, HTML, JSON_TYPE, pagingLinks, selfLinks, type Link } from './links';
import type { Format, ItemsQuery } from './params';
import type { ItemsPage } from './select';

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

/** What this API implements, and nothing more. */
export const CONFORMANCE = [
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30'
];

/** The service as the landing page names it (from the data: the zone's names). */
export type ServiceInfo = { title: string; description: string; attribution: string[] };

/** The API's root URL, e.g. http://127.0.0.1:3000/ogc, from any request URL. */
export const apiRoot = (url: URL) => `${url.origin}/ogc`;

export function landingDocument(url: URL, format: Format, info: ServiceInfo) {
	const root = apiRoot(url);
	return {
		title: info.title,
		description: info.description,
		attribution: info.attribution.join(' · '),
		links: [
			...selfLinks(url, format),
			{
				href: `${root}/api?f=json`,
				rel: 'service-desc',
				type: OPENAPI_TYPE,
				title: 'API definition (OpenAPI 3.0)'
			},
			{ href: `${root}/api?f=html`, rel: 'service-doc', type: HTML, title: 'API documentation' },
			{
				href: `${root}/conformance`,
				rel: 'conformance',
				type: JSON_TYPE,
				title: 'Conformance classes'
			},
			{ href: `${root}/collections`, rel: 'data', type: JSON_TYPE, title: 'Collections' },
			{ href: `${url.origin}/downloads`, rel: 'describedby', type: HTML, title: 'Downloads' }
		] satisfies Link[]
	};
}

export function conformanceDocument(url: URL, format: Format) {
	return { links: selfLinks(url, format), conformsTo: CONFORMANCE };
}

/** SPDX ids have a page each; other licence names ('public-domain', 'proprietary') have none. */
export function licenceUrl(licence: string): string | null {
	return /^[A-Za-z0-9.+-]+$/.test(licence) &&
		!['public-domain', 'proprietary', 'unknown'].includes(licence)
		? `https://spdx.org/licenses/${licence}.html`
		: null;
}

/** One entry of /collections, or the body of /collections/{id}. */
export function collectionEntry(url: URL, c: OgcCollection, format?: Format) {
	const base = `${apiRoot(url)}/collections/${encodeURIComponent(c.id)}`;
	const licences = [...new Set(c.sources.map((s) => s.licence))];
	return {
		id: c.id,
		title: c.title,
		description: c.description,
		attribution: [...new Set(c.sources.map((s) => s.attribution))].join(' · '),
		links: [
			...(format ? selfLinks(url, format) : [{ href: base, rel: 'self', type: JSON_TYPE }]),
			{ href: `${base}/items`, rel: 'items', type: GEOJSON, title: `${c.title} (GeoJSON)` },
			{ href: `${base}/items?f=html`, rel: 'items', type: HTML, title: `${c.title} (HTML)` },
			{
				href: `${url.origin}/downloads/${encodeURIComponent(c.id)}.geojson`,
				rel: 'enclosure',
				type: GEOJSON,
				title: 'Download all (GeoJSON)'
			},
			...licences.flatMap((l) => {
				const href = licenceUrl(l);
				return href ? [{ href, rel: 'license', type: HTML, title: l }] : [];
			})
		] as Link[],
		extent: { spatial: { bbox: c.extent ? [c.extent] : [], crs: CRS84 } },
		itemType: 'feature',
		crs: [CRS84]
	};
}

export function collectionsDocument(url: URL, format: Format, collections: OgcCollection[]) {
	return {
		links: selfLinks(url, format),
		collections: collections.map((c) => collectionEntry(url, c))
	};
}

export function itemsDocument(
	url: URL,
	format: Format,
	c: OgcCollection,
	query: ItemsQuery,
	page: ItemsPage,
	now: Date
) {
	const base = `${apiRoot(url)}/collections/${encodeURIComponent(c.id)}`;
	return {
		type: 'FeatureCollection' as const,
		features: page.features,
		numberMatched: page.numberMatched,
		numberReturned: page.features.length,
		timeStamp: now.toISOString(),
		links: [
			...selfLinks(url, format, GEOJSON),
			...pagingLinks(url, query, page.numberMatched, format === 'html' ? HTML : GEOJSON),
			{ href: base, rel: 'collection', type: JSON_TYPE, title: c.title }
		] as Link[]
	};
}

export function featureDocument(url: URL, format: Format, c: OgcCollection, feature: OgcFeature) {
	const base = `${apiRoot(url)}/collections/${encodeURIComponent(c.id)}`;
	return {
		...feature,
		links: [
			...selfLinks(url, format, GEOJSON),
			{ href: base, rel: 'collection', type: JSON_TYPE, title: c.title }
		] as Link[]
	};
}
