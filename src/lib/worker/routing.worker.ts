/**
 * The routing Web Worker: fetches the road graph once (data/roads/graph.bin),
 * then routes and makes isochrones off the main thread. Its API is exposed
 * with Comlink; see routing-client.ts for the other side.
 */
import { expose } from 'comlink';
import type { LonLat } from '../geo/lonlat';
import {
	RoutingService,
	unpackSites,
	type AccessTarget,
	type PackedSites
} from './routing-service';

let service: Promise<RoutingService> | null = null;

async function ready(): Promise<RoutingService> {
	if (!service) throw new Error('routing worker: init() first');
	return service;
}

const api = {
	init(graphUrl: string, packed: PackedSites): Promise<void> {
		const sites = unpackSites(packed);
		// every failure names the file: a server gone mid-session, a wrong or truncated graph
		const file = new URL(graphUrl).pathname;
		service = fetch(graphUrl)
			.catch((err: Error) => {
				throw new Error(`${file}: ${err.message} (is the server running?)`, { cause: err });
			})
			.then((res) => {
				if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
				return res.arrayBuffer();
			})
			.then((bytes) => {
				try {
					return new RoutingService(bytes, sites);
				} catch (err) {
					throw new Error(`${file}: not a road graph (${(err as Error).message})`, {
						cause: err
					});
				}
			});
		return service.then(() => undefined);
	},
	async route(from: LonLat, to: LonLat) {
		return (await ready()).route(from, to);
	},
	async isochrone(origin: LonLat, minutes?: number[]) {
		return (await ready()).isochrone(origin, minutes);
	},
	async setSites(packed: PackedSites) {
		(await ready()).setSites(unpackSites(packed));
	},
	async access(points: LonLat[], targets: AccessTarget[]) {
		return (await ready()).access(points, targets);
	}
};

export type RoutingApi = typeof api;

expose(api);
