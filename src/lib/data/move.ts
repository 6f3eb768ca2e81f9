/**
 * Correcting a feature's position from a value read off a map. Chinese web
 * maps publish GCJ-02 (Amap, Tencent) or BD-09 (Baidu), never WGS-84, so the
 * value is converted to WGS-84 (geo/datum.ts, gcoord) and the original kept as provenance.
 * Pure: returns a new FeatureCollection and never touches the input.
 */
import distance from '@turf/distance';
import type { Feature, FeatureCollection } from 'geojson';
import { convert } from '../geo/datum';
import { round6, type LonLat } from '../geo/lonlat';
import type { Datum } from './schema';

export type MoveTo = {
	/** datum of `coordinates` as read off the map */
	datum: Datum;
	/** [lon, lat] in `datum`, degrees */
	coordinates: LonLat;
	/** radius in metres within which the true position lies */
	accuracy_m?: number;
	/** where the value comes from (a URL, a note), added to `position.source` */
	source?: string;
};

export class MoveError extends Error {}

/** [lon, lat] in `datum` → WGS-84 [lon, lat], rounded to 6 decimals (≈ 0.1 m) for geodata/. */
export function toWgs84(coordinates: LonLat, datum: Datum): LonLat {
	const [lon, lat] = convert(coordinates, datum, 'WGS-84');
	return [round6(lon), round6(lat)];
}

/**
 * A copy of `fc` where feature `id` (a Point) sits at `to` converted to WGS-84,
 * with its position marked 'sourced' by a maintainer and the original value
 * and datum recorded; it leaves its `position.cluster`, if any. Throws MoveError for an unknown id, a non-Point or
 * coordinates out of range.
 */
export function moveFeature<FC extends FeatureCollection>(fc: FC, id: string, to: MoveTo): FC {
	const [lon, lat] = to.coordinates;
	if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
		throw new MoveError(`coordinates [${lon}, ${lat}] are not a [lon, lat] position`);
	}
	if (to.accuracy_m !== undefined && !(to.accuracy_m > 0)) {
		throw new MoveError(`accuracy must be a positive number of metres (got ${to.accuracy_m})`);
	}
	const index = fc.features.findIndex((f) => featureId(f) === id);
	const target = fc.features[index];
	if (!target) throw new MoveError(`no feature with id "${id}"`);
	if (target.geometry?.type !== 'Point') {
		throw new MoveError(
			`"${id}" is a ${target.geometry?.type ?? 'feature without geometry'}; only Points can be moved`
		);
	}

	const wgs84 = toWgs84(to.coordinates, to.datum);
	const props = target.properties ?? {};
	// A cluster's members share its centre: a site placed on its own leaves the cluster.
	const previous: Record<string, unknown> = { ...props.position };
	delete previous.cluster;
	// The notes explained how the replaced value was estimated: they no longer hold.
	delete previous.note_zh;
	delete previous.note_en;
	const conversion = to.datum === 'WGS-84' ? '' : ', converted to WGS-84 with gcoord';
	const from = to.source?.trim() ? `; source: ${to.source.trim()}` : '';
	const position = {
		...previous,
		method: 'sourced',
		source: `moved by a maintainer to ${to.datum} ${lon}, ${lat}${conversion}${from}`,
		...(to.accuracy_m !== undefined && { accuracy_m: to.accuracy_m }),
		original: { coordinates: [lon, lat], datum: to.datum }
	};
	const moved: Feature = {
		...target,
		properties: { ...props, position },
		geometry: { type: 'Point', coordinates: wgs84 }
	};
	return { ...fc, features: fc.features.map((f, i) => (i === index ? moved : f)) };
}

function featureId(f: Feature): unknown {
	return f.id ?? f.properties?.id;
}

/** What the form shows before a correction is added: the WGS-84 point and how far it moves. */
export function previewCorrection(
	from: LonLat,
	to: { datum: Datum; coordinates: LonLat }
): { wgs84: LonLat; moved_m: number } {
	const wgs84 = toWgs84(to.coordinates, to.datum);
	return { wgs84, moved_m: Math.round(distance(from, wgs84, { units: 'meters' })) };
}
