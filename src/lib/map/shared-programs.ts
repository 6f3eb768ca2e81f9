/**
 * Fewer GPU programs for the same picture. MapLibre compiles one shader
 * program per layer type and per way each paint property is bound: a
 * constant or zoom-only value is a uniform, a value read from the feature an
 * attribute, a value of zoom and feature both an interpolated attribute. The
 * atlas's fills, lines and circles mix all three, which made 19 programs at
 * first draw; under software WebGL each costs ~300 ms of main thread to link
 * (and mobile drivers are slow at it too). Binding a property the same way in
 * every layer of a type makes them share one program: a constant is turned
 * into a feature expression that always gives it (`case` on a property no
 * feature has), a zoom-only value into one whose stops are such expressions.
 * The values drawn are the same; each vertex carries a few more numbers.
 *
 * Hand-written: MapLibre has no option for it, and a style linter would only
 * report the variants, not unify them.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

/** The paint properties whose binding differs between the atlas's layers, per layer type. */
const SHARED: Partial<Record<LayerSpecification['type'], readonly string[]>> = {
	fill: ['fill-color', 'fill-opacity', 'fill-outline-color'],
	line: ['line-color', 'line-opacity', 'line-width'],
	circle: ['circle-color', 'circle-radius', 'circle-stroke-color', 'circle-stroke-width']
};

/** How a value is bound: u (constant or zoom only), a (feature), z (zoom and feature). */
type Binding = 'u' | 'a' | 'z';

const FEATURE_OPS = new Set([
	'get',
	'has',
	'properties',
	'feature-state',
	'geometry-type',
	'id',
	'global-state'
]);

/**
 * MapLibre's defaults, for a layer that leaves a shared property unset (it
 * would be a uniform). fill-outline-color has none: unset, it is fill-color.
 */
const DEFAULTS: Record<string, unknown> = {
	'fill-color': '#000000',
	'fill-opacity': 1,
	'line-color': '#000000',
	'line-opacity': 1,
	'line-width': 1,
	'circle-color': '#000000',
	'circle-radius': 5,
	'circle-stroke-color': '#000000',
	'circle-stroke-width': 0
};

/** A property no feature has: `case` on it keeps a value but binds it per feature. */
const NEVER: ExpressionSpecification = ['has', '\u0000atlas-never'];

function uses(value: unknown, test: (op: string) => boolean): boolean {
	if (!Array.isArray(value)) return false;
	if (typeof value[0] === 'string' && test(value[0])) return true;
	return value.some((v) => uses(v, test));
}

/** A paint property's value as drawn: as set, or its default. */
function valueOf(paint: Record<string, unknown> | undefined, prop: string): unknown {
	const value = paint?.[prop];
	if (value !== undefined) return value;
	return prop === 'fill-outline-color' ? valueOf(paint, 'fill-color') : DEFAULTS[prop];
}

function bindingOf(value: unknown): Binding {
	if (!Array.isArray(value) || value[0] === 'literal') return 'u';
	const feature = uses(value, (op) => FEATURE_OPS.has(op));
	const zoom = uses(value, (op) => op === 'zoom');
	return feature ? (zoom ? 'z' : 'a') : 'u';
}

const isZoomCurve = (value: unknown): value is unknown[] =>
	Array.isArray(value) &&
	(value[0] === 'interpolate' || value[0] === 'step') &&
	uses(value, (op) => op === 'zoom');

/** The same value, read per feature. */
const perFeature = (value: unknown): ExpressionSpecification =>
	['case', NEVER, value, value] as ExpressionSpecification;

/** The value bound as `to`; `from` is how it is bound now. */
function rebind(value: unknown, from: Binding, to: Binding): unknown {
	if (from === to) return value;
	if (to === 'a') return perFeature(value);
	// to 'z': a zoom curve keeps its stops, each read per feature; anything else is one flat curve
	if (from === 'u' && isZoomCurve(value)) {
		const head = value[0] === 'interpolate' ? 3 : 2;
		return value.map((v, i) =>
			i >= head && (i - head) % 2 === (value[0] === 'interpolate' ? 1 : 0) ? perFeature(v) : v
		);
	}
	const data = from === 'u' ? perFeature(value) : value;
	return ['interpolate', ['linear'], ['zoom'], 0, data, 24, data];
}

/** The join of two bindings: the least binding both can take. */
function join(a: Binding, b: Binding): Binding {
	if (a === b) return a;
	if (a === 'z' || b === 'z') return 'z';
	// a constant meets a feature value; a zoom curve among them is made 'z' by sharePrograms
	return 'a';
}

/**
 * The layers with their shared properties bound alike, per layer type. A
 * zoom-only value meeting a per-feature one makes both zoom-and-feature.
 */
export function sharePrograms(layers: LayerSpecification[]): LayerSpecification[] {
	const target = new Map<string, Binding>();
	const cameraOnly = new Set<string>();
	for (const layer of layers) {
		for (const prop of SHARED[layer.type] ?? []) {
			const value = valueOf((layer as { paint?: Record<string, unknown> }).paint, prop);
			if (value === undefined) continue;
			const key = `${layer.type}/${prop}`;
			const b = bindingOf(value);
			if (b === 'u' && isZoomCurve(value)) cameraOnly.add(key);
			target.set(key, join(target.get(key) ?? b, b));
		}
	}
	// a zoom curve among per-feature values: all zoom-and-feature
	for (const key of cameraOnly) if (target.get(key) === 'a') target.set(key, 'z');
	return layers.map((layer) => {
		const props = SHARED[layer.type];
		if (!props) return layer;
		const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
		const next = { ...paint };
		for (const prop of props) {
			const value = valueOf(paint, prop);
			const to = target.get(`${layer.type}/${prop}`);
			if (value === undefined || !to || to === 'u') continue;
			next[prop] = rebind(value, bindingOf(value), to);
		}
		return { ...layer, paint: next } as LayerSpecification;
	});
}
