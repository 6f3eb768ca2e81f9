import { describe, expect, it } from 'vitest';
import { entity } from '$lib/testing/entities';
import type { AtlasEntity } from './atlas';
import { hasDetails, mergeDetails, splitDetails } from './details';

const FULL: AtlasEntity = entity('zto-hub', {
	source: { sentence_zh: '中通快递华中总部基地建成投运。', doc: 'article-2024' },
	position: {
		method: 'estimated',
		source: 'proxy: reference anchor A14',
		accuracy_m: 2000,
		cluster: 'zoumaling',
		original: { coordinates: [114.02, 30.63], datum: 'GCJ-02' },
		note_zh: '位置为估计',
		note_en: 'Approximate location'
	},
	road: {
		airport: { s: 3488, m: 40848, c: 65, hc: 2436 },
		metro: { s: 1001, m: 11717, c: 65, hc: 6, to: 'metro-x' }
	},
	search: { pinyin: 'zhong tong', initials: 'zt' }
});

describe('splitDetails', () => {
	it('keeps in atlas.json what the map, the filters and the lists use, and moves the rest', () => {
		const { core, details } = splitDetails(FULL);
		expect(core).not.toHaveProperty('source');
		expect(core).not.toHaveProperty('search');
		// the position's method, accuracy and cluster draw and filter; its provenance is a detail
		expect(core.position).toEqual({ method: 'estimated', accuracy_m: 2000, cluster: 'zoumaling' });
		// the reach filter tests the seconds
		expect(core.road).toEqual({ airport: { s: 3488 }, metro: { s: 1001 } });
		expect(core.name_zh).toBe(FULL.name_zh);
		expect(core.facts).toEqual(FULL.facts);
		expect(hasDetails(core)).toBe(false);
		expect(details.road).toEqual(FULL.road);
		expect(details.position).toEqual({
			source: 'proxy: reference anchor A14',
			original: { coordinates: [114.02, 30.63], datum: 'GCJ-02' },
			note_zh: '位置为估计',
			note_en: 'Approximate location'
		});
	});

	it('merging the details back gives the entity as built', () => {
		const { core, details } = splitDetails(FULL);
		const parsed = JSON.parse(JSON.stringify(core)) as AtlasEntity;
		mergeDetails(parsed, JSON.parse(JSON.stringify(details)));
		expect(parsed).toEqual(FULL);
		expect(hasDetails(parsed)).toBe(true);
	});

	it('an entity without road figures stays without them', () => {
		const plain = entity('plain');
		const { core, details } = splitDetails(plain);
		expect(core).not.toHaveProperty('road');
		expect(details).not.toHaveProperty('road');
		const parsed = JSON.parse(JSON.stringify(core)) as AtlasEntity;
		mergeDetails(parsed, details);
		expect(parsed).toEqual(plain);
	});
});
