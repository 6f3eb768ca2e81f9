/**
 * Data-integrity tests of geodata/: every entity of the source article is present, every
 * feature validates, ids are unique, relations resolve, the article's key figures are facts,
 * quotes are verbatim, and positions keep the relations the article states.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import kinks from '@turf/kinks';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon, Position } from 'geojson';
import {
	FeatureProps,
	Licence,
	Organisation,
	Zone,
	BoundaryFeatureProps,
	BasemapProps
} from '../../src/lib/data/schema';

const url = (p: string) => new URL(`../../geodata/${p}`, import.meta.url);
const readJson = <T = unknown>(p: string): T => JSON.parse(readFileSync(url(p), 'utf8')) as T;

type FC = FeatureCollection & { meta: unknown };
const featureFiles = readdirSync(url('features/')).filter((f) => f.endsWith('.geojson'));
const collections = Object.fromEntries(featureFiles.map((f) => [f, readJson<FC>(`features/${f}`)]));
const features: Feature[] = Object.values(collections).flatMap((c) => c.features);
const props = (f: Feature) => f.properties as FeatureProps;
const byId = new Map(features.map((f) => [props(f).id, f]));
const orgFile = readJson<{ meta: unknown; organisations: Organisation[] }>('organisations.json');
const orgs = orgFile.organisations;
const zone = Zone.parse(readJson('zone.json'));
const article = readFileSync(url('sources/article-2024.txt'), 'utf8');
const districts = readJson<FC>('boundaries/districts.geojson');
const dongxihu = districts.features.find((f) => f.properties?.id === zone.district_id) as Feature<
	Polygon | MultiPolygon
>;

/** The entities the article names, by id and Chinese name. */
const EXPECTED: Record<string, string> = {
	'netsec-base': '国家网络安全人才与创新基地',
	'netsec-innovation-centre': '网安创新中心',
	'netsec-training-centre': '国家网安基地培训中心',
	'netsec-computing-centre': '网安基地智算中心',
	'inspur-wuhan-rd-centre': '浪潮武汉研发中心',
	'wuhan-data-group': '武汉数据集团',
	'guojia-wangxin-base': '国嘉网信网络空间安全产业基地',
	'bjca-wuhan-rd-ops-centre': '数字认证武汉研发运营中心',
	'whu-cyber-school': '武汉大学国家网络安全学院',
	'hust-cyber-school': '华中科技大学网络空间安全学院',
	'wuhan-jinyinhu-laboratory': '武汉金银湖实验室',
	'huanghe-cybersecurity-laboratory': '黄鹤网络安全实验室',
	'boe-wuhan': '武汉京东方光电科技有限公司',
	'jiangfeng-wuhan-phase-1': '江丰电子（武汉）一期项目',
	'jiangfeng-wuhan-phase-2': '江丰电子（武汉）二期项目',
	'skyworth-mini-led-park': '创维武汉Mini LED显示科技产业园',
	'chuxing-electronics-park-phase-1': '楚兴电子产业园（一期）',
	'chuxing-color-filter': '楚兴配套彩膜项目',
	'ningbo-xinfeng-precision': '宁波芯丰精密制造项目',
	'casic-sanjiang': '中国航天三江集团',
	'wuhan-hangda': '武汉航达',
	'lingdian-electronic-control': '菱电电控',
	'united-u-valley': '联合U谷·科创智造港',
	'stanley-electric-wuhan': '斯坦雷',
	'haocheng-energy': '昊诚能源',
	'tcl-ac-wuhan-park': 'TCL空调武汉智能制造产业园',
	'tcl-ac-demo-base': 'TCL空调智能制造示范基地',
	'creality-3d-printing-park': '创想三维3D打印产业园',
	'jinyinhu-199-mall': '金银湖199+购物中心',
	'linkonggang-xicheng-plaza': '临空港西城生活广场',
	'zto-central-china-hq': '中通快递华中（武汉）总部基地',
	'jd-central-china-ecommerce-park-2': '京东华中电商产业园二期',
	'hanou-logistics-park': '武汉汉欧国际物流园',
	'sf-fengtai-wuhan-park': '武汉顺丰丰泰产业园',
	'wuhan-airport-bonded-zone': '武汉新港空港综合保税区',
	'xinlei-prepared-food': '鑫磊预制菜项目',
	'haitian-seasoning-wuhan': '海天调味品项目',
	'mailang-jintao-food': '麦浪金涛食品项目',
	jiukangtong: '九康通',
	'jianmin-dayao-hq': '健民大药总部',
	'mengniu-wuhan-factory': '蒙牛高科武汉工厂',
	'zhou-hei-ya': '周黑鸭',
	'bonded-zone-central-area': '综合保税区中心区',
	'zoumaling-logistics-cluster': '走马岭物流产业集聚区',
	'han-river-expansion-area': '汉江沿线拓展区',
	'electronics-manufacturing-area': '电子信息制造区',
	'wuhan-tianhe-airport': '武汉天河国际机场',
	'wujiashan-rail-terminal': '中欧班列（武汉）吴家山铁路集装箱中心站',
	'dongxihu-district-seat': '东西湖区人民政府（吴家山）',
	'jinyin-lake': '金银湖',
	'jinyin-lake-ring-road': '金银湖环湖路'
};
const EXPECTED_ORGS: Record<string, string> = {
	topsec: '天融信科技集团',
	voyah: '岚图汽车',
	'wuhan-cybersecurity-association': '武汉市网络安全协会'
};

/** A feature's position: the point itself, or a point on its footprint polygon. */
const point = (id: string): Position => {
	const f = byId.get(id);
	if (!f) throw new Error(`no feature ${id}`);
	return f.geometry.type === 'Point'
		? (f.geometry as Point).coordinates
		: pointOnFeature(f as Feature<Polygon>).geometry.coordinates;
};
const km = (a: string, b: string) => distance(point(a), point(b), { units: kilometers });
const kilometers = 'kilometers' as const;

describe('geodata/ dataset', () => {
	it('has every entity of the article, by id and Chinese name', () => {
		for (const [id, name] of Object.entries(EXPECTED)) {
			expect(byId.has(id), `missing feature ${id}`).toBe(true);
			expect(props(byId.get(id)!).name_zh).toBe(name);
		}
		for (const [id, name] of Object.entries(EXPECTED_ORGS)) {
			expect(orgs.find((o) => o.id === id)?.name_zh, `missing organisation ${id}`).toBe(name);
		}
	});

	it('validates every feature, organisation and file meta against the schema', () => {
		for (const [file, fc] of Object.entries(collections)) {
			expect(fc.type, file).toBe('FeatureCollection');
			expect(Licence.safeParse(fc.meta).success, `${file} meta`).toBe(true);
			for (const f of fc.features) {
				const r = FeatureProps.safeParse(f.properties);
				expect(r.success, `${file} ${f.id}: ${r.error?.message}`).toBe(true);
				expect(f.id, `${file}: top-level id`).toBe(props(f).id);
			}
		}
		expect(Licence.safeParse(orgFile.meta).success).toBe(true);
		for (const o of orgs) expect(Organisation.safeParse(o).success, o.id).toBe(true);
	});

	it('validates the context layers and keeps their polygons simple', () => {
		expect(Licence.safeParse(districts.meta).success).toBe(true);
		expect(districts.features).toHaveLength(13);
		for (const f of districts.features) {
			expect(BoundaryFeatureProps.safeParse(f.properties).success, String(f.id)).toBe(true);
			expect(kinks(f as Feature<Polygon | MultiPolygon>).features, String(f.id)).toHaveLength(0);
		}
		expect(dongxihu.properties?.role).toBe('zone');
		for (const file of ['basemap/water.geojson', 'basemap/metro.geojson']) {
			const fc = readJson<FC>(file);
			expect(Licence.safeParse(fc.meta).success, file).toBe(true);
			for (const f of fc.features) {
				const r = BasemapProps.safeParse(f.properties);
				expect(r.success, `${file} ${f.id}: ${r.error?.message}`).toBe(true);
			}
		}
	});

	it('has unique ids across all files, and chains and hubs that resolve', () => {
		const ids = [...features.map((f) => props(f).id), ...orgs.map((o) => o.id)];
		const ctx = [
			'boundaries/districts.geojson',
			'basemap/water.geojson',
			'basemap/metro.geojson'
		].flatMap((p) => readJson<FC>(p).features.map((f) => String(f.properties?.id)));
		const all = [...ids, ...ctx];
		expect(new Set(all).size).toBe(all.length);
		const chains = new Set(zone.chains.map((c) => c.id));
		for (const f of features) {
			const c = props(f).chain;
			if (c !== null) expect(chains.has(c), `${props(f).id} chain ${c}`).toBe(true);
		}
		for (const [role, id] of Object.entries(zone.hubs)) expect(byId.has(id), role).toBe(true);
		expect(new Set(zone.chains.map((c) => c.color.toLowerCase())).size).toBe(zone.chains.length);
	});

	it('resolves every relation to a feature or an organisation', () => {
		const known = new Set([...byId.keys(), ...orgs.map((o) => o.id)]);
		const rels = [
			...features.flatMap((f) => (props(f).relations ?? []).map((r) => [props(f).id, r] as const)),
			...orgs.flatMap((o) => (o.relations ?? []).map((r) => [o.id, r] as const))
		];
		for (const [from, r] of rels) expect(known.has(r.target), `${from} → ${r.target}`).toBe(true);
	});

	it('quotes the article verbatim', () => {
		const docs = new Set(zone.sources.map((s) => s.id));
		for (const s of [...features.map((f) => props(f).source), ...orgs.map((o) => o.source)]) {
			expect(docs.has(s.doc)).toBe(true);
			expect(article.includes(s.sentence_zh), s.sentence_zh).toBe(true);
		}
	});

	it("keeps the article's key figures as facts with their units", () => {
		const has = (id: string, value: number, unit: string, q?: string, per?: string) => {
			const facts = props(byId.get(id)!).facts ?? [];
			const f = facts.find((x) => x.value === value && x.unit === unit);
			expect(f, `${id}: ${value} ${unit}`).toBeDefined();
			if (q) expect(f!.qualifier).toBe(q);
			if (per) expect(f!.per).toBe(per);
		};
		has('netsec-computing-centre', 125, 'PFLOPS');
		has('jiangfeng-wuhan-phase-1', 1500, 'pieces', 'exact', 'month');
		has('jiangfeng-wuhan-phase-1', 500, 'pieces', 'exact', 'month');
		has('jiangfeng-wuhan-phase-1', 3000, 'pieces', 'exact', 'month');
		const boe = props(byId.get('boe-wuhan')!).facts ?? [];
		expect(boe.filter((f) => f.value === 100 && f.unit === '%')).toHaveLength(2);
		has('mengniu-wuhan-factory', 70000, 't', 'exact', 'year');
		has('zhou-hei-ya', 88, '%', 'at-least');
		has('whu-cyber-school', 400, 'projects', 'more-than');
		has('hust-cyber-school', 400, 'projects', 'more-than');
		has('netsec-base', 100, 'outcomes', 'more-than');
		has('hanou-logistics-park', 1, 'h', 'within');
	});

	it('states an honest position for every feature', () => {
		for (const f of features) {
			const p = props(f);
			const pos = p.position;
			if (pos.method === 'cluster') {
				expect(pos.accuracy_m, p.id).toBeGreaterThanOrEqual(2000);
				expect(pos.note_zh?.startsWith('位置为估计：'), p.id).toBe(true);
				expect(pos.note_en?.startsWith('Approximate location: '), p.id).toBe(true);
			}
			if (p.kind === 'zone') {
				expect(f.geometry.type, p.id).toBe('Polygon');
				expect(pos.method).toBe('estimated');
				expect(pos.accuracy_m).toBeGreaterThanOrEqual(2000);
			}
			const coords = JSON.stringify(f.geometry).match(/-?\d+\.\d+/g) ?? [];
			for (const c of coords) expect((c.split('.')[1] ?? '').length, p.id).toBeLessThanOrEqual(6);
		}
	});

	it('never stacks two point features on one position', () => {
		const seen = new Map<string, string>();
		for (const f of features.filter((x) => x.geometry.type === 'Point')) {
			const key = (f.geometry as Point).coordinates.join(',');
			expect(seen.get(key), `${props(f).id} on ${seen.get(key)}`).toBeUndefined();
			seen.set(key, props(f).id);
		}
	});

	it('keeps points inside the district unless outside_zone, and polygons simple', () => {
		for (const f of features) {
			const p = props(f);
			if (f.geometry.type === 'Point') {
				const inside = booleanPointInPolygon(f.geometry.coordinates, dongxihu);
				expect(inside, p.id).toBe(!p.outside_zone);
			} else {
				const poly = f as Feature<Polygon>;
				expect(kinks(poly).features, p.id).toHaveLength(0);
				for (const ring of poly.geometry.coordinates) {
					expect(ring[0], p.id).toEqual(ring[ring.length - 1]);
					for (const v of ring) expect(booleanPointInPolygon(v, dongxihu), p.id).toBe(true);
				}
				expect(
					signedArea(poly.geometry.coordinates[0] ?? []),
					`${p.id} exterior CCW`
				).toBeGreaterThan(0);
			}
		}
		expect(props(byId.get('wuhan-tianhe-airport')!).outside_zone).toBe(true);
	});

	it('keeps the relations the article states on the map', () => {
		expect(km('boe-wuhan', 'jiangfeng-wuhan-phase-1')).toBeLessThanOrEqual(0.5);
		expect(km('boe-wuhan', 'jiangfeng-wuhan-phase-2')).toBeLessThanOrEqual(0.5);
		expect(km('inspur-wuhan-rd-centre', 'netsec-innovation-centre')).toBeLessThanOrEqual(0.05);
		expect(km('netsec-computing-centre', 'netsec-training-centre')).toBeLessThanOrEqual(0.2);
	});

	it('places facilities inside the planned area they belong to', () => {
		const inArea = (id: string, area: string) =>
			expect(
				booleanPointInPolygon(point(id), byId.get(area) as Feature<Polygon>),
				`${id} in ${area}`
			).toBe(true);
		inArea('wuhan-airport-bonded-zone', 'bonded-zone-central-area');
		for (const id of [
			'zto-central-china-hq',
			'jd-central-china-ecommerce-park-2',
			'sf-fengtai-wuhan-park'
		])
			inArea(id, 'zoumaling-logistics-cluster');
		for (const id of [
			'boe-wuhan',
			'jiangfeng-wuhan-phase-1',
			'jiangfeng-wuhan-phase-2',
			'skyworth-mini-led-park',
			'chuxing-electronics-park-phase-1',
			'chuxing-color-filter',
			'ningbo-xinfeng-precision'
		])
			inArea(id, 'electronics-manufacturing-area');
	});
});

function signedArea(ring: Position[]): number {
	let s = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		const [x1, y1] = ring[i] as [number, number];
		const [x2, y2] = ring[i + 1] as [number, number];
		s += x1 * y2 - x2 * y1;
	}
	return s / 2;
}
