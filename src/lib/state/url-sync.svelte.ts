/**
 * Keeps the URL and the state in step. Discrete changes (selection, filters,
 * layers, panel, language) push a history entry so Back undoes them; camera
 * moves replace the current entry. Back/Forward re-apply the URL to the state.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { AtlasState } from './atlas.svelte';
import { parseView, serializeView, type UrlView } from './url';

function withoutCamera(v: UrlView): string {
	return serializeView({ ...v, center: undefined, zoom: undefined, bearing: undefined }).toString();
}

export class UrlSync {
	#atlas: AtlasState;
	#ids: ReadonlySet<string>;
	#written = '';

	constructor(atlas: AtlasState, ids: ReadonlySet<string>) {
		this.#atlas = atlas;
		this.#ids = ids;
		// The first view comes from the URL (a shared link, a reload).
		atlas.applyUrlView(parseView(page.url.searchParams), ids);
		this.#written = page.url.searchParams.toString();

		$effect(() => {
			const view = atlas.toUrlView();
			if (!atlas.ready) return; // the router is not ready before the first frame either
			const next = serializeView(view).toString();
			if (next === this.#written) return;
			const prev = parseView(new URLSearchParams(this.#written));
			const url = new URL(page.url);
			url.search = next;
			if (withoutCamera(prev) === withoutCamera(view)) replaceState(url, {});
			else pushState(url, {});
			this.#written = next;
		});

		$effect(() => {
			// Back/Forward: the URL changed under us.
			const current = page.url.searchParams.toString();
			if (current === this.#written) return;
			this.#written = current;
			this.#atlas.applyUrlView(parseView(page.url.searchParams), this.#ids);
		});
	}

	/** The current URL, for sharing. */
	get href(): string {
		return page.url.href;
	}
}
