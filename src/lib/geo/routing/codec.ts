/**
 * The routing graph as bytes, for the build to write under static/data and a
 * Web Worker to fetch. Only the network is stored (node positions as integer
 * microdegrees, the edge list, the class names); lengths, times, adjacency,
 * junctions and components are derived on load, so the speed table in
 * speeds.ts is the one the shipped times come from.
 *
 * Layout (all little-endian, every section 4-byte aligned):
 *   u32 magic "RDG1", u32 version, u32 nodeCount, u32 edgeCount, u32 classes byte length
 *   classes: UTF-8 JSON array of strings, zero-padded to 4 bytes
 *   i32 lon × 1e6 [nodeCount], i32 lat × 1e6 [nodeCount]
 *   u32 edgeFrom [edgeCount], u32 edgeTo [edgeCount], u8 edgeClass [edgeCount]
 * Typed arrays are read in the platform's byte order, which is little-endian
 * on every browser and Node.js build the app supports.
 */
import { deriveRoadGraph, type RoadGraph, type RoadNetwork } from './graph';

const MAGIC = 0x31474452; // "RDG1" read as a little-endian u32
const VERSION = 1;
const HEADER_BYTES = 20;

const pad4 = (n: number) => (n + 3) & ~3;

export function encodeRoadGraph(net: RoadNetwork): Uint8Array {
	const n = net.lon.length;
	const m = net.edgeFrom.length;
	const classes = new TextEncoder().encode(JSON.stringify(net.classes));
	const at = { classes: HEADER_BYTES, lon: HEADER_BYTES + pad4(classes.length) };
	const lat = at.lon + 4 * n;
	const from = lat + 4 * n;
	const to = from + 4 * m;
	const cls = to + 4 * m;
	const bytes = new Uint8Array(cls + m);
	new Uint32Array(bytes.buffer, 0, 5).set([MAGIC, VERSION, n, m, classes.length]);
	bytes.set(classes, at.classes);
	new Int32Array(bytes.buffer, at.lon, n).set(Array.from(net.lon, microdegrees));
	new Int32Array(bytes.buffer, lat, n).set(Array.from(net.lat, microdegrees));
	new Uint32Array(bytes.buffer, from, m).set(net.edgeFrom);
	new Uint32Array(bytes.buffer, to, m).set(net.edgeTo);
	bytes.set(net.edgeClass, cls);
	return bytes;
}

function microdegrees(deg: number): number {
	return Math.round(deg * 1e6);
}

/** Reads bytes written by {@link encodeRoadGraph}; throws on anything else. */
export function decodeRoadGraph(input: ArrayBuffer | Uint8Array): RoadGraph {
	const view = input instanceof Uint8Array ? input : new Uint8Array(input);
	// typed-array views need 4-byte alignment: copy a misaligned slice once
	const bytes = view.byteOffset % 4 === 0 ? view : view.slice();
	if (bytes.byteLength < HEADER_BYTES) throw new Error('road graph: truncated header');
	const [magic, version, n, m, classBytes] = new Uint32Array(bytes.buffer, bytes.byteOffset, 5);
	if (magic !== MAGIC) throw new Error('road graph: not a road graph (bad magic)');
	if (version !== VERSION) throw new Error(`road graph: version ${version}, expected ${VERSION}`);
	const lon = bytes.byteOffset + HEADER_BYTES + pad4(classBytes!);
	const lat = lon + 4 * n!;
	const from = lat + 4 * n!;
	const to = from + 4 * m!;
	const cls = to + 4 * m!;
	if (bytes.byteOffset + bytes.byteLength !== cls + m!) {
		throw new Error(
			`road graph: ${bytes.byteLength} bytes, expected ${cls + m! - bytes.byteOffset}`
		);
	}
	const classText = bytes.subarray(HEADER_BYTES, HEADER_BYTES + classBytes!);
	const network: RoadNetwork = {
		classes: JSON.parse(new TextDecoder().decode(classText)) as string[],
		lon: Float64Array.from(new Int32Array(bytes.buffer, lon, n), (x) => x / 1e6),
		lat: Float64Array.from(new Int32Array(bytes.buffer, lat, n), (x) => x / 1e6),
		edgeFrom: new Uint32Array(bytes.buffer.slice(from, to)),
		edgeTo: new Uint32Array(bytes.buffer.slice(to, cls)),
		edgeClass: new Uint8Array(bytes.buffer.slice(cls, cls + m!))
	};
	for (let e = 0; e < m!; e++) {
		const worst = Math.max(network.edgeFrom[e]!, network.edgeTo[e]!);
		if (worst >= n!) throw new Error(`road graph: edge ${e} names node ${worst} of ${n}`);
		if (network.edgeClass[e]! >= network.classes.length) {
			throw new Error(`road graph: edge ${e} has no class ${network.edgeClass[e]}`);
		}
	}
	return deriveRoadGraph(network);
}
