/**
 * Data-integrity tests of geodata/: the folder passes the validator (every
 * rule of src/lib/data/validate/, the same as `npm run geodata:check`), and it
 * holds what the source article says: every entity it names, its key figures
 * as facts, its sentences verbatim, and the relations it states between places.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import distance from '@turf/distance';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { pointInArea } from '../../src/lib/geo/point-in-area';
import { representativePoint } from '../../src/lib/geo/representative-point';
import type { LonLat } from '../../src/lib/geo/lonlat';
import { formatError, validateGeodata } from '../../src/lib/data/validate';
import { FeatureProps, Zone, type Organisation } from '../../src/lib/data/schema';
import { readGeodataDir } from '../../src/lib/server/geodata';

const GEODATA = new URL('../../geodata/', import.meta.url);
const folder = readGeodataDir(fileURLToPath(GEODATA));
const collections = Object.entries(folder.files)
	.filter(([path]) => path.startsWith('features/'))
	.map(([, fc]) => fc as { features: Feature[] });
const features: Feature[] = collections.flatMap((c) => c.features);
const props = (f: Feature) => FeatureProps.parse(f.properties);
const byId = new Map(features.map((f) => [String(f.id), f]));
const orgs = (folder.files['organisations.json'] as { organisations: Organisation[] })
	.organisations;
const zone = Zone.parse(folder.files['zone.json']);
const article = readFileSync(new URL('sources/article-2024.txt', GEODATA), 'utf8');

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
const point = (id: string): LonLat => {
	const f = byId.get(id);
	if (!f) throw new Error(`no feature ${id}`);
	return representativePoint(f.geometry);
};
const km = (a: string, b: string) => distance(point(a), point(b), { units: 'kilometers' });

describe('geodata/ passes the validator', () => {
	it('reads every file and finds no error', () => {
		expect(folder.errors.map(formatError)).toEqual([]);
		expect(validateGeodata(folder.files).map(formatError)).toEqual([]);
	});
});

describe('geodata/ holds what the article says', () => {
	it('has every entity of the article, by id and Chinese name', () => {
		for (const [id, name] of Object.entries(EXPECTED)) {
			expect(byId.has(id), `missing feature ${id}`).toBe(true);
			expect(props(byId.get(id)!).name_zh).toBe(name);
		}
		for (const [id, name] of Object.entries(EXPECTED_ORGS)) {
			expect(orgs.find((o) => o.id === id)?.name_zh, `missing organisation ${id}`).toBe(name);
		}
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

	it('keeps the relations the article states on the map', () => {
		expect(km('boe-wuhan', 'jiangfeng-wuhan-phase-1')).toBeLessThanOrEqual(0.5);
		expect(km('boe-wuhan', 'jiangfeng-wuhan-phase-2')).toBeLessThanOrEqual(0.5);
		expect(km('inspur-wuhan-rd-centre', 'netsec-innovation-centre')).toBeLessThanOrEqual(0.05);
		expect(km('netsec-computing-centre', 'netsec-training-centre')).toBeLessThanOrEqual(0.2);
		expect(props(byId.get('wuhan-tianhe-airport')!).outside_zone).toBe(true);
	});

	it('places facilities inside the planned area they belong to', () => {
		const inArea = (id: string, area: string) =>
			expect(pointInArea(point(id), byId.get(area)!.geometry as Polygon), `${id} in ${area}`).toBe(
				true
			);
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

/**
 * House rules of this dataset that no validator rule covers (the validator
 * judges any zone's data; these are choices made for this one).
 */
describe('geodata/ conventions beyond the validator', () => {
	it('states an honest position: clusters and planned areas say they are approximate', () => {
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
		}
	});

	it('keeps every vertex of an area inside the district (the validator checks one point)', () => {
		const district = (
			folder.files['boundaries/districts.geojson'] as { features: Feature[] }
		).features.find((f) => f.id === zone.district_id)!.geometry as Polygon;
		for (const f of features.filter((x) => x.geometry.type === 'Polygon')) {
			for (const ring of (f.geometry as Polygon).coordinates)
				for (const v of ring) expect(pointInArea(v as LonLat, district), String(f.id)).toBe(true);
		}
	});

	it('gives every chain its own colour', () => {
		const colours = new Set(zone.chains.map((c) => c.color.toLowerCase()));
		expect(colours.size).toBe(zone.chains.length);
	});
});
