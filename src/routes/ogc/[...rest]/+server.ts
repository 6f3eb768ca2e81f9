// Any other path under /ogc: a 404 problem body (JSON), not the atlas's HTML error page.
import { problem } from '$lib/server/ogc/problem';
import { preflight, problemResponse, methodNotAllowed } from '$lib/server/ogc/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request, params }) =>
	problemResponse(
		request,
		problem(404, `no resource /ogc/${params.rest}; start at /ogc (landing page) or /ogc/api`)
	);
export const OPTIONS: RequestHandler = () => preflight();
export const fallback: RequestHandler = ({ request }) => methodNotAllowed(request);
