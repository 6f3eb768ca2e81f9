// Serves the production build. Defaults to http://127.0.0.1:3000; honours PORT and HOST.
import { existsSync } from 'node:fs';

process.env.HOST ??= '127.0.0.1';
process.env.PORT ??= '3000';

const entry = new URL('../build/index.js', import.meta.url);
if (!existsSync(entry)) {
	console.error('build/ is missing: run `npm run build` first (npm start does it for you).');
	process.exit(1);
}
const shown = process.env.HOST === '0.0.0.0' ? 'localhost' : process.env.HOST;
await import(entry.href);
console.log(`Linkonggang atlas: http://${shown}:${process.env.PORT}/`);
