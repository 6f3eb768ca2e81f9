/**
 * The main thread's side of the routing worker. The worker (and the ~540 kB
 * graph it fetches) starts on the first request, not at load: the first view
 * needs no routing, since every site's time to the hubs is in atlas.json.
 */
import { transfer, wrap, type Remote } from 'comlink';
import type { RouteResult } from '../geo/routing/route';
import type { LonLat } from '../geo/lonlat';
import type { RoutingApi } from './routing.worker';
import {
	packSites,
	type AccessFigures,
	type AccessTarget,
	type IsochroneReply,
	type SitePoint
} from './routing-service';

/** What the app asks of routing (a fake stands in for it in unit tests). */
export interface Routing {
	route(from: LonLat, to: LonLat): Promise<RouteResult>;
	isochrone(origin: LonLat, minutes?: number[]): Promise<IsochroneReply>;
	/** road figures from points to targets (imported sites' access to the hubs) */
	access?(points: LonLat[], targets: AccessTarget[]): Promise<Record<string, AccessFigures>[]>;
	/** tells a running worker that the sites changed (it reads `sites` again) */
	sitesChanged?(): void;
}

export class RoutingClient implements Routing {
	readonly #graphUrl: string;
	readonly #sites: () => SitePoint[];
	#api: Promise<Remote<RoutingApi>> | null = null;

	/** `sites` is called once, when the worker starts. */
	constructor(graphUrl: string, sites: () => SitePoint[]) {
		this.#graphUrl = graphUrl;
		this.#sites = sites;
	}

	/** The sites as columns, their coordinates transferred rather than copied. */
	#packed() {
		const packed = packSites(this.#sites());
		return transfer(packed, [packed.coords.buffer]);
	}

	#start(): Promise<Remote<RoutingApi>> {
		if (!this.#api) {
			const worker = new Worker(new URL('./routing.worker.ts', import.meta.url), {
				type: 'module',
				name: 'routing'
			});
			const api = wrap<RoutingApi>(worker);
			const graphUrl = new URL(this.#graphUrl, location.href).href;
			this.#api = api.init(graphUrl, this.#packed()).then(
				() => api,
				(err: unknown) => {
					this.#api = null; // a later request tries again
					worker.terminate();
					throw err;
				}
			);
		}
		return this.#api;
	}

	async route(from: LonLat, to: LonLat): Promise<RouteResult> {
		return (await this.#start()).route(from, to);
	}

	async isochrone(origin: LonLat, minutes?: number[]): Promise<IsochroneReply> {
		return (await this.#start()).isochrone(origin, minutes);
	}

	async access(points: LonLat[], targets: AccessTarget[]) {
		return (await this.#start()).access(points, targets);
	}

	sitesChanged() {
		// a worker not yet started reads the sites when it starts
		void this.#api?.then((api) => api.setSites(this.#packed())).catch(() => {});
	}
}
