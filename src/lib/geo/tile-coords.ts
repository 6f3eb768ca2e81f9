/**
 * Web Mercator tile coordinates (the XYZ scheme of vector tiles): where a
 * WGS-84 position falls in the 2^z × 2^z grid of zoom z, as fractions (the
 * whole part is the tile's x or y, the rest is the position inside it).
 */
export function tileFraction(lon: number, lat: number, z: number): [number, number] {
	const n = 2 ** z;
	const r = (lat * Math.PI) / 180;
	return [
		((lon + 180) / 360) * n,
		((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n
	];
}
