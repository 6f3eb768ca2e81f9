/**
 * zone.json: present and valid against the Zone schema, chain and source ids
 * unique, every source file present. Also reads what the other rules need
 * from it (ZoneRefs), leniently, so one typo does not cascade.
 */
import { Zone } from '../schema';
import { isObject, str, type Problem, type Reporter } from './problem';
import { schemaProblems } from './schema-messages';

/** What the rest of the validation needs from zone.json, read leniently so one typo does not cascade. */
export type ZoneRefs = {
	chains: Set<string>;
	/** source id → path relative to geodata/ */
	sources: Map<string, string>;
	hubs: [string, string][];
	districtId: string | undefined;
};

/** Checks zone.json (`files` as for validateGeodata) and returns what the other rules need of it. */
export function checkZone(files: Record<string, unknown>, report: Reporter): ZoneRefs {
	const zoneRaw = files['zone.json'];
	if (zoneRaw === undefined)
		report('zone.json', undefined, [
			{ message: 'missing: the zone (chains, hubs, district, sources) is defined there' }
		]);
	else report('zone.json', undefined, schemaProblems(Zone, zoneRaw));
	const zone = zoneRefs(zoneRaw);
	report('zone.json', undefined, duplicatesIn(zoneRaw, 'chains'));
	report('zone.json', undefined, duplicatesIn(zoneRaw, 'sources'));
	if (isObject(zoneRaw) && Array.isArray(zoneRaw.sources)) {
		zoneRaw.sources.forEach((s, i) => {
			const file = isObject(s) ? str(s.file) : undefined;
			if (file !== undefined && typeof files[file] !== 'string') {
				report('zone.json', undefined, [
					{
						field: `sources.${i}.file`,
						message: `"${file}" not found in geodata/ (paths are relative to geodata/)`
					}
				]);
			}
		});
	}
	return zone;
}

function zoneRefs(raw: unknown): ZoneRefs {
	const zone = isObject(raw) ? raw : {};
	const list = (v: unknown) => (Array.isArray(v) ? v.filter(isObject) : []);
	return {
		chains: new Set(list(zone.chains).flatMap((c) => str(c.id) ?? [])),
		sources: new Map(
			list(zone.sources).flatMap((s) => {
				const id = str(s.id);
				const file = str(s.file);
				return id && file ? [[id, file] as [string, string]] : [];
			})
		),
		hubs: isObject(zone.hubs)
			? Object.entries(zone.hubs).flatMap(([role, id]) =>
					typeof id === 'string' ? [[role, id] as [string, string]] : []
				)
			: [],
		districtId: str(zone.district_id)
	};
}

/** Duplicate ids inside a zone.json list ('chains', 'sources'). */
function duplicatesIn(zoneRaw: unknown, key: 'chains' | 'sources'): Problem[] {
	if (!isObject(zoneRaw) || !Array.isArray(zoneRaw[key])) return [];
	const seen = new Set<string>();
	const problems: Problem[] = [];
	(zoneRaw[key] as unknown[]).forEach((item, i) => {
		const id = isObject(item) ? str(item.id) : undefined;
		if (id === undefined) return;
		if (seen.has(id))
			problems.push({
				field: `${key}.${i}.id`,
				message: `duplicate ${key === 'chains' ? 'chain' : 'source'} id "${id}"`
			});
		seen.add(id);
	});
	return problems;
}
