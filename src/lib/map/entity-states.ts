/**
 * Feature-state by entity id: which entity is highlighted (hovered on the map
 * or in the list) and which is selected. Entity sources promote their `id`, so
 * the state holds for every source that draws the entity (its point and its
 * polygon), whether or not its tiles are loaded or its layer is shown.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AtlasEntity, LayerId } from '$lib/data/atlas';
import { ENTITY_SOURCES, USER_AREA_SOURCE, USER_SOURCE } from './layers';

export type EntityStateKey = 'hover' | 'selected';

/** An id no feature has (entity ids are slugs). */
const NO_FEATURE = '\u0000none';

const whenIdle = (fn: () => void): number =>
	typeof requestIdleCallback === 'function'
		? requestIdleCallback(fn, { timeout: 2000 })
		: (setTimeout(fn, 50) as unknown as number);
const cancelIdle = (handle: number) =>
	typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle);

export class EntityStates {
	#map: MaplibreMap;
	#entities: ReadonlyMap<string, AtlasEntity>;
	#current = new Map<EntityStateKey, string>();

	/** a tiled source has loaded tiles since the map last settled */
	#fresh = false;
	#pending: number | null = null;

	constructor(map: MaplibreMap, entities: ReadonlyMap<string, AtlasEntity>) {
		this.#map = map;
		this.#entities = entities;
		// MapLibre decodes a vector tile's features on the main thread the first
		// time a feature-state changes in it: ~60 ms for the tiles in view at
		// 100,000 points, paid by the first hover or selection after each load.
		// Once the map settles, the tiles that came in are decoded in an idle
		// moment instead, by a state on an id no feature has.
		const tiled = new Set(ENTITY_SOURCES.values());
		map.on('sourcedata', (e) => {
			if (e.tile && tiled.has(e.sourceId) && map.getSource(e.sourceId)?.type === 'vector')
				this.#fresh = true;
		});
		map.on('idle', () => {
			if (!this.#fresh || this.#pending !== null) return;
			this.#fresh = false;
			this.#pending = whenIdle(() => {
				this.#pending = null;
				this.#decodeTiles();
			});
		});
		map.once('remove', () => {
			if (this.#pending !== null) cancelIdle(this.#pending);
		});
	}

	#decodeTiles() {
		for (const [layer, source] of ENTITY_SOURCES) {
			if (this.#map.getSource(source)?.type !== 'vector') continue;
			this.#map.setFeatureState({ source, sourceLayer: layer, id: NO_FEATURE }, { hover: false });
		}
	}

	/** Moves a state to an entity (null: to none). */
	set(key: EntityStateKey, id: string | null) {
		const old = this.#current.get(key);
		if (old === id) return;
		if (old) this.#apply(old, key, false);
		if (id) {
			this.#current.set(key, id);
			this.#apply(id, key, true);
		} else {
			this.#current.delete(key);
		}
	}

	/** Puts every state back (a new style starts without feature-state). */
	restore() {
		for (const [key, id] of this.#current) this.#apply(id, key, true);
	}

	/**
	 * An entity's state is set wherever it is drawn: its own features, or the
	 * area ('approx') that stands for a coarse position, addressed by the
	 * area's id. An area's id that is no entity's (a cluster) sets the area alone.
	 */
	#apply(id: string, key: EntityStateKey, on: boolean) {
		const entity = this.#entities.get(id);
		if (entity?.user) {
			for (const source of [USER_SOURCE, USER_AREA_SOURCE]) {
				// a site without a polygon has no feature there: setting its state is harmless
				if (this.#map.getSource(source)) this.#map.setFeatureState({ source, id }, { [key]: on });
			}
			return;
		}
		const targets: Array<[LayerId, string]> = entity
			? entity.layers.map((layer) => [layer, layer === 'approx' ? (entity.area ?? id) : id])
			: [['approx', id]];
		for (const [layer, featureId] of targets) {
			const source = ENTITY_SOURCES.get(layer);
			const type = source && this.#map.getSource(source)?.type;
			if (!type) continue;
			// a tiled layer's features are in the source layer named after it (data/layer-tiles.ts)
			const sourceLayer = type === 'vector' ? layer : undefined;
			this.#map.setFeatureState({ source: source!, sourceLayer, id: featureId }, { [key]: on });
		}
	}
}
