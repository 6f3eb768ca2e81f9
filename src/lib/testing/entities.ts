/**
 * One deep-frozen set of entity fixtures for the unit tests: a factory that
 * fills every field an AtlasEntity has, and a small zone that covers the
 * cases the query, the map filter and the statistics must agree on (two
 * planning areas, features in one, two or no area, a park with a footprint,
 * a hub and a landmark with no chain, several statuses and districts).
 * Test-only.
 */
import type { AtlasEntity } from '$lib/data/atlas';
import { deepFreeze } from './freeze';

/** An entity with sensible defaults; `over` replaces any field. Deep-frozen. */
export function entity(id: string, over: Partial<AtlasEntity> = {}): AtlasEntity {
	return deepFreeze({
		id,
		name_zh: id,
		name_en: id,
		aliases: [],
		kind: 'enterprise',
		chain: 'electronics',
		status: 'operating',
		status_year: 2023,
		facts: [],
		relations: [],
		source: { sentence_zh: 'x', doc: 'doc' },
		position: { method: 'sourced', source: 's', accuracy_m: 100 },
		outside_zone: false,
		point: [114.1, 30.6],
		layers: ['facilities'],
		areas: [],
		district: 'd1',
		search: { pinyin: '', initials: '' },
		...over
	} as AtlasEntity);
}

/** A small zone: every facet value and area case at least once. */
export const ZONE_ENTITIES: readonly AtlasEntity[] = deepFreeze([
	entity('north', { kind: 'zone', chain: 'electronics', status: 'planned', layers: ['zones'] }),
	entity('core', { kind: 'zone', chain: 'logistics', status: 'planned', layers: ['zones'] }),
	entity('a', { chain: 'electronics', kind: 'enterprise', areas: ['north'] }),
	entity('b', { chain: 'electronics', kind: 'park', status: 'planned', areas: ['north', 'core'] }),
	entity('c', {
		chain: 'logistics',
		kind: 'park',
		areas: ['core'],
		layers: ['parks', 'facilities']
	}),
	entity('d', { chain: 'logistics', kind: 'project', status: 'under-construction' }),
	entity('e', { chain: 'food', kind: 'enterprise', district: 'd2' }),
	entity('hub', { chain: null, kind: 'hub', status: 'existing', layers: ['hubs'] }),
	entity('seat', {
		chain: null,
		kind: 'landmark',
		status: 'existing',
		layers: ['hubs'],
		district: null
	})
]);
