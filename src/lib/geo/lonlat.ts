/**
 * The position type every geo module shares, and the precision geodata/ keeps.
 * Coordinates are WGS-84 [lon, lat] in degrees (RFC 7946 order) unless a
 * function says otherwise (datum.ts handles GCJ-02 and BD-09).
 */

/** [lon, lat] in degrees. */
export type LonLat = [number, number];

/** Rounds degrees to 6 decimals (≈ 0.1 m), the precision geodata/ and the build keep. */
export function round6(n: number): number {
	return Math.round(n * 1e6) / 1e6 + 0; // + 0 turns -0 into 0
}
