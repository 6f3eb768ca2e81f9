/**
 * The API definition (OpenAPI 3.0) that the landing page's service-desc links
 * to: the paths of OGC API – Features Part 1 this server answers, with every
 * query parameter it accepts (anything else gets a 400, requirement 8) and the
 * values of the atlas filters. GDAL's OAPIF driver reads the page size from
 * `limit`'s maximum here.
 */
import type { FilterName } from './collections';
import { DEFAULT_LIMIT, MAX_LIMIT } from './params';

export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';

const f = {
	name: 'f',
	in: 'query',
	required: false,
	description: 'The format of the response; without it the Accept header decides.',
	schema: { type: 'string', enum: ['json', 'html'] },
	style: 'form',
	explode: false
};

const problemResponse = (description: string) => ({
	description,
	content: { 'application/problem+json': { schema: { type: 'object' } } }
});

const ok = (description: string, types: string[]) => ({
	description,
	content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'object' } }]))
});

const path = (id: string, summary: string, parameters: object[], types: string[]) => ({
	get: {
		operationId: id,
		summary,
		parameters: [...parameters, f],
		responses: {
			'200': ok(summary, [...types, 'text/html']),
			'400': problemResponse('A query parameter is unknown or has an invalid value.'),
			'404': problemResponse('No such collection or feature.')
		}
	}
});

/** The OpenAPI 3.0 document of the API at `root` (e.g. http://host:port/ogc). */
export function openApiDocument(
	root: string,
	title: string,
	collections: string[],
	domains: Record<FilterName, string[]>
) {
	const collectionId = {
		name: 'collectionId',
		in: 'path',
		required: true,
		schema: { type: 'string', enum: collections }
	};
	const featureId = { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } };
	const filters = Object.entries(domains).map(([name, values]) => ({
		name,
		in: 'query',
		required: false,
		description: `Only features whose ${name} is one of these (comma-separated); facilities, parks, zones and hubs only.`,
		schema: { type: 'array', items: { type: 'string', enum: values } },
		style: 'form',
		explode: false
	}));
	const items = [
		{
			name: 'limit',
			in: 'query',
			required: false,
			description: `Page size; a value above ${MAX_LIMIT} is served as ${MAX_LIMIT}.`,
			schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
			style: 'form',
			explode: false
		},
		{
			name: 'offset',
			in: 'query',
			required: false,
			description: 'Features to skip; the next and prev links carry it.',
			schema: { type: 'integer', minimum: 0, default: 0 },
			style: 'form',
			explode: false
		},
		{
			name: 'bbox',
			in: 'query',
			required: false,
			description: 'minLon,minLat,maxLon,maxLat in CRS84: features whose geometry intersects it.',
			schema: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } },
			style: 'form',
			explode: false
		},
		...filters
	];
	return {
		openapi: '3.0.3',
		info: {
			title,
			version: '1.0.0',
			description: 'OGC API – Features – Part 1: Core, with GeoJSON and HTML.'
		},
		servers: [{ url: root }],
		paths: {
			'/': path('getLandingPage', 'Landing page', [], ['application/json']),
			'/conformance': path('getConformance', 'Conformance classes', [], ['application/json']),
			'/collections': path('getCollections', 'Collections', [], ['application/json']),
			'/collections/{collectionId}': path(
				'describeCollection',
				'A collection',
				[collectionId],
				['application/json']
			),
			'/collections/{collectionId}/items': path(
				'getFeatures',
				'Features of a collection',
				[collectionId, ...items],
				['application/geo+json']
			),
			'/collections/{collectionId}/items/{featureId}': path(
				'getFeature',
				'One feature',
				[collectionId, featureId],
				['application/geo+json']
			)
		}
	};
}
