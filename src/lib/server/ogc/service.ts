/**
 * The OGC API as one function per request: the route kind and its path
 * parameters in, a Response out. The +server.ts files under src/routes/ogc/
 * only call this. Every failure is a problem response: 400 for a bad
 * parameter, 404 for an unknown collection or feature, 503 when the compiled
 * data is missing; an unexpected error is logged and answered with a 500
 * problem body rather than an HTML error page.
 */
import type { OgcCollection } from './collections';
import {
	apiRoot,
	collectionEntry,
	collectionsDocument,
	conformanceDocument,
	featureDocument,
	itemsDocument,
	landingDocument
} from './documents';
import { GEOJSON, HTML, JSON_TYPE } from './links';
import {
	apiPage,
	collectionPage,
	collectionsPage,
	conformancePage,
	featurePage,
	itemsPage,
	landingPage
} from './pages';
import { checkParameterNames, parseFormat, parseItemsQuery, RESOURCE_PARAMS } from './params';
import { problem, ProblemError } from './problem';
import { OPENAPI_TYPE, openApiDocument } from './openapi';
import { negotiate, problemResponse, respond } from './respond';
import { selectItems } from './select';
import type { OgcStore } from './store';

export type OgcRoute =
	| { kind: 'landing' }
	| { kind: 'api' }
	| { kind: 'conformance' }
	| { kind: 'collections' }
	| { kind: 'collection'; id: string }
	| { kind: 'items'; id: string }
	| { kind: 'item'; id: string; featureId: string };

/** Runs `answer`, turning a ProblemError (or anything else) into a problem response. */
export function guarded(request: Request, answer: () => Response): Response {
	try {
		return answer();
	} catch (err) {
		if (err instanceof ProblemError) return problemResponse(request, err.problem);
		console.error('OGC API: unexpected error', err);
		return problemResponse(request, problem(500, 'the server failed to answer this request'));
	}
}

function collectionOr404(store: OgcStore, id: string): OgcCollection {
	const c = store.collection(id);
	if (!c)
		throw new ProblemError(
			problem(404, `no collection "${id}"; collections: ${store.collectionIds().join(', ')}`)
		);
	return c;
}

const json = (value: unknown, type = JSON_TYPE) => ({ text: JSON.stringify(value), type });
const htmlBody = (text: string) => ({ text, type: HTML });

export function handleOgc(request: Request, route: OgcRoute, store: OgcStore, now = new Date()) {
	return guarded(request, () => answer(request, route, store, now));
}

function answer(request: Request, route: OgcRoute, store: OgcStore, now: Date): Response {
	const url = new URL(request.url);
	const params = url.searchParams;
	if (route.kind !== 'items') checkParameterNames(params, RESOURCE_PARAMS);
	const format = negotiate(parseFormat(params), request.headers.get('accept'));
	const root = apiRoot(url);
	switch (route.kind) {
		case 'landing': {
			const doc = landingDocument(url, format, store.info());
			return respond(request, format === 'html' ? htmlBody(landingPage(root, doc)) : json(doc));
		}
		case 'api':
			return respond(
				request,
				format === 'html'
					? htmlBody(apiPage(root, url.origin, store.collectionIds(), store.domains()))
					: json(
							openApiDocument(root, store.info().title, store.collectionIds(), store.domains()),
							OPENAPI_TYPE
						)
			);
		case 'conformance': {
			const doc = conformanceDocument(url, format);
			return respond(request, format === 'html' ? htmlBody(conformancePage(root, doc)) : json(doc));
		}
		case 'collections': {
			const doc = collectionsDocument(url, format, store.collectionsAll());
			return respond(request, format === 'html' ? htmlBody(collectionsPage(root, doc)) : json(doc));
		}
		case 'collection': {
			const doc = collectionEntry(url, collectionOr404(store, route.id), format);
			return respond(request, format === 'html' ? htmlBody(collectionPage(root, doc)) : json(doc));
		}
		case 'items': {
			const c = collectionOr404(store, route.id);
			const query = parseItemsQuery(params, c, store.domains());
			const page = selectItems(c, query);
			const doc = itemsDocument(url, format, c, query, page, now);
			// the ETag covers everything but the moment of the response
			const version = JSON.stringify({ ...doc, timeStamp: undefined });
			if (format === 'html') {
				const itemUrl = (id: string) =>
					`${root}/collections/${encodeURIComponent(c.id)}/items/${encodeURIComponent(id)}?f=html`;
				const entry = collectionEntry(url, c);
				return respond(request, { ...htmlBody(itemsPage(root, entry, doc, itemUrl)), version });
			}
			return respond(request, { ...json(doc, GEOJSON), version });
		}
		case 'item': {
			const c = collectionOr404(store, route.id);
			const item = c.items.find((i) => i.feature.id === route.featureId);
			if (!item)
				throw new ProblemError(
					problem(404, `no feature "${route.featureId}" in collection "${c.id}"`)
				);
			const doc = featureDocument(url, format, c, item.feature);
			if (format === 'html')
				return respond(request, htmlBody(featurePage(root, collectionEntry(url, c), doc)));
			return respond(request, json(doc, GEOJSON));
		}
	}
}
