// Serves the production build. Defaults to http://127.0.0.1:3000; honours PORT and HOST.
//
// The adapter's own server (build/index.js) is wrapped here for what it does
// not do: files of the client build answer only GET and HEAD (405 otherwise),
// a file missing on disk (a rebuild under way) is a 404 and never takes the
// process down, a malformed address is a 400 without a stack trace, and every
// answer carries the security headers (pages get SvelteKit's own CSP, which
// replaces the strict default here; see svelte.config.js).
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 3000);
const handlerUrl = new URL('../build/handler.js', import.meta.url);
const CLIENT = fileURLToPath(new URL('../build/client', import.meta.url));

if (!existsSync(handlerUrl)) {
	console.error('build/ is missing: run `npm run build` first (npm start does it for you).');
	process.exit(1);
}
const { handler } = await import(handlerUrl.href);

/** Paths served from the client build (the adapter's static handler), not by the app. */
const STATIC = /^\/(data|_app)\/|^\/(favicon\.svg|boot\.css)$/;

/**
 * Headers on every answer. The CSP is for what is not a page of the app (data,
 * the OGC API and its HTML help pages, errors): no script at all, and never in
 * a frame. SvelteKit sets its own policy on the app's pages.
 */
const SECURITY_HEADERS = {
	'content-security-policy':
		"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin'
};

/**
 * The policy of the app's scripts: a Web Worker (import, routing) runs under
 * the policy of its own script's answer, so the strict one above would keep
 * it from fetching the road graph or loading its chunks. Same origin only.
 */
const SCRIPT_CSP =
	"default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

function problem(res, status, title, extra = {}) {
	res.writeHead(status, { 'content-type': 'application/problem+json', ...extra });
	res.end(JSON.stringify({ type: 'about:blank', title, status }));
}

function isFile(path) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

const server = createServer((req, res) => {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	let pathname;
	try {
		pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	} catch {
		return problem(res, 400, 'Malformed address');
	}
	// Methods the Fetch API's Request refuses (the app would answer a bare 400), and
	// writes to the read-only OGC API (SvelteKit's CSRF check would answer a plain-text
	// 403 to some before the API's own 405): a 405 problem.
	const method = req.method ?? '';
	const readOnly = /^\/ogc(\/|$)/.test(pathname) && !['GET', 'HEAD', 'OPTIONS'].includes(method);
	if (FORBIDDEN_METHODS.has(method) || readOnly) {
		return problem(res, 405, 'Method not allowed', { allow: 'GET, HEAD, OPTIONS' });
	}
	if (STATIC.test(pathname)) {
		// Data and icons keep their names across builds: revalidated by ETag
		// (a 304 costs no body). Hashed files under /_app/immutable/ are cached
		// for a year by the adapter, which replaces this header for them.
		res.setHeader('cache-control', 'no-cache');
		if (/^\/_app\/.*\.m?js$/.test(pathname)) res.setHeader('content-security-policy', SCRIPT_CSP);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			return problem(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
		}
		// a file listed when the server started may be gone (a rebuild): 404, not a crash
		if (!pathname.startsWith('/_app/') && !pathname.includes('..')) {
			const file = CLIENT + pathname;
			if (!isFile(file)) return problem(res, 404, 'Not found');
		}
	}
	if (!STATIC.test(pathname)) {
		// A 304 revalidating a page of the app must not carry the strict policy: the
		// browser would put it on the cached page, and no script of it would run.
		const writeHead = res.writeHead;
		res.writeHead = function (status, ...rest) {
			if (status === 304) this.removeHeader('content-security-policy');
			return writeHead.call(this, status, ...rest);
		};
	}
	handler(req, res, () => problem(res, 404, 'Not found'));
});

// A request Node's HTTP parser refuses (bad characters in the path, a head over
// 16 kB) never reaches the handler: it still gets a problem body and the headers.
server.on('clientError', (err, socket) => {
	if (err.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
	const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
	const title = status === 431 ? 'Request header fields too large' : 'Bad request';
	// the request was not parsed: its first bytes say whether it was a HEAD (no body)
	const head = String(err.rawPacket ?? '').startsWith('HEAD ');
	const body = head ? '' : JSON.stringify({ type: 'about:blank', title, status });
	const headers = Object.entries({
		...SECURITY_HEADERS,
		'content-type': 'application/problem+json',
		'content-length': Buffer.byteLength(body),
		connection: 'close'
	}).map(([k, v]) => `${k}: ${v}`);
	socket.end(`HTTP/1.1 ${status} ${title}\r\n${headers.join('\r\n')}\r\n\r\n${body}`);
});

// The static handler streams files it listed at start; one removed since then
// fails to open on a stream nobody listens to. That request is lost, the server
// is not: anything else still ends the process.
process.on('uncaughtException', (err) => {
	if (err?.code === 'ENOENT' && err?.syscall === 'open' && String(err.path).startsWith(CLIENT)) {
		console.error(`missing file: ${err.path}`);
		return;
	}
	console.error(err);
	process.exit(1);
});

server.listen(PORT, HOST, () => {
	const shown = HOST === '0.0.0.0' ? 'localhost' : HOST;
	console.log(`Linkonggang atlas: http://${shown}:${PORT}/`);
});
