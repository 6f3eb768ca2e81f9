/**
 * The user's imported sites on the map: one GeoJSON source (USER_SOURCE)
 * holding every visible layer's sites, coloured per layer, with the ids that
 * pass the user's filter as a layer filter. Kept here, not in atlas-map.ts, so
 * the adapter only forwards: the data and filter survive a restyle through
 * `withState`.
 */
import type {
	FilterSpecification,
	GeoJSONSource,
	LayerSpecification,
	Map as MaplibreMap,
	StyleSpecification
} from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AtlasEntity } from '$lib/data/atlas';
import { idsExpression } from './filter';
import { USER_SOURCE } from './layers';

/** The map layers that draw user sites. */
export const USER_LAYERS = ['user-fill', 'user-line', 'user-circle', 'user-label'];

/** What the map needs of one imported layer. */
export type UserSiteLayer = {
	color: string;
	entities: readonly AtlasEntity[];
	geometries: Readonly<Record<string, Polygon | MultiPolygon>>;
};

/** The features of the user source: a polygon where the site has one, and always its point. */
export function userSiteFeatures(layers: readonly UserSiteLayer[]): FeatureCollection {
	const features: Feature[] = [];
	for (const layer of layers) {
		for (const e of layer.entities) {
			const properties = {
				id: e.id,
				name_zh: e.name_zh,
				name_en: e.name_en,
				layer: e.user?.layer ?? '',
				color: layer.color
			};
			const polygon = layer.geometries[e.id];
			if (polygon) features.push({ type: 'Feature', properties, geometry: polygon });
			features.push({
				type: 'Feature',
				properties,
				geometry: { type: 'Point', coordinates: [...e.point] }
			});
		}
	}
	return { type: 'FeatureCollection', features };
}

/** The layer filter showing only `ids` (null: all), on top of each layer's geometry test. */
function filtersFor(
	ids: ReadonlySet<string> | null,
	universe: readonly string[]
): Map<string, FilterSpecification> {
	const type = (t: string): FilterSpecification => ['==', ['geometry-type'], t];
	const only: FilterSpecification | null = ids ? idsExpression(ids, universe) : null;
	const base: Record<string, FilterSpecification> = {
		'user-fill': type('Polygon'),
		'user-line': type('Polygon'),
		'user-circle': type('Point'),
		'user-label': type('Point')
	};
	return new Map(
		Object.entries(base).map(([id, f]) => [
			id,
			only ? (['all', f, only] as FilterSpecification) : f
		])
	);
}

export class UserSites {
	#map: MaplibreMap;
	/** the adapter's entity lookup: user sites are added and removed here */
	#entities: Map<string, AtlasEntity>;
	#ids: string[] = [];
	#data: FeatureCollection = { type: 'FeatureCollection', features: [] };
	#shown: ReadonlySet<string> | null = null;
	#waiting = false;

	constructor(map: MaplibreMap, entities: Map<string, AtlasEntity>) {
		this.#map = map;
		this.#entities = entities;
	}

	/** Replaces the sites drawn (the visible imported layers). */
	set(layers: readonly UserSiteLayer[]) {
		for (const id of this.#ids) this.#entities.delete(id);
		const all = layers.flatMap((l) => l.entities);
		for (const e of all) this.#entities.set(e.id, e);
		this.#ids = all.map((e) => e.id);
		this.#data = userSiteFeatures(layers);
		this.#apply(true);
	}

	/**
	 * Puts the filter, and the data when it changed, on the map, now or once the
	 * first style has loaded (a filter change never re-sends the sites).
	 */
	#apply(data: boolean) {
		const source = this.#map.getSource<GeoJSONSource>(USER_SOURCE);
		if (!source) {
			if (!this.#waiting) {
				this.#waiting = true;
				this.#map.once('load', () => {
					this.#waiting = false;
					this.#apply(true);
				});
			}
			return;
		}
		if (data) source.setData(this.#data);
		for (const [layer, filter] of filtersFor(this.#shown, this.#ids)) {
			if (this.#map.getLayer(layer)) this.#map.setFilter(layer, filter);
		}
	}

	/** Shows only the sites whose ids are given (the filter's matches); null shows all. */
	setShown(ids: readonly string[] | null) {
		this.#shown = ids ? new Set(ids) : null;
		this.#apply(false);
	}

	/** A new style with the sites and their filter already in it. */
	withState(style: StyleSpecification): StyleSpecification {
		if (!style.sources[USER_SOURCE]) return style;
		const filters = filtersFor(this.#shown, this.#ids);
		return {
			...style,
			sources: {
				...style.sources,
				[USER_SOURCE]: { type: 'geojson', data: this.#data, promoteId: 'id' }
			},
			layers: style.layers.map((l) =>
				filters.has(l.id) ? ({ ...l, filter: filters.get(l.id) } as LayerSpecification) : l
			)
		};
	}
}
