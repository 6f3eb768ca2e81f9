/**
 * The high-contrast variant of the embedded basemap (issue 15): the same
 * style with a white ground, black labels on a wide white halo (at least 7:1,
 * WCAG AAA), and every plainly coloured line and outline darkened (in OKLCH,
 * hue kept) until it stands at least 3:1 against white (WCAG's non-text
 * contrast). Colours given by expressions (the chain colours, feature-state
 * highlights) are left to their own shapes and rings.
 */
import { formatHex, oklch, wcagContrast } from 'culori';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

export const CONTRAST_GROUND = '#ffffff';
export const CONTRAST_TEXT = '#000000';
/** contrast of a line against the ground (WCAG 1.4.11) */
export const MIN_LINE_CONTRAST = 3;

/** `colour` darkened just enough to stand `ratio`:1 against white (unchanged when it does). */
export function darkenTo(colour: string, ratio: number): string {
	const c = oklch(colour);
	if (!c) return colour;
	let l = c.l;
	let hex = formatHex(c);
	while (wcagContrast(hex, CONTRAST_GROUND) < ratio && l > 0) {
		l = Math.max(0, l - 0.02);
		hex = formatHex({ ...c, l });
	}
	return hex;
}

const LINE_PAINT = ['line-color', 'fill-outline-color', 'circle-stroke-color'] as const;

function contrastPaint(layer: LayerSpecification): LayerSpecification {
	if (!('paint' in layer) && layer.type !== 'symbol') return layer;
	const paint: Record<string, unknown> = { ...(('paint' in layer && layer.paint) || {}) };
	if (layer.type === 'background') paint['background-color'] = CONTRAST_GROUND;
	if (layer.type === 'symbol') {
		paint['text-color'] = CONTRAST_TEXT;
		paint['text-halo-color'] = CONTRAST_GROUND;
		paint['text-halo-width'] = 2;
		paint['text-halo-blur'] = 0;
	}
	for (const key of LINE_PAINT) {
		const value = paint[key];
		if (typeof value === 'string') paint[key] = darkenTo(value, MIN_LINE_CONTRAST);
	}
	const opacity = paint['line-opacity'];
	if (typeof opacity === 'number') paint['line-opacity'] = Math.max(opacity, 0.9);
	return { ...layer, paint } as LayerSpecification;
}

/** The style in high contrast (a new object; the input is not changed). */
export function highContrast(style: StyleSpecification): StyleSpecification {
	return { ...style, layers: style.layers.map(contrastPaint) };
}
