import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The routing worker imports modules shared with the app: ES-module workers can share chunks.
	worker: { format: 'es' },
	build: {
		// MapLibre is ~95 % of the shipped JS and cannot be split further.
		chunkSizeWarningLimit: 1500,
		// MapLibre in a chunk of its own: cached apart from the app's code, which
		// changes more often, and measured apart (the first-load budget is the app's).
		rolldownOptions: {
			output: {
				codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] }
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node'
	}
});
