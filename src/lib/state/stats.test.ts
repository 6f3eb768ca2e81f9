import { describe, expect, it } from 'vitest';
import { entity } from '$lib/testing/entities';
import { NO_AREA, countByChainAndArea, countByStatus } from './stats';

const e = (
	id: string,
	chain: string | null,
	areas: string[],
	status = 'operating',
	kind = 'enterprise'
) => entity(id, { chain, areas, status: status as never, kind: kind as never });

const E = [
	e('a', 'x', ['north']),
	e('b', 'x', ['north', 'core']),
	e('c', 'y', []),
	e('d', null, ['north'], 'existing', 'hub'),
	e('north', 'x', [], 'planned', 'zone')
];

describe('countByChainAndArea', () => {
	it('counts chains per area, with a row for entities in no area', () => {
		const rows = countByChainAndArea(E, ['north', 'core']);
		expect(rows.map((r) => [r.area, r.total])).toEqual([
			['north', 2],
			['core', 1],
			[NO_AREA, 1]
		]);
		expect(rows[0]!.byChain.get('x')).toBe(2);
		expect(rows[2]!.byChain.get('y')).toBe(1);
	});
});

describe('countByStatus', () => {
	it('counts every entity once', () => {
		expect([...countByStatus(E)]).toEqual([
			['operating', 3],
			['existing', 1],
			['planned', 1]
		]);
	});
});
