/**
 * How many points a map tile would hold: MapLibre lays out a symbol layer's
 * icons and labels per tile, and a tile past ~65,000 vertices fails ("too many
 * glyphs", a broken icon bucket). A dense layer's symbols therefore start at
 * the zoom where a tile holds few enough points; its circles draw at every zoom.
 */

/**
 * The lowest whole zoom at which one tile holds at most `perTile` of `count`
 * points spread evenly over `bbox` ([w, s, e, n], degrees): 0 for a sparse layer.
 */
export function zoomForDensity(count: number, bbox: readonly number[], perTile: number): number {
	const [w = 0, s = 0, e = 0, n = 0] = bbox;
	const cosLat = Math.cos((((s + n) / 2) * Math.PI) / 180);
	const area = Math.max((e - w) * (n - s), 1e-12);
	for (let z = 0; z < 22; z++) {
		// a tile is square in Web Mercator: narrower in latitude by cos(lat)
		const side = 360 / 2 ** z;
		if (count * Math.min(1, (side * side * cosLat) / area) <= perTile) return z;
	}
	return 22;
}

/** The most points per tile from which a dense layer draws its shapes (icons). */
export const SYMBOLS_PER_TILE = 2000;

/**
 * The most points per tile from which a dense layer draws its names. Vector
 * tiles of a large layer carry the names only from that zoom (data/layer-tiles.ts).
 */
export const LABELS_PER_TILE = 500;
