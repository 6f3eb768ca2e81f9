/**
 * The app's state as one rune class. Components read and change it; the map
 * adapter is driven from it by MapView's effects.
 */
import type { LayerId } from '$lib/data/atlas';
import { LAYER_IDS } from '$lib/data/atlas';
import { isLang, type Lang } from '$lib/i18n/messages';

export type BasemapKind = 'embedded' | 'online';

const LANG_KEY = 'atlas.lang';

export function allVisible(): Record<LayerId, boolean> {
	return Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>;
}

export class AtlasState {
	lang = $state<Lang>('zh');
	visible = $state<Record<LayerId, boolean>>(allVisible());
	selectedId = $state<string | null>(null);
	hoveredId = $state<string | null>(null);
	basemap = $state<BasemapKind>('embedded');
	/** true once the map has drawn its first frame of data */
	ready = $state(false);
	error = $state<string | null>(null);

	constructor(storage?: Pick<Storage, 'getItem'>) {
		const saved = storage?.getItem(LANG_KEY);
		if (isLang(saved)) this.lang = saved;
	}

	toggleLayer(id: LayerId) {
		this.visible = { ...this.visible, [id]: !this.visible[id] };
	}

	setLang(lang: Lang, storage?: Pick<Storage, 'setItem'>) {
		this.lang = lang;
		storage?.setItem(LANG_KEY, lang);
	}

	select(id: string | null) {
		this.selectedId = id;
	}
}
