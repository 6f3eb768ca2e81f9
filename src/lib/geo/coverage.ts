/**
 * Where a line network has no coverage inside an area: the area is cut into
 * a grid of cells; a cell is covered when a vertex of the network lies in it
 * or in a neighbouring cell; runs of uncovered cells along each row become
 * rectangles, clipped to the area. Hand-written (no library computes "gaps of
 * a network"); the grid keeps it linear in the number of vertices.
 */
import intersect from '@turf/intersect';
import { feature, featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { bboxOf } from './bbox';

export function coverageGaps(
	lines: readonly (readonly Position[])[],
	area: Polygon | MultiPolygon,
	cellDeg = 0.01
): Feature<Polygon | MultiPolygon>[] {
	const [w, s, e, n] = bboxOf(area);
	const nx = Math.max(1, Math.ceil((e - w) / cellDeg));
	const ny = Math.max(1, Math.ceil((n - s) / cellDeg));
	const covered = new Uint8Array(nx * ny);
	for (const line of lines) {
		for (const [x, y] of line) {
			const cx = Math.floor((x! - w) / cellDeg);
			const cy = Math.floor((y! - s) / cellDeg);
			// the cell and its neighbours: a vertex covers about a cell around it
			for (let dy = -1; dy <= 1; dy++) {
				for (let dx = -1; dx <= 1; dx++) {
					const i = cx + dx;
					const j = cy + dy;
					if (i >= 0 && i < nx && j >= 0 && j < ny) covered[j * nx + i] = 1;
				}
			}
		}
	}
	const gaps: Feature<Polygon | MultiPolygon>[] = [];
	for (let j = 0; j < ny; j++) {
		let i = 0;
		while (i < nx) {
			if (covered[j * nx + i]) {
				i++;
				continue;
			}
			const start = i;
			while (i < nx && !covered[j * nx + i]) i++;
			const x0 = w + start * cellDeg;
			const x1 = Math.min(e, w + i * cellDeg);
			const y0 = s + j * cellDeg;
			const y1 = Math.min(n, s + (j + 1) * cellDeg);
			const rect: Polygon = {
				type: 'Polygon',
				coordinates: [
					[
						[x0, y0],
						[x1, y0],
						[x1, y1],
						[x0, y1],
						[x0, y0]
					]
				]
			};
			const clipped = intersect(featureCollection([feature(rect), feature(area)]));
			if (clipped) gaps.push(clipped as Feature<Polygon | MultiPolygon>);
		}
	}
	return gaps;
}
