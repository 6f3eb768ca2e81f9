/**
 * How far apart the industry-chain colours stay for readers with a colour
 * vision deficiency. Each colour is passed through the Machado et al. (2009)
 * simulation of complete protanopia, deuteranopia and tritanopia (culori's
 * filterDeficiency*, severity 1) and every pair is compared with CIEDE2000.
 */
import {
	differenceCiede2000,
	filterDeficiencyDeuter,
	filterDeficiencyProt,
	filterDeficiencyTrit,
	parse,
	type Color
} from 'culori';

export const VISIONS = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
export type Vision = (typeof VISIONS)[number];

/**
 * The smallest ΔE₀₀ a pair of chain colours may have in any simulated vision.
 * 10 is about where two small map markers stop being confused at a glance
 * (2.3 is a just-noticeable difference between large patches side by side).
 */
export const MIN_CHAIN_DELTA_E = 10;

const SIMULATE: Record<Vision, (c: Color) => Color> = {
	normal: (c) => c,
	protanopia: filterDeficiencyProt(1),
	deuteranopia: filterDeficiencyDeuter(1),
	tritanopia: filterDeficiencyTrit(1)
};

export type ClosestPair = { vision: Vision; a: string; b: string; deltaE: number };

/** The closest pair of colours (`#rrggbb`) in each vision, ΔE₀₀ rounded to 0.1. */
export function closestPairs(colors: readonly string[]): ClosestPair[] {
	const deltaE = differenceCiede2000();
	return VISIONS.map((vision) => {
		const seen = colors.map((hex) => {
			const c = parse(hex);
			if (!c) throw new Error(`not a colour: ${hex}`);
			return SIMULATE[vision](c);
		});
		let best: ClosestPair = { vision, a: '', b: '', deltaE: Infinity };
		for (let i = 0; i < colors.length; i++) {
			for (let j = i + 1; j < colors.length; j++) {
				const d = Math.round(deltaE(seen[i]!, seen[j]!) * 10) / 10;
				if (d < best.deltaE) best = { vision, a: colors[i]!, b: colors[j]!, deltaE: d };
			}
		}
		return best;
	});
}
