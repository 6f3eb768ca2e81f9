/**
 * Cross-references: ids unique across every file; relations, chains, hubs,
 * the district and metro lines resolve; every source sentence is in its
 * document verbatim.
 */
import type { Checked, CheckedOrganisation } from './features';
import { isObject, str, type Problem, type Reporter } from './problem';
import type { ZoneRefs } from './zone';

/** The start of every imported site's id (import/): never a dataset id, so the two cannot collide. */
export const USER_ID_PREFIX = 'u-';

/** Ids are unique across every file: relations, hubs and URLs refer to them. */
export function checkIds(
	checked: Checked[],
	organisations: CheckedOrganisation[],
	report: Reporter
): void {
	const owner = new Map<string, string>();
	const claim = (file: string, id: string | undefined) => {
		if (id === undefined) return;
		if (id.startsWith(USER_ID_PREFIX))
			report(file, id, [
				{ field: 'id', message: `ids starting "${USER_ID_PREFIX}" are kept for imported sites` }
			]);
		const first = owner.get(id);
		if (first !== undefined)
			report(file, id, [{ field: 'id', message: `duplicate id: also used in ${first}` }]);
		else owner.set(id, file);
	};
	for (const c of checked) claim(c.file, c.id);
	for (const o of organisations) claim('organisations.json', o.id);
}

/** Every reference between the files resolves (`files` as for validateGeodata, for the sources). */
export function checkReferences(
	checked: Checked[],
	organisations: CheckedOrganisation[],
	zone: ZoneRefs,
	files: Record<string, unknown>,
	report: Reporter
): void {
	const entities = checked.filter((c) => c.role === 'features');
	const entityIds = new Set(entities.flatMap((c) => c.id ?? []));
	const targets = new Set([...entityIds, ...organisations.flatMap((o) => o.id ?? [])]);

	// References out of entities and organisations.
	for (const c of entities) report(c.file, c.id, referenceProblems(c.props, targets, zone, files));
	for (const o of organisations)
		report('organisations.json', o.id, referenceProblems(o.props, targets, zone, files));
	for (const c of entities) {
		const chain = c.props.chain;
		if (typeof chain === 'string' && !zone.chains.has(chain)) {
			report(c.file, c.id, [
				{
					field: 'chain',
					message: `unknown chain "${chain}"; zone.json chains are: ${[...zone.chains].join(', ')}`
				}
			]);
		}
	}

	// zone.json's references into the features and boundaries.
	for (const [role, id] of zone.hubs) {
		if (!entityIds.has(id))
			report('zone.json', undefined, [
				{ field: `hubs.${role}`, message: `"${id}" is not a feature id` }
			]);
	}
	const boundaries = checked.filter((c) => c.role === 'boundaries');
	if (zone.districtId !== undefined && !boundaries.some((b) => b.id === zone.districtId)) {
		report('zone.json', undefined, [
			{ field: 'district_id', message: `"${zone.districtId}" is not a feature of boundaries/` }
		]);
	}
	for (const b of boundaries) {
		const isZone = b.id === zone.districtId;
		if (isZone && b.props.role !== 'zone')
			report(b.file, b.id, [
				{ field: 'role', message: 'must be "zone": zone.json district_id names this feature' }
			]);
		if (!isZone && b.props.role === 'zone')
			report(b.file, b.id, [
				{
					field: 'role',
					message: `must be "neighbour": zone.json district_id is "${zone.districtId}"`
				}
			]);
	}
	for (const c of checked.filter((c) => c.role === 'basemap'))
		report(c.file, c.id, stationLineProblems(c, checked));
}

/** Relations resolve to a feature or organisation; the source sentence is in its document verbatim. */
function referenceProblems(
	props: Record<string, unknown>,
	targets: Set<string>,
	zone: ZoneRefs,
	files: Record<string, unknown>
): Problem[] {
	const problems: Problem[] = [];
	if (Array.isArray(props.relations)) {
		props.relations.forEach((rel, i) => {
			const target = isObject(rel) ? str(rel.target) : undefined;
			if (target !== undefined && !targets.has(target)) {
				problems.push({
					field: `relations.${i}.target`,
					message: `"${target}" is not a feature or organisation id`
				});
			}
		});
	}
	const source = isObject(props.source) ? props.source : null;
	const doc = source ? str(source.doc) : undefined;
	const sentence = source ? str(source.sentence_zh) : undefined;
	if (doc !== undefined) {
		const path = zone.sources.get(doc);
		if (path === undefined) {
			problems.push({
				field: 'source.doc',
				message: `unknown source document "${doc}"; zone.json sources are: ${[...zone.sources.keys()].join(', ') || 'none'}`
			});
		} else {
			const text = files[path];
			if (typeof text === 'string' && sentence && !text.includes(sentence)) {
				problems.push({ field: 'source.sentence_zh', message: `not found verbatim in ${path}` });
			}
		}
	}
	return problems;
}

/** Metro stations list lines that exist in basemap/. */
function stationLineProblems(c: Checked, all: Checked[]): Problem[] {
	if (c.props.type !== 'station' || !Array.isArray(c.props.lines)) return [];
	const lines = new Set(
		all.filter((o) => o.role === 'basemap' && o.props.type === 'line').flatMap((o) => o.id ?? [])
	);
	return c.props.lines.flatMap((line, i) =>
		typeof line === 'string' && !lines.has(line)
			? [{ field: `lines.${i}`, message: `"${line}" is not a metro line id in basemap/` }]
			: []
	);
}
