// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	interface Window {
		/** test contract: the MapLibre instance, for Playwright and outside checks */
		__atlasMap?: MaplibreMap;
	}
}

export {};
