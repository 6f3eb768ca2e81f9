// Plain downloads: the listing of every layer's file with its licence.
import { handleDownloadList } from '$lib/server/ogc/downloads';
import { publicRequest } from '$lib/server/ogc/origin';
import { preflight } from '$lib/server/ogc/respond';
import { dataStore } from '$lib/server/ogc/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request }) =>
	handleDownloadList(publicRequest(request), dataStore());
export const OPTIONS: RequestHandler = () => preflight();
