/**
 * What the exports need from the catalog and the user's layers: the hubs to
 * measure to, the road roles, every polygon by entity id (the compiled park
 * and zone layers are fetched on first use) and the imported layers' names.
 */
import type { Geometry } from 'geojson';
import { loadLayer } from '$lib/data/load';
import type { ExportContext } from '$lib/export/features';
import type { AtlasEntity } from '$lib/data/atlas';
import type { Lang } from '$lib/i18n/messages';
import type { Catalog } from './catalog.svelte';
import type { UserData } from './user-data.svelte';

let polygons: Promise<Map<string, Geometry>> | null = null;

/** The compiled polygons (parks, planning areas) by entity id, fetched once. */
function atlasPolygons(catalog: Catalog): Promise<Map<string, Geometry>> {
	polygons ??= Promise.all(
		(['parks', 'zones'] as const).map((l) => loadLayer(fetch, catalog.base, l))
	).then((fcs) => {
		const out = new Map<string, Geometry>();
		for (const f of fcs.flatMap((fc) => fc.features)) {
			const id = (f.properties?.id ?? f.id) as string | undefined;
			if (id && f.geometry && f.geometry.type !== 'Point') out.set(id, f.geometry);
		}
		return out;
	});
	polygons.catch(() => (polygons = null));
	return polygons;
}

export async function exportContext(
	catalog: Catalog,
	user: UserData,
	lang: Lang
): Promise<ExportContext> {
	const geometries = new Map(await atlasPolygons(catalog));
	for (const layer of user.layers) {
		for (const [id, g] of Object.entries(layer.geometries)) geometries.set(id, g);
	}
	return {
		hubs: catalog.hubs.map((h) => ({ role: h.role, point: [h.point[0], h.point[1]] })),
		roadRoles: catalog.reachRoles(),
		geometries,
		layerNames: new Map(user.layers.map((l) => [l.id, l.name])),
		lang
	};
}

/** The formats features are exported in, with their file type. */
export const FEATURE_FORMATS = {
	geojson: 'application/geo+json',
	csv: 'text/csv',
	kml: 'application/vnd.google-earth.kml+xml'
} as const;
export type FeatureFormat = keyof typeof FEATURE_FORMATS;

/**
 * Features as a file: its name (`stem` plus extension), text and type. The
 * GeoJSON is the atlas's feature view unless `geojson` gives another (an
 * imported layer's own columns); the context is fetched only when needed.
 */
export async function featuresFile(
	format: FeatureFormat,
	entities: readonly AtlasEntity[],
	stem: string,
	context: () => Promise<ExportContext>,
	geojson?: () => unknown
): Promise<{ name: string; text: string; type: string }> {
	// the writers (KML, CSV) load with the first export, not with the page
	const { featuresCsv, featuresGeoJson, featuresKml } = await import('$lib/export/features');
	const text =
		format === 'geojson' && geojson
			? JSON.stringify(geojson())
			: format === 'geojson'
				? JSON.stringify(featuresGeoJson(entities, await context()))
				: format === 'csv'
					? await featuresCsv(entities, await context())
					: featuresKml(entities, await context());
	return { name: `${stem}.${format}`, text, type: FEATURE_FORMATS[format] };
}
