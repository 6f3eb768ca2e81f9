/**
 * Position corrections in progress ("Correct position" in the detail panel):
 * one per site, kept in localStorage so that a reload loses none, and saved
 * as corrections.json for `npm run geodata -- apply`.
 */
import { parseCorrections, stringifyCorrections, type Correction } from '$lib/data/corrections';
import { browserStorage } from './storage';

export const CORRECTIONS_KEY = 'atlas.corrections';

type Storage_ = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class CorrectionsState {
	/** pending corrections, in the order they were made */
	items = $state<Correction[]>([]);
	#storage: Storage_ | undefined;

	/** Reads what a previous visit left; a stored list that no longer validates is dropped. */
	constructor(storage?: Storage_) {
		this.#storage = storage;
		try {
			const text = storage?.getItem(CORRECTIONS_KEY);
			const parsed = text ? parseCorrections(text) : null;
			if (parsed?.ok) this.items = parsed.file.corrections;
		} catch {
			// storage blocked (private mode, policy): start empty
		}
	}

	/** Adds a correction; a site already corrected keeps only the new one. */
	add(c: Correction) {
		this.items = [...this.items.filter((x) => x.id !== c.id), c];
		this.#save();
	}

	remove(id: string) {
		this.items = this.items.filter((x) => x.id !== id);
		this.#save();
	}

	/** The text of corrections.json. */
	text(): string {
		return stringifyCorrections(this.items);
	}

	#save() {
		try {
			if (this.items.length) this.#storage?.setItem(CORRECTIONS_KEY, this.text());
			else this.#storage?.removeItem(CORRECTIONS_KEY);
		} catch {
			// storage full or blocked: the list still lives until the page closes
		}
	}
}

let shared: CorrectionsState | undefined;

/** The page's one list (created on first use, in the browser, with localStorage). */
export function pageCorrections(): CorrectionsState {
	if (!shared) {
		shared = new CorrectionsState(browserStorage());
	}
	return shared;
}
