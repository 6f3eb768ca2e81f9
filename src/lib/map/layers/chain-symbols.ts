/**
 * A shape per industry chain, so that a marker's chain is never told by
 * colour alone: the same outline is drawn inside the map marker (an SDF image
 * made here, no sprite to fetch) and beside the chain's name in the legend.
 * Shapes go to chains in the dataset's order. Pure data and arithmetic.
 */

/** Outlines in a unit box, x right and y down, within [-1, 1]. */
const STAR = Array.from({ length: 10 }, (_, i) => {
	const r = i % 2 ? 0.42 : 1;
	const a = (i * Math.PI) / 5 - Math.PI / 2;
	return [r * Math.cos(a), r * Math.sin(a) + 0.08] as const;
});
export const CHAIN_SHAPES = {
	square: [
		[-0.72, -0.72],
		[0.72, -0.72],
		[0.72, 0.72],
		[-0.72, 0.72]
	],
	triangle: [
		[0, -0.92],
		[0.9, 0.7],
		[-0.9, 0.7]
	],
	diamond: [
		[0, -1],
		[1, 0],
		[0, 1],
		[-1, 0]
	],
	plus: [
		[-0.3, -0.95],
		[0.3, -0.95],
		[0.3, -0.3],
		[0.95, -0.3],
		[0.95, 0.3],
		[0.3, 0.3],
		[0.3, 0.95],
		[-0.3, 0.95],
		[-0.3, 0.3],
		[-0.95, 0.3],
		[-0.95, -0.3],
		[-0.3, -0.3]
	],
	star: STAR
} as const satisfies Record<string, readonly (readonly [number, number])[]>;
export type ChainShape = keyof typeof CHAIN_SHAPES;
const ORDER: ChainShape[] = ['square', 'triangle', 'diamond', 'plus', 'star'];

/** The shape of the chain at this position in the dataset's list (repeats past five chains). */
export function chainShape(position: number): ChainShape {
	return ORDER[position % ORDER.length]!;
}

/** The map image id of a chain's symbol is this prefix and the chain's id. */
export const CHAIN_SYMBOL_PREFIX = 'chain-symbol-';

/** An SVG path of a shape for a viewBox of "-1 -1 2 2". */
export function shapePath(shape: ChainShape): string {
	const pts = CHAIN_SHAPES[shape].map(([x, y]) => `${+x.toFixed(3)} ${+y.toFixed(3)}`);
	return `M${pts.join('L')}Z`;
}

function inside(poly: readonly (readonly [number, number])[], x: number, y: number): boolean {
	let hit = false;
	for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
		const [xi, yi] = poly[i]!;
		const [xj, yj] = poly[j]!;
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
	}
	return hit;
}

function edgeDistance(poly: readonly (readonly [number, number])[], x: number, y: number): number {
	let best = Infinity;
	for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
		const [ax, ay] = poly[j]!;
		const [bx, by] = poly[i]!;
		const dx = bx - ax;
		const dy = by - ay;
		const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
		best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
	}
	return best;
}

/**
 * A shape as a signed distance field, `size` px square, RGBA with the
 * distance in alpha as MapLibre's SDF icons expect: 192 on the outline, more
 * inside, less outside, `buffer` px of field around the shape.
 */
export function shapeSdf(shape: ChainShape, size = 32, buffer = 4): Uint8Array {
	const poly = CHAIN_SHAPES[shape];
	const half = size / 2 - buffer; // px per unit
	const data = new Uint8Array(size * size * 4);
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			const x = (px + 0.5 - size / 2) / half;
			const y = (py + 0.5 - size / 2) / half;
			const d = edgeDistance(poly, x, y) * half * (inside(poly, x, y) ? 1 : -1);
			const o = (py * size + px) * 4;
			data[o] = data[o + 1] = data[o + 2] = 255;
			// 1 px of distance is 64/buffer alpha steps: the field reaches 0 at the buffer's edge
			data[o + 3] = Math.max(0, Math.min(255, Math.round(192 + d * (192 / buffer))));
		}
	}
	return data;
}
