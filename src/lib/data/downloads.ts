/**
 * What the build adds for plain downloads and the OGC API (issue 12): the road
 * network as one GeoJSON file, and the licence manifest that says, for every
 * compiled file, which geodata/ files it comes from and under which licence.
 * Pure: it reads the parsed geodata/ files (path → JSON) and nothing else, and
 * names nothing of a particular place: licences and attributions come from
 * each source file's `meta`.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { LAYER_IDS, type LayerId } from './atlas';
import { pathsOf, type FileRole } from './layout';
import { Licence, type RoadProps } from './schema';

/** The file the build writes the road network to (relative to /data/), when there is one. */
export const ROADS_FILE = 'roads.geojson';
/** The licence manifest (relative to /data/). */
export const LICENCES_FILE = 'licences.json';

/** One source of a compiled file: the geodata/ file, its licence and how it was used. */
export type LayerSource = Licence & {
	/** path inside geodata/ */
	file: string;
	/** 'data': the features come from it; 'derived': values were computed from it (road times) */
	use: 'data' | 'derived';
};

/** licences.json: compiled file name (relative to /data/) → its sources, in file order. */
export type LicenceManifest = { files: Record<string, LayerSource[]> };

/** Properties of a feature of roads.geojson: the edge's own, and a stable id. */
export type RoadFeatureProps = RoadProps & { id: string };

/**
 * The road edges of geodata/roads/ as one FeatureCollection, in file order,
 * each with an id `road-<n>` (n from 1) that stays the same while the data does.
 */
export function roadsCollection(
	files: Record<string, unknown>
): FeatureCollection<LineString, RoadFeatureProps> | null {
	const paths = pathsOf(files, 'roads');
	if (!paths.length) return null;
	const edges = paths.flatMap(
		(p) => (files[p] as FeatureCollection<LineString, RoadProps>).features
	);
	return {
		type: 'FeatureCollection',
		features: edges.map((f, i): Feature<LineString, RoadFeatureProps> => ({
			type: 'Feature',
			id: `road-${i + 1}`,
			properties: {
				id: `road-${i + 1}`,
				highway: f.properties.highway,
				u: f.properties.u,
				v: f.properties.v,
				length_m: f.properties.length_m
			},
			geometry: f.geometry
		}))
	};
}

/** Which source roles each compiled layer is made of (entity layers: the features files). */
const LAYER_ROLES: Record<LayerId, FileRole> = {
	boundaries: 'boundaries',
	water: 'basemap',
	metro: 'basemap',
	zones: 'features',
	parks: 'features',
	approx: 'features',
	hubs: 'features',
	facilities: 'features'
};

/** Basemap files are told apart by the `type` of their features. */
const BASEMAP_TYPES: Partial<Record<LayerId, readonly string[]>> = {
	water: ['river', 'lake'],
	metro: ['line', 'station']
};

/**
 * The licence manifest: for every compiled layer file (and roads.geojson,
 * road-gaps.geojson and atlas.json) the geodata/ files it is made of, with the
 * licence and attribution of each (its `meta`). Entity layers carry road times
 * computed from the road network, so the road files are listed for them as
 * 'derived'. A source file without a valid `meta` is listed with licence
 * 'unknown', never left out.
 */
export function licenceManifest(files: Record<string, unknown>): LicenceManifest {
	const source = (file: string, use: LayerSource['use']): LayerSource => {
		const meta = Licence.safeParse((files[file] as { meta?: unknown } | undefined)?.meta);
		return meta.success
			? { ...meta.data, file, use }
			: { licence: 'unknown', attribution: file, file, use };
	};
	const roads = pathsOf(files, 'roads');
	const out: Record<string, LayerSource[]> = {};
	for (const id of LAYER_IDS) {
		const role = LAYER_ROLES[id];
		const types = BASEMAP_TYPES[id];
		const paths = pathsOf(files, role).filter(
			(p) =>
				!types ||
				(files[p] as FeatureCollection).features.some((f) =>
					types.includes(String(f.properties?.type))
				)
		);
		out[`${id}.geojson`] = [
			...paths.map((p) => source(p, 'data')),
			...(role === 'features' ? roads.map((p) => source(p, 'derived')) : [])
		];
	}
	if (roads.length) {
		out[ROADS_FILE] = roads.map((p) => source(p, 'data'));
		out['road-gaps.geojson'] = roads.map((p) => source(p, 'derived'));
	}
	const all = (['features', 'boundaries', 'basemap', 'roads'] as const).flatMap((r) =>
		pathsOf(files, r)
	);
	out['atlas.json'] = all.map((p) => source(p, 'data'));
	return { files: out };
}
