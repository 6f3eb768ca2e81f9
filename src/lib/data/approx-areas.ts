/**
 * The areas the map draws for positions too coarse for a pin (see
 * geo/position-area.ts): one per cluster (`position.cluster`, all members at
 * its centre) and one per other coarse point. Each area is the accuracy
 * circle cut to the zone's district (a feature not `outside_zone` is known to
 * lie in it), with a label point at the centre.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from '../geo/lonlat';
import { round6 } from '../geo/lonlat';
import { isPinned, positionArea } from '../geo/position-area';
import type { ApproxAreaProps, AtlasEntity } from './atlas';
import { mapLabel } from './map-label';
import type { Zone } from './schema';

/** A point entity drawn as an area rather than a pin. */
export function drawnAsArea(e: Pick<AtlasEntity, 'position'>, isPoint: boolean): boolean {
	return isPoint && !isPinned(e.position.accuracy_m);
}

/** The id of the area an entity is drawn in: its cluster's, or its own. */
export function areaIdOf(e: Pick<AtlasEntity, 'id' | 'position'>): string {
	return e.position.cluster ?? e.id;
}

/**
 * The areas of the entities drawn as areas (`members`, each with `area`
 * set), in the order of their first member: a polygon and a label point each.
 */
export function approxAreas(
	members: readonly AtlasEntity[],
	zone: Zone,
	district: Polygon | MultiPolygon | null
): FeatureCollection<
	Polygon | MultiPolygon | { type: 'Point'; coordinates: LonLat },
	ApproxAreaProps
> {
	const groups = new Map<string, AtlasEntity[]>();
	for (const e of members) {
		const id = e.area ?? areaIdOf(e);
		groups.set(id, [...(groups.get(id) ?? []), e]);
	}
	const features: Feature<
		Polygon | MultiPolygon | { type: 'Point'; coordinates: LonLat },
		ApproxAreaProps
	>[] = [];
	for (const [id, group] of groups) {
		const first = group[0]!;
		const accuracy = Math.max(...group.map((e) => e.position.accuracy_m));
		const chains = [...new Set(group.map((e) => e.chain))];
		const chain = chains.length === 1 ? (chains[0] ?? null) : null;
		const chainDef = zone.chains.find((c) => c.id === chain);
		const single = group.length === 1 && first.position.cluster === undefined;
		const props: ApproxAreaProps = {
			id,
			role: 'area',
			kind: single ? 'single' : 'cluster',
			members: `|${group.map((e) => e.id).join('|')}|`,
			count: group.length,
			chain: chain ?? '',
			chain_zh: chainDef?.name_zh ?? '',
			chain_en: chainDef?.name_en ?? '',
			accuracy_m: accuracy,
			accuracy: accuracyText(accuracy),
			...(single && { label_zh: mapLabel(first.name_zh), label_en: mapLabel(first.name_en) })
		};
		const within = group.every((e) => !e.outside_zone) ? district : null;
		features.push({
			type: 'Feature',
			properties: props,
			geometry: roundArea(positionArea(first.point, accuracy, within))
		});
		features.push({
			type: 'Feature',
			properties: { ...props, role: 'label' },
			geometry: { type: 'Point', coordinates: first.point }
		});
	}
	return { type: 'FeatureCollection', features };
}

/** '2 km', '2.5 km', '800 m': the same in every language the atlas has. */
export function accuracyText(metres: number): string {
	if (metres < 1000) return `${Math.round(metres)} m`;
	const km = Math.round(metres / 100) / 10;
	return `${km} km`;
}

function roundArea<G extends Polygon | MultiPolygon>(g: G): G {
	const ring = (r: number[][]) => r.map((p) => [round6(p[0]!), round6(p[1]!)]);
	return (
		g.type === 'Polygon'
			? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
			: { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(ring)) }
	) as G;
}
