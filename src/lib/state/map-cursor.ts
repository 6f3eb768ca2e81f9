/**
 * The map's keyboard cursor: with the map focused, next/previous step through
 * the results in the order the Results list shows them, and Enter opens the
 * one under the cursor. Pure: the list order, the step and the key map.
 */
import type { AtlasEntity } from '$lib/data/atlas';
import { LOCALES, type Lang } from '$lib/i18n/messages';
import { entityName } from './describe';

/** The results as the Results list orders them: by name in the UI language. */
export function inListOrder(entities: readonly AtlasEntity[], lang: Lang): AtlasEntity[] {
	return Array.from(listPositions(entities, lang), (i) => entities[i]!);
}

/**
 * The positions of `entities` in list order: sorted once per dataset and
 * language (Catalog.listOrder), so a filter change only keeps the positions
 * that pass instead of sorting again.
 */
export function listPositions(entities: readonly AtlasEntity[], lang: Lang): Int32Array {
	const collator = new Intl.Collator(LOCALES[lang].intl);
	const names = entities.map((e) => entityName(e, lang));
	const positions = Int32Array.from(entities, (_, i) => i);
	// stable: equal names keep dataset order, as Array.prototype.sort did
	return positions.sort((a, b) => collator.compare(names[a]!, names[b]!) || a - b);
}

export type CursorAction = 'next' | 'previous' | 'open';

/** What a key does on the focused map: n or ] next, p or [ previous, Enter opens. */
export function cursorAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>) {
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	const actions: Record<string, CursorAction> = {
		n: 'next',
		N: 'next',
		']': 'next',
		p: 'previous',
		P: 'previous',
		'[': 'previous',
		Enter: 'open'
	};
	return actions[e.key] ?? null;
}

/**
 * The position after a step through `count` items, wrapping at both ends;
 * from nowhere (-1, or a cursor no longer in the list) next starts at the
 * first and previous at the last. null when there is nothing to step through.
 */
export function stepCursor(count: number, at: number, dir: 1 | -1): number | null {
	if (count <= 0) return null;
	if (at < 0 || at >= count) return dir === 1 ? 0 : count - 1;
	return (at + dir + count) % count;
}
