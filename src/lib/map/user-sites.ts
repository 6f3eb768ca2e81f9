/**
 * The user's imported sites on the map: two GeoJSON sources, points
 * (USER_SOURCE) and polygons (USER_AREA_SOURCE), holding every visible
 * layer's sites, coloured per layer, with the ids that pass the user's filter
 * as a layer filter. Kept here, not in atlas-map.ts, so the adapter only
 * forwards: the data and filter survive a restyle through `withState`.
 *
 * The sources are filled a slice at a time (`setData` with the first slice,
 * `updateData` with each next one once the worker has taken the last): handing
 * MapLibre 100,000 sites at once costs the page one long task to serialise
 * them; a slice costs a short one. MapLibre's worker adds a slice to its index
 * without rebuilding it.
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
import { USER_AREA_SOURCE, USER_SOURCE } from './layers';

/** The map layers that draw user sites. */
export const USER_LAYERS = ['user-fill', 'user-line', 'user-circle', 'user-label'];

/** What the map needs of one imported layer. */
export type UserSiteLayer = {
	color: string;
	entities: readonly AtlasEntity[];
	geometries: Readonly<Record<string, Polygon | MultiPolygon>>;
};

/**
 * The features of the user sources for the sites numbered `start` to `end`
 * (exclusive) across the layers in order: every site's point, and the polygons
 * of those that have one. Built a slice at a time, so no task makes all of them;
 * `only` leaves the other kind out (each source fills its own slices).
 */
export function userSiteFeatures(
	layers: readonly UserSiteLayer[],
	start = 0,
	end = Infinity,
	only?: 'points' | 'areas'
): { points: Feature[]; areas: Feature[] } {
	const points: Feature[] = [];
	const areas: Feature[] = [];
	let offset = 0;
	for (const layer of layers) {
		const from = Math.max(0, start - offset);
		const to = Math.min(layer.entities.length, end - offset);
		offset += layer.entities.length;
		for (const e of layer.entities.slice(from, to)) {
			const properties = {
				id: e.id,
				name_zh: e.name_zh,
				name_en: e.name_en,
				layer: e.user?.layer ?? '',
				color: layer.color
			};
			const polygon = only === 'points' ? undefined : layer.geometries[e.id];
			if (polygon) areas.push({ type: 'Feature', properties, geometry: polygon });
			if (only !== 'areas')
				points.push({
					type: 'Feature',
					properties,
					geometry: { type: 'Point', coordinates: [...e.point] }
				});
		}
		if (offset >= end) break;
	}
	return { points, areas };
}

/** sites turned into features and handed to MapLibre per task */
export const WRITE_SLICE = 2500;

/** What fillInSlices needs of a GeoJSON source. */
export type SliceTarget = Pick<GeoJSONSource, 'setData' | 'updateData'>;

/**
 * Puts the features of `count` sites into a source a slice at a time, each
 * made (`featuresOf(start, end)`) and handed over after the worker has taken
 * the one before. `target()` is asked for the source before each slice (a
 * restyle replaces it); `stale()` ends the filling (false) once newer data has
 * come. True when every slice is in.
 */
export async function fillInSlices(
	target: () => SliceTarget | undefined,
	count: number,
	featuresOf: (start: number, end: number) => Feature[],
	stale: () => boolean
): Promise<boolean> {
	for (let start = 0; start === 0 || start < count; start += WRITE_SLICE) {
		const source = target();
		if (!source || stale()) return false;
		const slice = featuresOf(start, start + WRITE_SLICE);
		if (start === 0) await source.setData(collection(slice));
		else if (slice.length) await source.updateData({ add: slice });
	}
	return true;
}

const collection = (features: Feature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

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
	#layers: readonly UserSiteLayer[] = [];
	#shown: ReadonlySet<string> | null = null;
	/** counts calls of set(): an older filling stops */
	#version = 0;

	constructor(map: MaplibreMap, entities: Map<string, AtlasEntity>) {
		this.#map = map;
		this.#entities = entities;
	}

	/**
	 * Replaces the sites drawn (the visible imported layers). The lookup
	 * changes at once, the map a slice per task (resolves when all are in).
	 */
	async set(layers: readonly UserSiteLayer[]) {
		for (const id of this.#ids) this.#entities.delete(id);
		this.#ids = [];
		for (const l of layers) {
			for (const e of l.entities) {
				this.#entities.set(e.id, e);
				this.#ids.push(e.id);
			}
		}
		this.#layers = layers;
		const version = ++this.#version;
		this.#applyFilters();
		await this.#styleLoaded();
		const stale = () => version !== this.#version;
		const source = (id: string) => () => this.#map.getSource<GeoJSONSource>(id);
		const count = this.#ids.length;
		await Promise.all([
			fillInSlices(
				source(USER_SOURCE),
				count,
				(a, b) => userSiteFeatures(layers, a, b, 'points').points,
				stale
			),
			fillInSlices(
				source(USER_AREA_SOURCE),
				count,
				(a, b) => userSiteFeatures(layers, a, b, 'areas').areas,
				stale
			)
		]);
	}

	#styleLoaded(): Promise<void> {
		if (this.#map.getSource(USER_SOURCE)) return Promise.resolve();
		return new Promise((resolve) => this.#map.once('load', () => resolve()));
	}

	/** Shows only the sites whose ids are given (the filter's matches); null shows all. */
	setShown(ids: readonly string[] | null) {
		this.#shown = ids ? new Set(ids) : null;
		this.#applyFilters();
	}

	/** The filter on the map, once the style is there (it is written against the current ids). */
	#applyFilters() {
		void this.#styleLoaded().then(() => {
			for (const [layer, filter] of filtersFor(this.#shown, this.#ids)) {
				if (this.#map.getLayer(layer)) this.#map.setFilter(layer, filter);
			}
		});
	}

	/** A new style with the sites and their filter already in it. */
	withState(style: StyleSpecification): StyleSpecification {
		if (!style.sources[USER_SOURCE]) return style;
		const filters = filtersFor(this.#shown, this.#ids);
		const { points, areas } = userSiteFeatures(this.#layers);
		const source = (features: Feature[]) =>
			({ type: 'geojson', data: collection(features), promoteId: 'id' }) as const;
		return {
			...style,
			sources: {
				...style.sources,
				[USER_SOURCE]: source(points),
				[USER_AREA_SOURCE]: source(areas)
			},
			layers: style.layers.map((l) =>
				filters.has(l.id) ? ({ ...l, filter: filters.get(l.id) } as LayerSpecification) : l
			)
		};
	}
}
