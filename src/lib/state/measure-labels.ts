/** Map labels for drawn shapes: a line's total at its last vertex, a polygon's area inside it. */
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import { measureArea, measureLine } from '$lib/geo/measure';
import { formatMetres, formatNumber } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/messages';

export function measureLabels(
	drawn: readonly Feature<LineString | Polygon>[],
	lang: Lang
): Feature<Point>[] {
	return drawn.flatMap((f): Feature<Point>[] => {
		if (f.geometry.type === 'LineString') {
			const coords = f.geometry.coordinates;
			const last = coords[coords.length - 1];
			if (coords.length < 2 || !last) return [];
			const label = formatMetres(measureLine(f.geometry).total_m, lang);
			return [
				{
					type: 'Feature',
					properties: { role: 'measure', label, at: 'vertex' },
					geometry: { type: 'Point', coordinates: last }
				}
			];
		}
		const ring = f.geometry.coordinates[0];
		if (!ring || ring.length < 4) return [];
		const a = measureArea(f.geometry);
		const label =
			a.km2 >= 0.1
				? `${formatNumber(a.km2, lang)} km²`
				: `${formatNumber(Math.round(a.m2), lang)} m²`;
		return [{ ...pointOnFeature(f), properties: { role: 'measure', label } }];
	});
}
