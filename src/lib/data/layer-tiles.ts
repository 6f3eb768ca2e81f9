/**
 * A large point layer as vector tiles, cut at build time (geojson-vt slices,
 * vt-pbf encodes). With tens of thousands of points, MapLibre would otherwise
 * download the whole GeoJSON and parse and index it in its worker before it
 * draws anything (8 s at 100,000 points on a 2-core machine); with tiles it
 * reads only the view's few tiles. Below the zoom from which names are drawn
 * (geo/density.ts), tiles leave the names out: most of a point's bytes.
 *
 * This module plans the tiles (which layers, which zooms); server/layer-tiles.ts
 * writes them beside the layer's GeoJSON (which stays, for downloads and the
 * OGC API). The index's LayerSummary.tiles says where they are.
 */
import type { FeatureCollection } from 'geojson';
import { bboxOf } from '../geo/bbox';
import { LABELS_PER_TILE, zoomForDensity } from '../geo/density';
import type { LayerId, LayerTiles } from './atlas';

/** Layers that may be tiled: the points users bring by the ten thousand. */
export const TILED_LAYERS: readonly LayerId[] = ['facilities'];

/** From this many features a tiled layer is served as tiles (GEODATA_TILE_FROM overrides it). */
export const TILE_FROM = 20_000;

/** The deepest tile zoom: ±1 m at 4096 units per tile; MapLibre overzooms beyond it. */
const MAX_TILE_ZOOM = 14;

/** Where a layer's tiles go and what zooms they cover. */
export function layerTiles(
	id: LayerId,
	fc: FeatureCollection,
	bbox: readonly number[]
): LayerTiles {
	const namesFrom = zoomForDensity(fc.features.length, bbox, LABELS_PER_TILE);
	const points = fc.features.flatMap((f) =>
		f.geometry?.type === 'Point' ? [f.geometry.coordinates] : []
	);
	const [w, s, e, n] = points.length ? bboxOf({ type: 'MultiPoint', coordinates: points }) : bbox;
	return {
		url: `${id}/{z}/{x}/{y}.pbf`,
		minzoom: 0,
		maxzoom: Math.max(MAX_TILE_ZOOM, namesFrom),
		bounds: [w!, s!, e!, n!],
		namesFrom
	};
}
