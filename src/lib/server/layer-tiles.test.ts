import { VectorTile } from '@mapbox/vector-tile';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { layerTiles } from '../data/layer-tiles';
import { tileFraction } from '../geo/tile-coords';
import { rng } from '../testing/fuzz';
import { encodeLayerTiles } from './layer-tiles';

const BOX = [114.0, 30.55, 114.4, 30.85];

/** Seeded points inside BOX with RenderProps-like properties. */
function points(n: number, seed = 7): FeatureCollection<Point> {
	const r = rng(seed);
	const features: Feature<Point>[] = Array.from({ length: n }, (_, i) => ({
		type: 'Feature',
		id: i,
		properties: {
			id: `p${i}`,
			name_zh: `点${i}`,
			name_en: `Point ${i}`,
			label_zh: `点${i}`,
			label_en: `P${i}`,
			kind: i % 3 ? 'enterprise' : 'park',
			chain: i % 2 ? 'logistics' : '',
			approx: i % 5 === 0,
			accuracy_m: 100 + (i % 7),
			road_airport: i * 3
		},
		geometry: {
			type: 'Point',
			coordinates: [
				Math.round((BOX[0]! + r() * (BOX[2]! - BOX[0]!)) * 1e6) / 1e6,
				Math.round((BOX[1]! + r() * (BOX[3]! - BOX[1]!)) * 1e6) / 1e6
			]
		}
	}));
	return { type: 'FeatureCollection', features };
}

describe('layerTiles', () => {
	it('covers the features, to z14 at least, with names from the zoom a tile holds few enough', () => {
		const few = layerTiles('facilities', points(4), BOX);
		expect(few).toMatchObject({ url: 'facilities/{z}/{x}/{y}.pbf', minzoom: 0, namesFrom: 0 });
		expect(few.maxzoom).toBe(14);
		const many = layerTiles('facilities', points(100_000), BOX);
		expect(many.namesFrom).toBeGreaterThanOrEqual(12);
		expect(many.namesFrom).toBeLessThanOrEqual(many.maxzoom);
		const [w, s, e, n] = many.bounds;
		expect(w).toBeGreaterThanOrEqual(BOX[0]!);
		expect(e).toBeLessThanOrEqual(BOX[2]!);
		expect(s).toBeGreaterThanOrEqual(BOX[1]!);
		expect(n).toBeLessThanOrEqual(BOX[3]!);
	});
});

describe('encodeLayerTiles', () => {
	const fc = points(1500);
	const byId = new Map(fc.features.map((f) => [f.properties!.id as string, f]));
	const plan = { ...layerTiles('facilities', fc, BOX), maxzoom: 13, namesFrom: 11 };
	const tiles = [...encodeLayerTiles('facilities', fc, plan)];

	it('puts every point, once, in the tile of its position at every zoom, where it decodes to its position', () => {
		for (let z = plan.minzoom; z <= plan.maxzoom; z++) {
			const seen: string[] = [];
			for (const t of tiles.filter((t) => t.z === z)) {
				const layer = new VectorTile(new PbfReader(t.pbf)).layers.facilities!;
				for (let i = 0; i < layer.length; i++) {
					const f = layer.feature(i).toGeoJSON(t.x, t.y, t.z);
					const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
					const source = byId.get(f.properties!.id as string)!;
					const [lon0, lat0] = source.geometry.coordinates as [number, number];
					// one tile unit at z: 360° / 2^z / 4096
					const unit = 360 / 2 ** z / 4096;
					expect(Math.abs(lon - lon0)).toBeLessThanOrEqual(unit);
					expect(Math.abs(lat - lat0)).toBeLessThanOrEqual(unit);
					// the buffer repeats a point near an edge in its neighbour: count it in its own tile only
					if (tileOf(lon0, lat0, z) === `${t.x}/${t.y}`) seen.push(String(f.properties!.id));
				}
			}
			expect(seen.sort(), `zoom ${z}`).toEqual([...byId.keys()].sort());
		}
	});

	it('carries the render properties, the names only from namesFrom', () => {
		for (const t of tiles) {
			const layer = new VectorTile(new PbfReader(t.pbf)).layers.facilities!;
			for (let i = 0; i < layer.length; i++) {
				const props = layer.feature(i).properties;
				const source = { ...byId.get(props.id as string)!.properties };
				if (t.z < plan.namesFrom) {
					for (const k of ['name_zh', 'name_en', 'label_zh', 'label_en']) delete source[k];
				}
				expect(props).toEqual(source);
			}
		}
	});

	it('writes no empty tile, and a tile for a point near an edge on both sides', () => {
		expect(
			tiles.every((t) => new VectorTile(new PbfReader(t.pbf)).layers.facilities!.length > 0)
		).toBe(true);
		// a point on the line between two z14 tiles is drawn from both
		const x = 13392; // a z14 tile column inside BOX
		const edgeLon = (x / 2 ** 14) * 360 - 180;
		const edge = points(1);
		edge.features[0]!.geometry.coordinates = [edgeLon + 1e-7, 30.7];
		const plan1 = { ...layerTiles('facilities', edge, BOX), maxzoom: 14 };
		const at14 = [...encodeLayerTiles('facilities', edge, plan1)].filter((t) => t.z === 14);
		expect(at14.map((t) => t.x).sort()).toEqual([x - 1, x]);
	});
});

function tileOf(lon: number, lat: number, z: number): string {
	return tileFraction(lon, lat, z).map(Math.floor).join('/');
}
