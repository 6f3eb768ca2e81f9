/**
 * The features a user is looking at (the filtered atlas, an imported layer)
 * as flat records, then as CSV, GeoJSON (RFC 7946, WGS-84) and KML. Every
 * record says where its position comes from and how accurate it is; distances
 * are whole metres and times whole minutes, named so in the column.
 */
import distance from '@turf/distance';
import { toKML } from '@placemarkio/tokml';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AtlasEntity } from '../data/atlas';
import { toCsv, type CsvCell } from './csv';

export type ExportHub = { role: string; point: [number, number] };

export type ExportContext = {
	/** the zone's hubs: straight distances to each are given */
	hubs: readonly ExportHub[];
	/** road-access roles to write (hubs and the nearest metro), in order */
	roadRoles: readonly string[];
	/** polygons by entity id; others are written as their point */
	geometries?: ReadonlyMap<string, Geometry>;
	/** the name of each imported layer, by id */
	layerNames?: ReadonlyMap<string, string>;
	/** 'zh' or 'en': which name KML shows */
	lang: 'zh' | 'en';
};

export type ExportRecord = Record<string, CsvCell>;

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** One entity as a flat record: identity, position and its accuracy, provenance, distances. */
export function entityRecord(e: AtlasEntity, ctx: ExportContext): ExportRecord {
	const r: ExportRecord = {
		id: e.id,
		name_zh: e.name_zh,
		name_en: e.name_en,
		kind: e.kind,
		chain: e.chain,
		status: e.status,
		status_year: e.status_year,
		lon: round6(e.point[0]),
		lat: round6(e.point[1]),
		position_method: e.position.method,
		accuracy_m: Math.round(e.position.accuracy_m),
		position_source: e.position.source,
		source: e.user
			? `${ctx.layerNames?.get(e.user.layer) ?? e.user.layer} row ${e.user.row}`
			: e.source.doc,
		district: e.district,
		areas: e.areas.join(';')
	};
	for (const h of ctx.hubs) {
		r[`${h.role}_straight_m`] = Math.round(distance(e.point, h.point, { units: 'meters' }));
	}
	for (const role of ctx.roadRoles) {
		const a = e.road?.[role];
		r[`${role}_road_m`] = a ? a.m : null;
		r[`${role}_road_min`] = a ? Math.round(a.s / 60) : null;
	}
	// an imported site keeps the file's own columns, after the atlas's
	for (const [k, v] of Object.entries(e.user?.props ?? {})) {
		if (!(k in r)) r[k] = v;
	}
	return r;
}

/** Records as CSV: the union of their columns, in first-seen order. */
export function recordsCsv(records: readonly ExportRecord[]): Promise<string> {
	const columns: string[] = [];
	const seen = new Set<string>();
	for (const r of records) {
		for (const k of Object.keys(r)) {
			if (!seen.has(k)) {
				seen.add(k);
				columns.push(k);
			}
		}
	}
	return toCsv([columns, ...records.map((r) => columns.map((c) => r[c]))]);
}

export function featuresCsv(entities: readonly AtlasEntity[], ctx: ExportContext): Promise<string> {
	return recordsCsv(entities.map((e) => entityRecord(e, ctx)));
}

export function featuresGeoJson(
	entities: readonly AtlasEntity[],
	ctx: ExportContext
): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: entities.map((e): Feature => {
			const { lon, lat, ...properties } = entityRecord(e, ctx);
			void lon;
			void lat;
			return {
				type: 'Feature',
				id: e.id,
				properties,
				geometry: ctx.geometries?.get(e.id) ?? { type: 'Point', coordinates: [...e.point] }
			};
		})
	};
}

/** KML 2.2 (WGS-84 by definition): each placemark named in the chosen language. */
export function featuresKml(entities: readonly AtlasEntity[], ctx: ExportContext): string {
	const fc = featuresGeoJson(entities, ctx);
	for (const f of fc.features) {
		f.properties = {
			name: ctx.lang === 'zh' ? f.properties?.name_zh : f.properties?.name_en,
			...f.properties
		};
	}
	return toKML(fc);
}
