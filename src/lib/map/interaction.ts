/**
 * The interaction mode on the map (what a click does) and the drawing tool
 * that the `measure` mode drives. The adapter routes clicks through here;
 * the mode itself is app state, handed in with setMode().
 */
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import { MeasureTool, type Drawn } from './measure-tool';

/** What a click on the map does (the app's interaction mode). */
export type MapMode =
	{ kind: 'select' } | { kind: 'pick' } | { kind: 'measure'; shape: 'linestring' | 'polygon' };

export type InteractionCallbacks = {
	/** a point clicked in pick mode */
	onPick?: (point: [number, number]) => void;
	/** the measured shapes changed */
	onMeasure?: (features: Drawn[]) => void;
	/** a measured shape was finished: drawing is over */
	onMeasureFinished?: () => void;
};

export class Interaction {
	#map: MaplibreMap;
	#callbacks: InteractionCallbacks;
	#mode: MapMode = { kind: 'select' };
	#tool: MeasureTool | null = null;
	/** shapes waiting for a tool while a new style loads */
	#carried: Drawn[] | null = null;

	constructor(map: MaplibreMap, callbacks: InteractionCallbacks) {
		this.#map = map;
		this.#callbacks = callbacks;
	}

	get selecting(): boolean {
		return this.#mode.kind === 'select';
	}

	/** A click now gives a point (onPick): it selects nothing and closes nothing. */
	get picking(): boolean {
		return this.#mode.kind === 'pick';
	}

	setMode(mode: MapMode) {
		this.#mode = mode;
		this.#map.getCanvas().style.cursor = mode.kind === 'pick' ? 'crosshair' : '';
		if (mode.kind === 'measure') this.#tool?.start(mode.shape);
		else this.#tool?.stop();
	}

	/** Takes a click that belongs to a tool (pick, draw); false leaves it to selection. */
	takeClick(e: MapMouseEvent): boolean {
		if (this.#mode.kind === 'measure') return true; // terra-draw has it
		if (this.#mode.kind === 'pick') {
			this.#callbacks.onPick?.([e.lngLat.lng, e.lngLat.lat]);
			return true;
		}
		return false;
	}

	/** Undo the drawing tool's last step, or clear every shape. */
	command(action: 'undo' | 'clear') {
		if (action === 'undo') this.#tool?.undo();
		else this.#tool?.clear();
	}

	/** Starts the drawing tool on the current style, with these shapes (or those carried over). */
	startTool(shapes?: Drawn[]) {
		this.#tool?.destroy();
		this.#tool = new MeasureTool(
			this.#map,
			(f) => this.#callbacks.onMeasure?.(f),
			() => this.#callbacks.onMeasureFinished?.()
		);
		const load = shapes ?? this.#carried ?? [];
		this.#carried = null;
		if (load.length) this.#tool.add(load);
		if (this.#mode.kind === 'measure') this.#tool.start(this.#mode.shape);
	}

	/** A style is about to be replaced: the tool goes, its shapes wait for startTool(). */
	suspendTool() {
		// Two switches in a row: the first style's shapes are still waiting.
		this.#carried = this.#tool?.features() ?? this.#carried ?? [];
		this.#tool?.destroy();
		this.#tool = null;
	}

	/** Replaces the measured shapes (a restored link); reported back through onMeasure. */
	replaceShapes(shapes: Drawn[]) {
		this.#tool?.replace(shapes);
	}

	destroy() {
		this.#tool?.destroy();
		this.#tool = null;
	}
}
