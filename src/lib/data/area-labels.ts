import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { labelPoint } from '../geo/label-point';
import { round6 } from '../geo/lonlat';
import type { AreaLabelProps, AtlasEntity, BoundaryProps } from './atlas';

type Boundary = { props: BoundaryProps; geometry: Polygon | MultiPolygon };
const isArea = (g: { type: string }): g is Polygon | MultiPolygon =>
	g.type === 'Polygon' || g.type === 'MultiPolygon';

/**
 * One name point per district and per lake, inside its largest part. A lake
 * whose name a landmark carries (金银湖) is named by the landmark alone.
 */
export function areaLabels(
	boundaries: readonly Boundary[],
	water: FeatureCollection,
	entities: readonly AtlasEntity[]
): FeatureCollection<Point, AreaLabelProps> {
	const named = new Set(entities.map((e) => e.name_zh));
	const point = (
		props: AreaLabelProps,
		g: Polygon | MultiPolygon
	): Feature<Point, AreaLabelProps> => ({
		type: 'Feature',
		properties: props,
		geometry: { type: 'Point', coordinates: labelPoint(g).map(round6) }
	});
	const districts = boundaries.map((b) => point({ ...b.props }, b.geometry));
	const lakes = water.features.flatMap((f) => {
		const p = f.properties as { id: string; name_zh: string; name_en: string; type?: string };
		if (p.type !== 'lake' || !f.geometry || !isArea(f.geometry) || named.has(p.name_zh)) return [];
		return [point({ id: p.id, name_zh: p.name_zh, name_en: p.name_en, role: 'lake' }, f.geometry)];
	});
	return { type: 'FeatureCollection', features: [...districts, ...lakes] };
}
