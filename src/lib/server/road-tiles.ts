/**
 * Cuts the road network into Mapbox Vector Tiles at build time (geojson-vt
 * slices, vt-pbf encodes), written as static files `roads/{z}/{x}/{y}.pbf`:
 * the browser loads only the tiles of the view, never the whole network.
 * A class is left out of the tiles below the zoom it is drawn from
 * (ROAD_CLASS_MINZOOM): minor roads only at street zooms.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { tileFraction } from '../geo/tile-coords';
import { ROAD_CLASS_MINZOOM, type RoadDrawClass } from '../data/atlas';
import type { CompiledRoads } from '../data/build';

const lon2x = (lon: number, z: number) => Math.floor(tileFraction(lon, 0, z)[0]);
const lat2y = (lat: number, z: number) => Math.floor(tileFraction(0, lat, z)[1]);

/** Writes every non-empty tile under `out`; returns how many and their total size. */
export function writeRoadTiles(
	roads: CompiledRoads,
	out: string
): { tiles: number; bytes: number } {
	const { minzoom, maxzoom, bounds, layer } = roads.index;
	// tolerance: simplification below the top zoom, in tile units of 4096 (8 ≈ half a pixel at 512 px)
	const index = new GeoJSONVT(roads.edges, { maxZoom: maxzoom, indexMaxZoom: 0, tolerance: 8 });
	const root = path.join(out, 'roads');
	rmSync(root, { recursive: true, force: true });
	let tiles = 0;
	let bytes = 0;
	for (let z = minzoom; z <= maxzoom; z++) {
		const [x0, x1] = [lon2x(bounds[0], z), lon2x(bounds[2], z)];
		const [y0, y1] = [lat2y(bounds[3], z), lat2y(bounds[1], z)];
		for (let x = x0; x <= x1; x++) {
			for (let y = y0; y <= y1; y++) {
				const tile = index.getTile(z, x, y);
				if (!tile) continue;
				const features = tile.features.filter(
					(f) => z >= ROAD_CLASS_MINZOOM[f.tags?.class as RoadDrawClass]
				);
				if (!features.length) continue;
				const pbf = fromGeojsonVt({ [layer]: { ...tile, features } }, { version: 2 });
				const dir = path.join(root, String(z), String(x));
				mkdirSync(dir, { recursive: true });
				writeFileSync(path.join(dir, `${y}.pbf`), pbf);
				tiles++;
				bytes += pbf.byteLength;
			}
		}
	}
	return { tiles, bytes };
}
