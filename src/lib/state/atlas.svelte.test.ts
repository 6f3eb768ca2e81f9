import { describe, expect, it } from 'vitest';
import { AtlasState, allVisible, type KnownValues } from './atlas.svelte';

function known(ids: string[], facets: Partial<Record<keyof KnownValues['facets'], string[]>> = {}) {
	const set = (k: keyof KnownValues['facets']) => new Set(facets[k] ?? []);
	return {
		ids: new Set(ids),
		facets: {
			chains: set('chains'),
			statuses: set('statuses'),
			kinds: set('kinds'),
			areas: set('areas'),
			districts: set('districts')
		},
		reachRoles: new Set(['rail', 'metro'])
	};
}

function memoryStorage(init: Record<string, string> = {}) {
	const data = new Map(Object.entries(init));
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		data
	};
}

describe('AtlasState', () => {
	it('starts in Chinese with every layer visible', () => {
		const s = new AtlasState();
		expect(s.lang).toBe('zh');
		expect(s.visible).toEqual(allVisible());
		expect(s.selectedId).toBeNull();
	});

	it('toggles one layer without touching the others', () => {
		const s = new AtlasState();
		s.toggleLayer('facilities');
		expect(s.visible.facilities).toBe(false);
		expect(s.visible.hubs).toBe(true);
		s.toggleLayer('facilities');
		expect(s.visible.facilities).toBe(true);
	});

	it('persists the language and restores it', () => {
		const storage = memoryStorage();
		new AtlasState(storage).setLang('en', storage);
		expect(new AtlasState(storage).lang).toBe('en');
	});

	it('pins at most four sites; a fifth is refused with a notice, nothing is dropped', () => {
		const s = new AtlasState();
		for (const id of ['a', 'b', 'c', 'd']) expect(s.toggleCompare(id)).toBe(true);
		expect(s.notice).toBeNull();
		expect(s.toggleCompare('e')).toBe(false);
		expect(s.compare).toEqual(['a', 'b', 'c', 'd']);
		expect(s.notice).toBe('compareFull');
		s.toggleCompare('c');
		expect(s.compare).toEqual(['a', 'b', 'd']);
		expect(s.notice).toBeNull();
	});

	it('restores from a URL view, dropping ids and facet values it does not know', () => {
		const s = new AtlasState();
		s.applyUrlView(
			{
				selected: 'gone',
				compare: ['a', 'gone'],
				chains: ['x', 'nonsense'],
				areas: ['nowhere'],
				lang: 'en'
			},
			known(['a'], { chains: ['x'] })
		);
		expect(s.selectedId).toBeNull();
		expect(s.compare).toEqual(['a']);
		expect(s.facets.chains).toEqual(['x']);
		// An unknown area is ignored, not applied as a filter that matches nothing.
		expect(s.facets.areas).toEqual([]);
		expect(s.lang).toBe('en');
		expect(s.toUrlView()).toMatchObject({ compare: ['a'], chains: ['x'], lang: 'en' });
		expect(s.toUrlView().areas).toEqual([]);
	});

	it('keeps a valid centre when the zoom beside it is not valid', () => {
		const s = new AtlasState();
		s.applyUrlView({ center: [114.1, 30.6] }, known([]));
		expect(s.camera).toEqual({ center: [114.1, 30.6], zoom: undefined, bearing: 0 });
		expect(s.viewRequest).toBe(1);
	});

	it('flies to a named feature when the link has no centre', () => {
		const s = new AtlasState();
		s.applyUrlView({ selected: 'a' }, known(['a']));
		expect(s.flyRequest).toBe(1);
		s.applyUrlView({ selected: 'a', center: [114, 30], zoom: 12 }, known(['a']));
		expect(s.flyRequest).toBe(1);
	});

	it('round-trips the analysis state: measurements, areas, near origin and radius', () => {
		const s = new AtlasState();
		s.applyUrlView(
			{
				measures: [
					{
						type: 'LineString',
						coordinates: [
							[114.1, 30.6],
							[114.2, 30.7]
						]
					}
				],
				zoneAreas: ['zone:a', 'drawn:0'],
				nearPoint: [114.15, 30.65],
				nearRadiusKm: 5,
				nearCount: 10
			},
			known([])
		);
		expect(s.drawn).toHaveLength(1);
		expect(s.drawnRequest).toBe(1);
		const v = s.toUrlView();
		expect(v.measures).toEqual([s.drawn[0]!.geometry]);
		expect(v.zoneAreas).toEqual(['zone:a', 'drawn:0']);
		expect(v.nearPoint).toEqual([114.15, 30.65]);
		expect(v.nearRadiusKm).toBe(5);
		expect(v.nearCount).toBe(10);
		// The same shapes again do not ask the drawing tool to reload.
		s.applyUrlView({ measures: v.measures }, known([]));
		expect(s.drawnRequest).toBe(1);
	});

	it('ignores a stored language it does not know', () => {
		expect(new AtlasState(memoryStorage({ 'atlas.lang': 'fr' })).lang).toBe('zh');
	});
});

describe('interaction modes', () => {
	it('a pick sets the near origin once and returns to selecting', () => {
		const s = new AtlasState();
		s.pick([114, 30]);
		expect(s.nearPoint).toBeNull(); // not in pick mode: a click is a click
		s.setMode({ kind: 'pick' });
		s.pick([114.1, 30.6]);
		expect(s.nearPoint).toEqual([114.1, 30.6]);
		expect(s.mode).toEqual({ kind: 'select' });
		s.pick([114.2, 30.7]);
		expect(s.nearPoint).toEqual([114.1, 30.6]);
	});

	it('Esc cancels a pick or a drawing', () => {
		const s = new AtlasState();
		s.setMode({ kind: 'pick' });
		s.cancelMode();
		expect(s.mode).toEqual({ kind: 'select' });
		s.setMode({ kind: 'measure', shape: 'polygon' });
		s.cancelMode();
		expect(s.mode).toEqual({ kind: 'select' });
	});

	it('each drawing command is a new request', () => {
		const s = new AtlasState();
		s.measureAction('undo');
		const first = s.measureCommand;
		s.measureAction('undo');
		expect(s.measureCommand).not.toBe(first);
		expect(s.measureCommand).toEqual({ action: 'undo', seq: 2 });
	});

	it('gives a picked point to the tool that asked: near, isochrone, route A then B', () => {
		const s = new AtlasState();
		s.setMode({ kind: 'pick' });
		s.pick([114.1, 30.6]);
		expect(s.nearPoint).toEqual([114.1, 30.6]);
		s.setMode({ kind: 'pick', target: 'iso' });
		s.pick([114.2, 30.6]);
		expect(s.iso).toEqual({ point: [114.2, 30.6] });
		expect(s.mode).toEqual({ kind: 'select' });
		s.setMode({ kind: 'pick', target: 'routeFrom' });
		s.pick([114.3, 30.6]);
		expect(s.mode).toEqual({ kind: 'pick', target: 'routeTo' }); // B next
		s.pick([114.4, 30.6]);
		expect(s.route).toEqual({ from: { point: [114.3, 30.6] }, to: { point: [114.4, 30.6] } });
		expect(s.mode).toEqual({ kind: 'select' });
		expect(s.nearPoint).toEqual([114.1, 30.6]);
	});

	it('restores road tools from a URL, dropping unknown ids and hub roles', () => {
		const s = new AtlasState();
		s.applyUrlView(
			{
				reach: { role: 'nowhere', minutes: 15 },
				route: { from: { id: 'gone' }, to: { id: 'a' } },
				iso: { point: [114.1, 30.6] }
			},
			known(['a'])
		);
		expect(s.reach).toBeNull();
		expect(s.route).toEqual({ from: null, to: { id: 'a' } });
		expect(s.iso).toEqual({ point: [114.1, 30.6] });
		s.applyUrlView({ reach: { role: 'rail', minutes: 15 } }, known(['a']));
		expect(s.reach).toEqual({ role: 'rail', minutes: 15 });
		expect(s.filter(null).reach).toEqual({ role: 'rail', minutes: 15 });
		expect(s.filtering).toBe(true);
		s.clearFilters();
		expect(s.reach).toBeNull();
	});
});
