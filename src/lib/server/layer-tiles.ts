/**
 * Writes a large layer's vector tiles (planned by data/layer-tiles.ts):
 * geojson-vt slices, vt-pbf encodes, one file per non-empty tile.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { LayerId, LayerTiles } from '../data/atlas';
import { tileFraction } from '../geo/tile-coords';

/** geojson-vt's default buffer around a tile, in tile units of 4096. */
const BUFFER = 64;
const EXTENT = 4096;

/** Properties left out of tiles below `namesFrom`. */
const NAME_PROPS = new Set(['name_zh', 'name_en', 'label_zh', 'label_en']);

export type EncodedTile = { z: number; x: number; y: number; pbf: Uint8Array };

/**
 * Every tile that holds a point (or a point's circle reaching into it from a
 * neighbour, within the buffer), as a Mapbox Vector Tile with one layer named `id`.
 */
export function* encodeLayerTiles(
	id: LayerId,
	fc: FeatureCollection,
	tiles: LayerTiles
): Generator<EncodedTile> {
	const index = new GeoJSONVT(fc, {
		maxZoom: tiles.maxzoom,
		indexMaxZoom: 0,
		buffer: BUFFER,
		extent: EXTENT
	});
	for (let z = tiles.minzoom; z <= tiles.maxzoom; z++) {
		for (const key of tileKeys(fc, z)) {
			const [x, y] = key.split('/').map(Number) as [number, number];
			const tile = index.getTile(z, x, y);
			if (!tile?.features.length) continue;
			const features =
				z >= tiles.namesFrom
					? tile.features
					: tile.features.map((f) => ({ ...f, tags: withoutNames(f.tags) }));
			const pbf = fromGeojsonVt({ [id]: { ...tile, features } }, { version: 2, extent: EXTENT });
			yield { z, x, y, pbf };
		}
	}
}

function withoutNames(tags: Record<string, unknown> | null | undefined) {
	if (!tags) return tags;
	return Object.fromEntries(Object.entries(tags).filter(([k]) => !NAME_PROPS.has(k)));
}

/** The tiles at zoom z that points of the layer fall in, or reach with the buffer ('x/y'). */
function tileKeys(fc: FeatureCollection, z: number): Set<string> {
	const keys = new Set<string>();
	const n = 2 ** z;
	const margin = BUFFER / EXTENT;
	for (const f of fc.features) {
		if (f.geometry?.type !== 'Point') continue;
		const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
		const [fx, fy] = tileFraction(lon, lat, z);
		for (const x of new Set([Math.floor(fx - margin), Math.floor(fx + margin)])) {
			for (const y of new Set([Math.floor(fy - margin), Math.floor(fy + margin)])) {
				if (x >= 0 && y >= 0 && x < n && y < n) keys.add(`${x}/${y}`);
			}
		}
	}
	return keys;
}

/** Writes every tile under `out` (the tiles' url template, relative to it); returns how many and their size. */
export function writeLayerTiles(
	id: LayerId,
	fc: FeatureCollection,
	tiles: LayerTiles,
	out: string
): { tiles: number; bytes: number } {
	const root = path.join(out, tiles.url.split('/{z}')[0]!);
	rmSync(root, { recursive: true, force: true });
	let count = 0;
	let bytes = 0;
	for (const { z, x, y, pbf } of encodeLayerTiles(id, fc, tiles)) {
		const dir = path.join(root, String(z), String(x));
		mkdirSync(dir, { recursive: true });
		writeFileSync(path.join(dir, `${y}.pbf`), pbf);
		count++;
		bytes += pbf.byteLength;
	}
	return { tiles: count, bytes };
}
