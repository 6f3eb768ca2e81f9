// The benchmark's baseline: MapLibre alone drawing the same boundaries and
// facilities GeoJSON the app's build wrote, fitted to the same bbox, no app
// code. Marks data-ready="true" on its first idle, like the app's contract.
import * as maplibregl from '/maplibre/maplibre-gl.mjs';

maplibregl.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
const bbox = await (await fetch('/bbox.json')).json();
const map = new maplibregl.Map({
	container: 'map',
	bounds: bbox,
	fitBoundsOptions: { padding: 40 },
	style: {
		version: 8,
		sources: {
			boundaries: { type: 'geojson', data: '/data/boundaries.geojson' },
			facilities: { type: 'geojson', data: '/data/facilities.geojson' }
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
			{
				id: 'boundaries',
				type: 'line',
				source: 'boundaries',
				paint: { 'line-color': '#888', 'line-width': 1 }
			},
			{
				id: 'facilities',
				type: 'circle',
				source: 'facilities',
				paint: {
					'circle-radius': 4,
					'circle-color': '#0072B2',
					'circle-stroke-width': 1,
					'circle-stroke-color': '#fff'
				}
			}
		]
	}
});
window.__atlasMap = map;
map.once('idle', () => {
	document.getElementById('map').dataset.ready = 'true';
});
