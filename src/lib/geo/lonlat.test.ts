import { describe, expect, it } from 'vitest';
import { round6 } from './lonlat';

describe('round6', () => {
	it('rounds degrees to 6 decimals (≈ 0.1 m)', () => {
		expect(round6(114.1234565)).toBe(114.123457);
		expect(round6(114.1234564)).toBe(114.123456);
		expect(round6(30.5)).toBe(30.5);
	});

	it('never returns -0, which JSON would write as 0 but equality tells apart', () => {
		expect(Object.is(round6(-0.0000001), 0)).toBe(true);
		expect(Object.is(round6(-0), 0)).toBe(true);
	});
});
