// One-off builder of geodata/roads/osm.geojson from the reference extract
// (../shared/reference/roads/, OpenStreetMap via OSMnx, ODbL 1.0): the same
// edges and properties, with the dataset's `meta` licence block. Reproducible:
//   node geodata/tools/build-roads.mjs ../shared/reference/roads/wuhan_west_roads_osm_wgs84.geojson
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const [input] = process.argv.slice(2);
if (!input) {
	console.error('usage: node geodata/tools/build-roads.mjs <roads.geojson>');
	process.exit(2);
}
const src = JSON.parse(readFileSync(input, 'utf8'));
const out = {
	type: 'FeatureCollection',
	meta: {
		licence: 'ODbL-1.0',
		attribution: '© OpenStreetMap contributors',
		source_url: 'https://www.openstreetmap.org/copyright',
		note:
			'OpenStreetMap road edges of western Wuhan, derived from OSM via OSMnx (uscuni/neatnet data/wuhan_8989/original.parquet at 661c164, downloaded before 2024-10), reprojected from UTM 50N to WGS-84. highway is the OSM class, u and v the OSM node ids at the two ends (a routable graph), length_m the geodesic length. No names, no one-way, no speeds. Coverage is clipped: no edges west of ~113.98 E or north of ~30.74 N. ODbL 1.0: this file and anything built from it (tiles, routing graph) stay ODbL.'
	},
	features: src.features.map((f) => ({
		type: 'Feature',
		properties: {
			highway: f.properties.highway,
			u: String(f.properties.u),
			v: String(f.properties.v),
			length_m: f.properties.length_m
		},
		geometry: f.geometry
	}))
};
mkdirSync(new URL('../roads/', import.meta.url), { recursive: true });
// One feature per line: reviewable diffs, modest size.
const lines = out.features.map((f) => JSON.stringify(f));
const text = `{"type":"FeatureCollection","meta":${JSON.stringify(out.meta)},"features":[\n${lines.join(',\n')}\n]}\n`;
writeFileSync(new URL('../roads/osm.geojson', import.meta.url), text);
console.log(`geodata/roads/osm.geojson: ${out.features.length} edges`);
