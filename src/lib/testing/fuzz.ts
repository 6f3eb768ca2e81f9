/**
 * Seeded fuzzing helpers (test-only): a small PRNG (mulberry32) so every run
 * tries the same inputs, and generators of hostile values: odd numbers,
 * unicode, separators, markup, very long strings, wrong types.
 */
export type Rng = () => number;

export function rng(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

const PIECES = [
	'',
	' ',
	',',
	',,',
	':',
	'~',
	'%',
	'%00',
	'%E4',
	'&',
	'=',
	'-',
	'_none',
	'a',
	'boe-wuhan',
	'electronics',
	'114.1',
	'30.6',
	'-0',
	'1e309',
	'NaN',
	'Infinity',
	'0x10',
	'京东方',
	'临空港',
	'\u0000',
	'\u202e',
	'\ud800',
	'🙂',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'../../etc/passwd',
	'=HYPERLINK("x")',
	'zone:a',
	'drawn:0',
	'user:u-x-1',
	'L_p~iF~ps|U',
	'P??',
	'__proto__',
	'constructor'
];

/** A string assembled from hostile pieces, sometimes very long. */
export function hostileString(r: Rng): string {
	if (r() < 0.03) return pick(r, PIECES).repeat(int(r, 100, 5000));
	let s = '';
	const n = int(r, 0, 6);
	for (let i = 0; i < n; i++) s += pick(r, PIECES);
	return s;
}

/** Any JSON value, nested up to `depth`. */
export function hostileValue(r: Rng, depth = 2): unknown {
	const k = r();
	if (k < 0.15) return null;
	if (k < 0.3) return pick(r, [0, -1, 1e308, -1e308, 0.1234567891, 181, -91, 90, 1.5, 2 ** 53]);
	if (k < 0.45) return hostileString(r);
	if (k < 0.5) return r() < 0.5;
	if (k < 0.75 && depth > 0)
		return Array.from({ length: int(r, 0, 4) }, () => hostileValue(r, depth - 1));
	if (depth > 0)
		return Object.fromEntries(
			Array.from({ length: int(r, 0, 3) }, () => [
				pick(r, ['type', 'coordinates', 'id', 'properties', 'geometry', 'x']),
				hostileValue(r, depth - 1)
			])
		);
	return hostileString(r);
}
