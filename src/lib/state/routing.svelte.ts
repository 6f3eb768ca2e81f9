/**
 * Road routes and isochrones for the UI: resolves the places the app state
 * names (atlas.route, atlas.iso) to points, asks the routing worker, keeps
 * the latest answer (a later request supersedes an earlier one still under
 * way) and draws it as the 'route' and 'iso' map overlays.
 */
import { errorText } from './error-text';
import type { Feature } from 'geojson';
import { untrack } from 'svelte';
import type { AtlasEntity } from '$lib/data/atlas';
import type { LonLat } from '$lib/geo/lonlat';
import type { RouteResult } from '$lib/geo/routing/route';
import type { Routing } from '$lib/worker/routing-client';
import type { IsochroneReply } from '$lib/worker/routing-service';
import type { AtlasState, Place } from './atlas.svelte';
import type { Catalog } from './catalog.svelte';
import { entityName } from './describe';
import { t, type Lang } from '$lib/i18n/messages';

export type Pending<T> =
	| { status: 'idle' }
	| { status: 'loading' }
	| { status: 'done'; value: T }
	| { status: 'error'; message: string };

/** A place resolved: its point, and its entity when it is one. */
export type ResolvedPlace = { point: LonLat; entity?: AtlasEntity };

export function resolvePlace(place: Place | null, catalog: Catalog): ResolvedPlace | null {
	if (!place) return null;
	// a plain copy: a point from the app state is a reactive proxy, which a worker cannot receive
	if ('point' in place) return { point: [place.point[0], place.point[1]] };
	const entity = catalog.byId.get(place.id);
	return entity ? { point: entity.point, entity } : null;
}

export class RoutingState {
	route = $state<Pending<RouteResult>>({ status: 'idle' });
	iso = $state<Pending<IsochroneReply>>({ status: 'idle' });
	/** what the camera should show after a new answer: the route, the isochrone's extent */
	focus = $state<{ points: LonLat[]; seq: number } | null>(null);
	#seq = { route: 0, iso: 0 };

	/** a link that sets the camera keeps it: the first answers it asked for do not move it */
	#keepCamera = { route: false, iso: false };

	#focus(kind: 'route' | 'iso', points: LonLat[]) {
		if (this.#keepCamera[kind]) {
			this.#keepCamera[kind] = false;
			return;
		}
		this.focus = { points, seq: (untrack(() => this.focus)?.seq ?? 0) + 1 };
	}

	/** Call while a component initialises: the effects live as long as it does. */
	constructor(atlas: AtlasState, catalog: Catalog, routing: Routing) {
		const linked = untrack(() => !!atlas.camera);
		this.#keepCamera = {
			route: linked && !!untrack(() => atlas.route.from && atlas.route.to),
			iso: linked && !!untrack(() => atlas.iso)
		};
		$effect(() => {
			const from = resolvePlace(atlas.route.from, catalog);
			const to = resolvePlace(atlas.route.to, catalog);
			const seq = ++this.#seq.route;
			untrack(() => {
				atlas.setOverlay('route', from || to ? endsOverlay(from, to) : []);
				if (!from || !to) {
					this.route = { status: 'idle' };
					return;
				}
				this.route = { status: 'loading' };
				routing.route(from.point, to.point).then(
					(value) => {
						if (seq !== this.#seq.route) return;
						this.route = { status: 'done', value };
						atlas.setOverlay('route', [...routeOverlay(value), ...endsOverlay(from, to)]);
						this.#focus(
							'route',
							value.reachable ? (value.path.coordinates as LonLat[]) : [from.point, to.point]
						);
					},
					(err: unknown) => {
						if (seq === this.#seq.route)
							this.route = {
								status: 'error',
								message: errorText(err)
							};
					}
				);
			});
		});
		$effect(() => {
			const origin = resolvePlace(atlas.iso, catalog);
			const seq = ++this.#seq.iso;
			untrack(() => {
				atlas.setOverlay('iso', []);
				if (!origin) {
					this.iso = { status: 'idle' };
					return;
				}
				this.iso = { status: 'loading' };
				routing.isochrone(origin.point).then(
					(value) => {
						if (seq !== this.#seq.iso) return;
						this.iso = { status: 'done', value };
						atlas.setOverlay('iso', isochroneOverlay(value));
						const outer = value.bands.at(-1)?.area.coordinates.flatMap((p) => p[0] ?? []);
						this.#focus('iso', (outer as LonLat[] | undefined) ?? [value.origin]);
					},
					(err: unknown) => {
						if (seq === this.#seq.iso)
							this.iso = {
								status: 'error',
								message: errorText(err)
							};
					}
				);
			});
		});
	}
}

/** The route on the map: the road part, and the straight connectors dashed. */
export function routeOverlay(r: RouteResult): Feature[] {
	const connectors = [r.connectors.from, r.connectors.to]
		.filter((c) => c.length_m > 0)
		.map((c): Feature => ({
			type: 'Feature',
			properties: { role: 'route-connector' },
			geometry: c.line
		}));
	if (!r.reachable) return connectors;
	return [{ type: 'Feature', properties: { role: 'route' }, geometry: r.path }, ...connectors];
}

/** The two ends, labelled A and B. */
function endsOverlay(from: ResolvedPlace | null, to: ResolvedPlace | null): Feature[] {
	return (
		[
			[from, 'A'],
			[to, 'B']
		] as const
	).flatMap(([p, label]): Feature[] =>
		p
			? [
					{
						type: 'Feature',
						properties: { role: 'route-end', label },
						geometry: { type: 'Point', coordinates: p.point }
					}
				]
			: []
	);
}

/** The bands, largest first so each smaller band is drawn over the one around it. */
export function isochroneOverlay(iso: IsochroneReply): Feature[] {
	return [
		...[...iso.bands]
			.sort((a, b) => b.minutes - a.minutes)
			.map((b): Feature => ({
				type: 'Feature',
				properties: { role: 'isochrone', minutes: b.minutes },
				geometry: b.area
			})),
		{
			type: 'Feature',
			properties: { role: 'isochrone-origin' },
			geometry: { type: 'Point', coordinates: iso.origin }
		}
	];
}

/** A place's name for the UI: the feature's name, or the point's coordinates. */
export function placeLabel(place: Place | null, catalog: Catalog, lang: Lang): string | null {
	if (!place) return null;
	if ('id' in place) {
		const e = catalog.byId.get(place.id);
		return e ? entityName(e, lang) : null;
	}
	const [lon, lat] = place.point;
	return t(lang, 'pickedPoint', { lon: lon.toFixed(5), lat: lat.toFixed(5) });
}
