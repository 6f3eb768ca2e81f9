/**
 * The request as the client addressed it, for absolute links. adapter-node
 * takes the origin from ORIGIN (or PROTOCOL_HEADER/HOST_HEADER) when they are
 * set; without them it assumes https, but the Node server itself only speaks
 * plain HTTP, so links to https://127.0.0.1:3000 would be dead. Here, unless
 * the deployment configured the origin, the protocol is http, or what a proxy
 * states in X-Forwarded-Proto.
 */
type Env = Record<string, string | undefined>;

export function publicRequest(request: Request, env: Env = process.env): Request {
	if (env.ORIGIN || env.PROTOCOL_HEADER) return request;
	const url = new URL(request.url);
	const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
	const protocol = forwarded === 'https' || forwarded === 'http' ? forwarded : 'http';
	if (url.protocol === `${protocol}:`) return request;
	url.protocol = protocol;
	return new Request(url, { method: request.method, headers: request.headers });
}
