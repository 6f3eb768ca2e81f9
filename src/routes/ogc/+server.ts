// OGC API – Features landing page; the logic is in $lib/server/ogc.
import { publicRequest } from '$lib/server/ogc/origin';
import { preflight, methodNotAllowed } from '$lib/server/ogc/respond';
import { handleOgc } from '$lib/server/ogc/service';
import { dataStore } from '$lib/server/ogc/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request }) =>
	handleOgc(publicRequest(request), { kind: 'landing' }, dataStore());
export const OPTIONS: RequestHandler = () => preflight();
export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request);
