declare module 'vt-pbf' {
	/** Encodes geojson-vt tiles (one per source layer) as a Mapbox Vector Tile protobuf. */
	export function fromGeojsonVt(
		layers: Record<string, unknown>,
		options?: { version?: number; extent?: number }
	): Uint8Array;
}
