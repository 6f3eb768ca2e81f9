/**
 * What the routing worker does, as a plain class (testable in Node): it holds
 * the road graph and the dataset's points, and answers route and isochrone
 * requests with plain, structured-clone-safe objects.
 */
import type { MultiPolygon } from 'geojson';
import type { LonLat } from '../geo/lonlat';
import { decodeRoadGraph } from '../geo/routing/codec';
import { isochrone, isochroneSecondsTo, ISOCHRONE_MINUTES } from '../geo/routing/isochrone';
import { reachAt, reachFrom } from '../geo/routing/reach';
import { RoadRouter, type RouteResult } from '../geo/routing/route';

/** A point of the dataset the isochrone lists when it reaches it. */
export type SitePoint = { id: string; point: LonLat };

/** Sites as columns, for posting to the worker: the ids, and x, y pairs in a transferable array. */
export type PackedSites = { ids: string[]; coords: Float64Array };

export function packSites(sites: readonly SitePoint[]): PackedSites {
	const coords = new Float64Array(sites.length * 2);
	sites.forEach((s, i) => {
		coords[2 * i] = s.point[0];
		coords[2 * i + 1] = s.point[1];
	});
	return { ids: sites.map((s) => s.id), coords };
}

export function unpackSites({ ids, coords }: PackedSites): SitePoint[] {
	return ids.map((id, i) => ({ id, point: [coords[2 * i]!, coords[2 * i + 1]!] as LonLat }));
}

export type IsochroneReply = {
	origin: LonLat;
	/** metres of the origin's straight connector to its nearest road */
	connector_m: number;
	bands: { minutes: number; area: MultiPolygon }[];
	/** the sites reached within the largest band, fastest first, in whole seconds */
	sites: { id: string; s: number }[];
};

/** Where road times are measured to: a hub (one point) or the metro stations (the nearest wins). */
export type AccessTarget = { role: string; points: LonLat[]; ids: (string | undefined)[] };

/** A point's road figures to one target, as the build computes them (data/atlas.ts RoadAccess). */
export type AccessFigures = { s: number; m: number; c: number; hc: number; to?: string };

export class RoutingService {
	readonly #router: RoadRouter;
	#sites: readonly SitePoint[];

	constructor(graph: ArrayBuffer | Uint8Array, sites: readonly SitePoint[]) {
		this.#router = new RoadRouter(decodeRoadGraph(graph));
		this.#sites = sites;
	}

	/** Replaces the points the isochrone lists (the dataset's plus the user's imported sites). */
	setSites(sites: readonly SitePoint[]) {
		this.#sites = sites;
	}

	/**
	 * Road figures from each point to each target, the way the build computes
	 * every dataset entity's (one search per target): for imported sites.
	 */
	access(points: readonly LonLat[], targets: readonly AccessTarget[]) {
		const out: Record<string, AccessFigures>[] = points.map(() => ({}));
		for (const { role, points: origins, ids } of targets) {
			const reach = reachFrom(this.#router, origins);
			points.forEach((p, i) => {
				const at = reachAt(this.#router, reach, p);
				if (!at) return;
				const to = ids[at.from];
				out[i]![role] = {
					s: Math.round(at.time_s),
					m: Math.round(at.length_m),
					c: Math.round(at.connector_m),
					hc: Math.round(reach.snaps[at.from]!.distance_m),
					...(to ? { to } : {})
				};
			});
		}
		return out;
	}

	route(from: LonLat, to: LonLat): RouteResult {
		return this.#router.route(from, to);
	}

	isochrone(origin: LonLat, minutes: readonly number[] = ISOCHRONE_MINUTES): IsochroneReply {
		const iso = isochrone(this.#router, origin, { minutes });
		const last = (iso.bands.at(-1)?.minutes ?? 0) * 60;
		const sites = this.#sites
			.map(({ id, point }) => ({ id, s: isochroneSecondsTo(this.#router, iso, point) }))
			.filter((x) => x.s <= last)
			.map((x) => ({ id: x.id, s: Math.round(x.s) }))
			.sort((a, b) => a.s - b.s || a.id.localeCompare(b.id));
		return {
			origin,
			connector_m: iso.snap.distance_m,
			bands: iso.bands.map((b) => ({ minutes: b.minutes, area: b.area! })),
			sites
		};
	}
}
