/**
 * Drawing for measurement, by terra-draw with its MapLibre adapter (no
 * hand-rolled mouse handling): draw a line or a polygon, move its vertices in
 * select mode, undo, clear, Esc to cancel. The numbers come from
 * $lib/geo/measure; this class only draws and reports geometry.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import {
	TerraDraw,
	TerraDrawLineStringMode,
	TerraDrawModeUndoRedo,
	TerraDrawPolygonMode,
	TerraDrawSelectMode,
	TerraDrawSessionUndoRedo,
	type GeoJSONStoreFeatures
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Feature, LineString, Polygon } from 'geojson';

export type MeasureMode = 'linestring' | 'polygon';
export type Drawn = Feature<LineString | Polygon>;

const INK = '#c2410c';

const editable = {
	feature: {
		draggable: true,
		coordinates: { midpoints: true, draggable: true, deletable: true }
	}
} as const;

export class MeasureTool {
	#draw: TerraDraw;
	#onChange: (features: Drawn[]) => void;
	#onKey: (e: KeyboardEvent) => void;
	#map: MaplibreMap;

	constructor(map: MaplibreMap, onChange: (features: Drawn[]) => void) {
		this.#map = map;
		this.#onChange = onChange;
		this.#draw = new TerraDraw({
			adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'measure' }),
			modes: [
				new TerraDrawLineStringMode({
					styles: { lineStringColor: INK, lineStringWidth: 3, closingPointColor: INK }
				}),
				new TerraDrawPolygonMode({
					styles: { fillColor: INK, fillOpacity: 0.15, outlineColor: INK, outlineWidth: 2 }
				}),
				new TerraDrawSelectMode({
					flags: { linestring: editable, polygon: editable },
					styles: { selectedLineStringColor: INK, selectedPolygonColor: INK }
				})
			],
			undoRedo: {
				modeLevel: new TerraDrawModeUndoRedo(),
				sessionLevel: new TerraDrawSessionUndoRedo()
			}
		});
		// terra-draw adds its layers on start, which needs a loaded style.
		if (map.isStyleLoaded()) this.#draw.start();
		else map.once('load', () => this.#draw.start());
		this.#draw.on('change', () => this.#emit());
		this.#draw.on('finish', (id) => {
			// After a shape is finished, switch to editing it: vertices can be dragged.
			this.#draw.setMode('select');
			this.#draw.selectFeature(id);
		});
		this.#onKey = (e) => {
			if (e.key === 'Escape') this.cancel();
		};
		map.getContainer().addEventListener('keydown', this.#onKey);
	}

	#emit() {
		this.#onChange(this.features());
	}

	/** Finished and in-progress shapes, as plain GeoJSON. */
	features(): Drawn[] {
		return this.#draw
			.getSnapshot()
			.filter(
				(f: GeoJSONStoreFeatures) =>
					(f.geometry.type === 'LineString' || f.geometry.type === 'Polygon') &&
					!f.properties.closingPoint &&
					!f.properties.midPoint &&
					!f.properties.selectionPoint
			)
			.map((f) => ({
				type: 'Feature',
				id: String(f.id),
				properties: { mode: f.properties.mode },
				geometry: f.geometry as LineString | Polygon
			}));
	}

	start(mode: MeasureMode) {
		if (!this.#draw.enabled) return;
		this.#draw.setMode(mode);
		this.#map.getCanvas().focus();
	}

	/** Esc: abandon the shape being drawn, keep finished ones. */
	cancel() {
		const mode = this.#draw.getMode();
		if (mode === 'linestring' || mode === 'polygon') {
			this.#draw.setMode('select');
			this.#draw.setMode(mode);
		}
		this.#emit();
	}

	undo() {
		this.#draw.undo();
		this.#emit();
	}

	clear() {
		this.#draw.clear();
		this.#emit();
	}

	/** Loads shapes (e.g. from a URL or a file) as WGS-84 GeoJSON. */
	add(features: Drawn[]) {
		this.#draw.addFeatures(
			features.map((f) => ({
				type: 'Feature',
				id: crypto.randomUUID(),
				properties: { mode: f.geometry.type === 'Polygon' ? 'polygon' : 'linestring' },
				geometry: f.geometry
			})) as GeoJSONStoreFeatures[]
		);
		this.#emit();
	}

	/** Replaces every shape with these (a restored URL); emits once. */
	replace(features: Drawn[]) {
		this.#draw.clear();
		this.add(features);
	}

	get active(): boolean {
		const mode = this.#draw.getMode();
		return mode === 'linestring' || mode === 'polygon';
	}

	destroy() {
		this.#map.getContainer().removeEventListener('keydown', this.#onKey);
		if (this.#draw.enabled) this.#draw.stop();
	}
}
