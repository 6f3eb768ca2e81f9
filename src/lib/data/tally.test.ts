import { describe, expect, it } from 'vitest';
import type { AtlasEntity, LayerId } from './atlas';
import { TallyColumns, tallyOf } from './tally';

const entity = (id: string, kind: string, district: string | null, layers: LayerId[]) =>
	Object.freeze({ id, kind, district, layers }) as unknown as AtlasEntity;

const ENTITIES = Object.freeze([
	entity('e1', 'enterprise', 'dxh', ['facilities']),
	entity('e2', 'enterprise', 'hp', ['facilities']),
	entity('p1', 'park', 'dxh', ['facilities', 'parks']),
	entity('z1', 'zone', 'dxh', ['zones']),
	entity('h1', 'hub', null, ['hubs']),
	entity('a1', 'enterprise', 'dxh', ['approx']),
	entity('s1', 'site', null, [])
]);

const plain = (t: ReturnType<typeof tallyOf>) => ({
	total: t.total,
	kinds: Object.fromEntries(t.kinds),
	districts: Object.fromEntries(t.districts)
});

describe('TallyColumns', () => {
	const columns = new TallyColumns(ENTITIES);
	const ALL: LayerId[] = ['facilities', 'parks', 'zones', 'hubs', 'approx'];

	it('counts what tallyOf counts over the same entities', () => {
		const got = columns.tally([0, 1, 2, 3, 4, 5, 6], () => true, ALL);
		// the site has no layer: no shown layer draws it
		expect(plain(got)).toEqual(plain(tallyOf(ENTITIES.slice(0, 6))));
		expect(plain(got)).toEqual({
			total: 6,
			kinds: { enterprise: 3, park: 1, zone: 1, hub: 1 },
			districts: { dxh: 4, hp: 1 }
		});
	});

	it('leaves out what fails the filter, except the kinds no filter hides', () => {
		const got = columns.tally([0, 1, 2, 3, 4, 5], (i) => i === 1, ALL);
		expect(plain(got)).toEqual({
			total: 2,
			kinds: { enterprise: 1, hub: 1 },
			districts: { hp: 1 }
		});
	});

	it('counts an entity when any of its layers is shown, and only the positions asked', () => {
		const got = columns.tally([2, 3, 5], () => true, ['parks']);
		expect(plain(got)).toEqual({ total: 1, kinds: { park: 1 }, districts: { dxh: 1 } });
		expect(columns.tally([], () => true, ALL).total).toBe(0);
	});

	it('ignores a position that is no entity', () => {
		expect(columns.tally([-1, 99], () => true, ALL).total).toBe(0);
	});
});
