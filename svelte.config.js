import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// Hash mode: SvelteKit's inline start-up script is allowed by its hash,
		// every other script must come from the origin; no 'unsafe-eval'.
		// The optional online basemap's origins are added at server start
		// (src/hooks.server.ts), only when it is configured.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte style attributes, MapLibre's control positions and the PNG
				// export (html-to-image inlines computed styles) write inline styles.
				'style-src': ['self', 'unsafe-inline'],
				// MapLibre decodes tiles and icons to blob:/data: images; the PNG/PDF
				// export draws the map canvas as a data: URL.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				// MapLibre's worker (a file of the build, blob: when it is inlined).
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
