import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The routing worker imports modules shared with the app: ES-module workers can share chunks.
	worker: { format: 'es' },
	build: {
		// MapLibre is ~95 % of the shipped JS and cannot be split further.
		chunkSizeWarningLimit: 1500
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node'
	}
});
