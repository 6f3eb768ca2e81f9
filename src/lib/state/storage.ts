/**
 * The browser's localStorage, or undefined where reading it throws (a
 * cross-site frame with third-party storage blocked raises SecurityError on
 * the property itself). Callers treat undefined as "nothing kept".
 */
export function browserStorage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

/** getItem that never throws: null when storage is missing or refuses. */
export function readItem(
	storage: Pick<Storage, 'getItem'> | undefined,
	key: string
): string | null {
	try {
		return storage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** setItem that never throws (full or blocked storage keeps nothing, silently: the state lives on). */
export function writeItem(
	storage: Pick<Storage, 'setItem'> | undefined,
	key: string,
	value: string
) {
	try {
		storage?.setItem(key, value);
	} catch {
		// nothing kept; the page goes on
	}
}
