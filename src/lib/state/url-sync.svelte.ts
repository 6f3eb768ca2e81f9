/**
 * Keeps the URL and the state in step. Discrete changes (selection, filters,
 * layers, panel, language) push a history entry so Back undoes them; camera
 * moves replace the current entry. Back/Forward re-apply the URL to the state.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { AtlasState } from './atlas.svelte';
import { parseView, serializeView, type UrlView } from './url';

/** The query string with list commas left readable (`chain=a,b`, not `a%2Cb`). */
export function queryString(v: UrlView): string {
	return serializeView(v).toString().replaceAll('%2C', ',');
}

function withoutCamera(v: UrlView): string {
	return serializeView({ ...v, center: undefined, zoom: undefined, bearing: undefined }).toString();
}

export class UrlSync {
	#atlas: AtlasState;
	#ids: ReadonlySet<string>;
	#written = '';
	/** the first write only records the defaults: it must not add a history entry */
	#first = true;

	constructor(atlas: AtlasState, ids: ReadonlySet<string>) {
		this.#atlas = atlas;
		this.#ids = ids;
		// The first view comes from the URL (a shared link, a reload).
		atlas.applyUrlView(parseView(page.url.searchParams), ids);
		this.#written = page.url.search.slice(1);

		$effect(() => {
			const view = atlas.toUrlView();
			if (!atlas.ready) return; // the router is not ready before the first frame either
			const next = queryString(view);
			if (next === this.#written) return;
			const prev = parseView(new URLSearchParams(this.#written));
			const url = new URL(page.url);
			url.search = next;
			if (this.#first || withoutCamera(prev) === withoutCamera(view)) replaceState(url, {});
			else pushState(url, {});
			this.#first = false;
			this.#written = url.search.slice(1);
		});

		$effect(() => {
			// Back/Forward. Read location itself: for shallow history entries
			// page.url does not always follow the popped URL.
			const onPop = () => {
				const current = location.search.slice(1);
				if (current === this.#written) return;
				this.#written = current;
				this.#atlas.applyUrlView(parseView(new URLSearchParams(current)), this.#ids);
			};
			addEventListener('popstate', onPop);
			return () => removeEventListener('popstate', onPop);
		});
	}

	/** The current URL, for sharing. */
	get href(): string {
		return page.url.href;
	}
}
