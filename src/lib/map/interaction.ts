/**
 * The interaction mode on the map (what a click does) and the drawing tool
 * that the `measure` mode drives. The adapter routes clicks through here;
 * the mode itself is app state, handed in with setMode().
 */
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Drawn, MeasureTool } from './measure-tool';

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

type ToolModule = typeof import('./measure-tool');

export class Interaction {
	#map: MaplibreMap;
	#callbacks: InteractionCallbacks;
	#mode: MapMode = { kind: 'select' };
	#tool: MeasureTool | null = null;
	/** shapes waiting for a tool: while a new style loads, or while terra-draw is fetched */
	#carried: Drawn[] | null = null;
	/** the current style is drawn: a tool may be put on it */
	#styleReady = false;
	#destroyed = false;
	/** terra-draw and the tool, fetched on first use (a measure, or shapes from a link) */
	#module: Promise<ToolModule> | null = null;

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
		if (mode.kind === 'measure') {
			if (this.#tool) this.#tool.start(mode.shape);
			else void this.#ensureTool();
		} else this.#tool?.stop();
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

	/** Undo the drawing tool's last step, clear every shape, or fetch the tool ahead of use. */
	command(action: 'undo' | 'clear' | 'prepare') {
		if (action === 'prepare') {
			this.#module ??= import('./measure-tool');
			return;
		}
		if (!this.#tool) {
			if (action === 'clear' && this.#carried?.length) {
				this.#carried = [];
				this.#callbacks.onMeasure?.([]);
			}
			return;
		}
		if (action === 'undo') this.#tool.undo();
		else this.#tool.clear();
	}

	/**
	 * The style is drawn: the drawing tool goes on it, with these shapes (or
	 * those carried over), as soon as there is something to draw or measure.
	 */
	startTool(shapes?: Drawn[]) {
		this.#styleReady = true;
		this.#carried = shapes ?? this.#carried ?? [];
		if (this.#carried.length || this.#mode.kind === 'measure') void this.#ensureTool();
	}

	async #ensureTool() {
		if (this.#tool || !this.#styleReady || this.#destroyed) return;
		const { MeasureTool } = await (this.#module ??= import('./measure-tool'));
		// the style may have changed or a tool come while terra-draw was fetched
		if (this.#tool || !this.#styleReady || this.#destroyed) return;
		this.#tool = new MeasureTool(
			this.#map,
			(f) => this.#callbacks.onMeasure?.(f),
			() => this.#callbacks.onMeasureFinished?.()
		);
		const load = this.#carried ?? [];
		this.#carried = null;
		if (load.length) this.#tool.add(load);
		if (this.#mode.kind === 'measure') this.#tool.start(this.#mode.shape);
	}

	/** A style is about to be replaced: the tool goes, its shapes wait for startTool(). */
	suspendTool() {
		this.#styleReady = false;
		// Two switches in a row: the first style's shapes are still waiting.
		this.#carried = this.#tool?.features() ?? this.#carried ?? [];
		this.#tool?.destroy();
		this.#tool = null;
	}

	/** Replaces the measured shapes (a restored link); reported back through onMeasure. */
	replaceShapes(shapes: Drawn[]) {
		if (this.#tool) {
			this.#tool.replace(shapes);
			return;
		}
		this.#carried = shapes;
		if (shapes.length) void this.#ensureTool();
		else this.#callbacks.onMeasure?.([]);
	}

	destroy() {
		this.#destroyed = true;
		this.#tool?.destroy();
		this.#tool = null;
	}
}
