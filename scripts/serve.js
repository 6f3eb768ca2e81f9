// Serves the production build. Defaults to http://127.0.0.1:3000; honours PORT and HOST.
//
// The adapter's own server (build/index.js) is wrapped here for what it does
// not do: files of the client build answer only GET and HEAD (405 otherwise),
// a file missing on disk (a rebuild under way) is a 404 and never takes the
// process down, and a malformed address is a 400 without a stack trace.
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
	let pathname;
	try {
		pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	} catch {
		return problem(res, 400, 'Malformed address');
	}
	if (STATIC.test(pathname)) {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			return problem(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
		}
		// a file listed when the server started may be gone (a rebuild): 404, not a crash
		if (!pathname.startsWith('/_app/') && !pathname.includes('..')) {
			const file = CLIENT + pathname;
			if (!isFile(file)) return problem(res, 404, 'Not found');
		}
	}
	handler(req, res, () => problem(res, 404, 'Not found'));
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
