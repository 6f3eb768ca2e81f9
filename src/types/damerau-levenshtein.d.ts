declare module 'damerau-levenshtein' {
	/** Optimal-string-alignment distance; similarity is 1 − steps / longer length. */
	export default function damerauLevenshtein(
		a: string,
		b: string,
		limit?: number
	): { steps: number; relative: number; similarity: number };
}
