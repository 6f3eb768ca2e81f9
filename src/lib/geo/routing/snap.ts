/**
 * The nearest point of the road network to any point: which edge, where along
 * it, and how far (the straight connector a route starts or ends with).
 *
 * kdbush indexes the nodes plus points sampled along every edge at most
 * SAMPLE_SPACING_M apart; the nearest sample bounds the answer, and every
 * edge with a sample within that bound plus half the spacing is projected
 * exactly, so the nearest edge is never missed however long it is.
 */
import distance from '@turf/distance';
import KDBush from 'kdbush';
import { around, distance as greatCircleKm } from 'geokdbush';
import type { LonLat } from '../lonlat';
import type { RoadGraph } from './graph';

const SAMPLE_SPACING_M = 50;
/** metres per degree of latitude on Turf's sphere (R = 6,371,008.8 m), for local planar work */
export const METRES_PER_DEGREE = (6371008.8 * Math.PI) / 180;

export type Snap = {
	/** the edge the nearest point is on */
	edge: number;
	/** where along it, 0 at `edgeFrom`, 1 at `edgeTo` */
	t: number;
	/** the nearest point, WGS-84 [lon, lat] */
	at: LonLat;
	/** haversine metres from the query point to `at` */
	distance_m: number;
};

export class RoadSnapIndex {
	readonly #graph: RoadGraph;
	readonly #tree: KDBush;
	/** per sample past the nodes: the edge it lies on (samples 0…nodeCount-1 are the nodes) */
	readonly #sampleEdge: Uint32Array;
	/** [lon, lat] of each sample past the nodes */
	readonly #samplePoints: Float64Array;
	readonly #seen: Uint32Array;
	#stamp = 0;

	constructor(graph: RoadGraph) {
		if (graph.edgeCount === 0) throw new Error('road graph has no edges to snap to');
		this.#graph = graph;
		const extra: number[] = [];
		const points: number[] = [];
		for (let e = 0; e < graph.edgeCount; e++) {
			const pieces = Math.ceil(graph.edgeLength_m[e]! / SAMPLE_SPACING_M);
			for (let k = 1; k < pieces; k++) {
				const [lon, lat] = this.#along(e, k / pieces);
				extra.push(e);
				points.push(lon, lat);
			}
		}
		this.#tree = new KDBush(graph.nodeCount + extra.length);
		for (let i = 0; i < graph.nodeCount; i++) this.#tree.add(graph.lon[i]!, graph.lat[i]!);
		for (let i = 0; i < points.length; i += 2) this.#tree.add(points[i]!, points[i + 1]!);
		this.#tree.finish();
		this.#sampleEdge = Uint32Array.from(extra);
		this.#samplePoints = Float64Array.from(points);
		this.#seen = new Uint32Array(graph.edgeCount);
	}

	#along(e: number, t: number): LonLat {
		const g = this.#graph;
		const a = g.edgeFrom[e]!;
		const b = g.edgeTo[e]!;
		return [g.lon[a]! + t * (g.lon[b]! - g.lon[a]!), g.lat[a]! + t * (g.lat[b]! - g.lat[a]!)];
	}

	/** The nearest point of the network to `point`; ties go to the lowest edge index. */
	nearest(point: LonLat): Snap {
		const [lon, lat] = point;
		const g = this.#graph;
		const first = around(this.#tree, lon, lat, 1)[0]!;
		const bound_km = greatCircleKm(lon, lat, ...this.#sample(first));
		const radius_km = bound_km + (SAMPLE_SPACING_M / 2 + 1) / 1000;
		const stamp = ++this.#stamp;
		let best: { edge: number; t: number; d2: number } | undefined;
		const consider = (e: number) => {
			if (this.#seen[e] === stamp) return;
			this.#seen[e] = stamp;
			const { t, d2 } = this.#project(e, point);
			if (!best || d2 < best.d2 || (d2 === best.d2 && e < best.edge)) best = { edge: e, t, d2 };
		};
		for (const s of around(this.#tree, lon, lat, Infinity, radius_km)) {
			if (s >= g.nodeCount) consider(this.#sampleEdge[s - g.nodeCount]!);
			else for (let k = g.adjStart[s]!; k < g.adjStart[s + 1]!; k++) consider(g.adjEdge[k]!);
		}
		const { edge, t } = best!;
		const at = this.#along(edge, t);
		return { edge, t, at, distance_m: distance(point, at, { units: 'meters' }) };
	}

	#sample(s: number): [number, number] {
		const g = this.#graph;
		if (s < g.nodeCount) return [g.lon[s]!, g.lat[s]!];
		const i = 2 * (s - g.nodeCount);
		return [this.#samplePoints[i]!, this.#samplePoints[i + 1]!];
	}

	/** The parameter of the closest point on edge `e` to `p`, in a local equirectangular plane (metres). */
	#project(e: number, p: LonLat): { t: number; d2: number } {
		const g = this.#graph;
		const a = g.edgeFrom[e]!;
		const b = g.edgeTo[e]!;
		const kx = METRES_PER_DEGREE * Math.cos((p[1] * Math.PI) / 180);
		const ax = (g.lon[a]! - p[0]) * kx;
		const ay = (g.lat[a]! - p[1]) * METRES_PER_DEGREE;
		const dx = (g.lon[b]! - g.lon[a]!) * kx;
		const dy = (g.lat[b]! - g.lat[a]!) * METRES_PER_DEGREE;
		const len2 = dx * dx + dy * dy;
		const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / len2));
		const x = ax + t * dx;
		const y = ay + t * dy;
		return { t, d2: x * x + y * y };
	}
}
