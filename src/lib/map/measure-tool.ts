/**
 * Drawing for measurement, by terra-draw with its MapLibre adapter (no
 * hand-rolled mouse handling): draw a line or a polygon, move its vertices in
 * select mode, undo, clear, stop (drops a shape in progress). The numbers come
 * from $lib/geo/measure; this class only draws and reports geometry. Which of
 * these happens is the app's interaction mode, applied by the adapter.
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
	#onFinish: () => void;
	#map: MaplibreMap;
	/** the drawing mode asked for before terra-draw had started */
	#pending: MeasureMode | null = null;

	/**
	 * @param onChange every change of the shapes
	 * @param onFinish a shape was finished (the tool is back to editing)
	 */
	constructor(map: MaplibreMap, onChange: (features: Drawn[]) => void, onFinish: () => void) {
		this.#map = map;
		this.#onChange = onChange;
		this.#onFinish = onFinish;
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
		const start = () => {
			this.#draw.start();
			if (this.#pending) this.start(this.#pending);
			this.#pending = null;
		};
		// After a restyle 'load' does not fire again: wait for the style to be drawn.
		if (map.isStyleLoaded()) start();
		else map.once('idle', start);
		this.#draw.on('change', () => this.#emit());
		this.#draw.on('finish', (id) => {
			// After a shape is finished, switch to editing it: vertices can be dragged.
			this.#draw.setMode('select');
			this.#draw.selectFeature(id);
			this.#onFinish();
		});
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
		if (!this.#draw.enabled) {
			this.#pending = mode;
			return;
		}
		if (this.#draw.getMode() === mode) return;
		this.#draw.setMode(mode);
		this.#map.getCanvas().focus();
	}

	/** Back to editing: a shape in progress is dropped, finished ones stay. */
	stop() {
		this.#pending = null;
		if (!this.#draw.enabled || !this.active) return;
		this.#draw.setMode('select');
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
		if (this.#draw.enabled) this.#draw.stop();
	}
}
