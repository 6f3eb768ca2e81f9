/**
 * Keeps the URL and the state in step. Discrete changes (selection, filters,
 * layers, compare, language, analysis choices) push a history entry so Back
 * undoes them; camera moves, tab switches and measurement edits replace the
 * current entry. Back/Forward re-apply the URL to the state.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { AtlasState, KnownValues } from './atlas.svelte';
import { parseView, serializeView, type UrlView } from './url';

/**
 * The query string with separators left readable (`chain=a,b`, `zd=zone:a`,
 * not `a%2Cb`, `zone%3Aa`): RFC 3986 allows `,` `:` `@` `/` `?` in a query.
 */
export function queryString(v: UrlView): string {
	return serializeView(v)
		.toString()
		.replace(/%(2C|3A|40|2F|3F|7E)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The view without what only replaces the history entry when it changes. */
function historyKey(v: UrlView): string {
	return serializeView({
		...v,
		center: undefined,
		zoom: undefined,
		bearing: undefined,
		panel: undefined,
		measures: undefined,
		nearRadiusKm: undefined,
		nearCount: undefined
	}).toString();
}

/** The link to a view: this page's address with the view's query. */
export function shareUrl(base: string, v: UrlView): string {
	const url = new URL(base);
	url.search = queryString(v);
	url.hash = '';
	return url.href;
}

export class UrlSync {
	#atlas: AtlasState;
	#known: KnownValues;
	#written = '';
	/** the first write only records the defaults: it must not add a history entry */
	#first = true;

	constructor(atlas: AtlasState, known: KnownValues) {
		this.#atlas = atlas;
		this.#known = known;
		// The first view comes from the URL (a shared link, a reload).
		atlas.applyUrlView(parseView(page.url.searchParams), known);
		this.#written = page.url.search.slice(1);

		$effect(() => {
			const view = atlas.toUrlView();
			if (!atlas.ready) return; // the router is not ready before the first frame either
			const next = queryString(view);
			if (next === this.#written) return;
			const prev = parseView(new URLSearchParams(this.#written));
			const url = new URL(page.url);
			url.search = next;
			if (this.#first || historyKey(prev) === historyKey(view)) replaceState(url, {});
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
				this.#atlas.applyUrlView(parseView(new URLSearchParams(current)), this.#known);
			};
			addEventListener('popstate', onPop);
			return () => removeEventListener('popstate', onPop);
		});
	}

	/** The link to the state as it is now (not the address the page was loaded with). */
	get href(): string {
		return shareUrl(location.href, this.#atlas.toUrlView());
	}
}
