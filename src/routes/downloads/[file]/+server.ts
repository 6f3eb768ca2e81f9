// One layer as a GeoJSON file: /downloads/<collection>.geojson.
import { handleDownloadFile } from '$lib/server/ogc/downloads';
import { publicRequest } from '$lib/server/ogc/origin';
import { preflight } from '$lib/server/ogc/respond';
import { dataStore } from '$lib/server/ogc/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, params }) =>
	handleDownloadFile(publicRequest(request), params.file, dataStore());
export const OPTIONS: RequestHandler = () => preflight();
