import { describe, expect, it } from 'vitest';
import { CHAIN_SHAPES, chainShape, shapePath, shapeSdf, type ChainShape } from './chain-symbols';

const alphaAt = (data: Uint8Array, size: number, x: number, y: number) =>
	data[(y * size + x) * 4 + 3];

describe('chain symbols', () => {
	it('gives five chains five different shapes, then repeats', () => {
		const five = [0, 1, 2, 3, 4].map(chainShape);
		expect(new Set(five).size).toBe(5);
		expect(chainShape(5)).toBe(chainShape(0));
	});

	it('draws an SDF: inside above the 192 edge, outside below, corners empty', () => {
		for (const shape of Object.keys(CHAIN_SHAPES) as ChainShape[]) {
			const sdf = shapeSdf(shape, 32, 4);
			expect(sdf.length).toBe(32 * 32 * 4);
			expect(alphaAt(sdf, 32, 16, 16), shape).toBeGreaterThan(192);
			expect(alphaAt(sdf, 32, 0, 0), shape).toBe(0);
		}
		// a diamond leaves its box's corners out, a square fills them
		const inner = (s: ChainShape) => alphaAt(shapeSdf(s, 32, 4), 32, 7, 7);
		expect(inner('square')).toBeGreaterThan(192);
		expect(inner('diamond')).toBeLessThan(192);
	});

	it('writes SVG paths the legend can draw', () => {
		expect(shapePath('square')).toBe('M-0.72 -0.72L0.72 -0.72L0.72 0.72L-0.72 0.72Z');
	});
});
