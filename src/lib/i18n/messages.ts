/**
 * UI strings in zh-CN (default) and en. Data names come from the dataset
 * (name_zh / name_en), never from here.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const zh = {
	appTitle: '临空港产业地图',
	appSubtitle: '产业园区与企业分布',
	legend: '图层',
	legendHint: '点击切换显示',
	layer_boundaries: '行政区界',
	layer_water: '河流湖泊',
	layer_metro: '地铁',
	layer_zones: '规划片区',
	layer_parks: '园区范围',
	layer_hubs: '交通枢纽与地标',
	layer_facilities: '企业与机构',
	chains: '产业链',
	noChain: '其他',
	approx: '位置为估计',
	approxLegend: '空心：位置为估计',
	accuracy: '位置精度',
	chain: '产业链',
	kind: '类型',
	status: '状态',
	close: '关闭',
	loading: '正在加载地图…',
	loadError: '地图数据加载失败',
	basemap: '底图',
	basemap_embedded: '内置底图（离线）',
	basemap_online: '在线底图',
	language: 'English',
	languageLabel: '切换语言',
	mapLabel: '临空港产业地图',
	kind_park: '园区',
	kind_enterprise: '企业',
	kind_project: '项目',
	kind_institution: '院校机构',
	kind_lab: '实验室',
	kind_zone: '规划片区',
	kind_hub: '交通枢纽',
	kind_landmark: '地标',
	status_operating: '运营中',
	status_in_production: '已投产',
	status_completed: '已建成',
	status_under_construction: '在建',
	status_planned: '规划中',
	status_signed: '已签约',
	status_upgrading: '技改升级',
	status_existing: '现有'
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
	appTitle: 'Linkonggang Atlas',
	appSubtitle: 'Industrial parks and enterprises',
	legend: 'Layers',
	legendHint: 'Click to show or hide',
	layer_boundaries: 'District boundaries',
	layer_water: 'Rivers and lakes',
	layer_metro: 'Metro',
	layer_zones: 'Planning areas',
	layer_parks: 'Park footprints',
	layer_hubs: 'Hubs and landmarks',
	layer_facilities: 'Enterprises and institutions',
	chains: 'Industry chains',
	noChain: 'Other',
	approx: 'Approximate location',
	approxLegend: 'Hollow: approximate location',
	accuracy: 'Position accuracy',
	chain: 'Industry chain',
	kind: 'Kind',
	status: 'Status',
	close: 'Close',
	loading: 'Loading the map…',
	loadError: 'The map data could not be loaded',
	basemap: 'Basemap',
	basemap_embedded: 'Built-in (offline)',
	basemap_online: 'Online basemap',
	language: '中文',
	languageLabel: 'Switch language',
	mapLabel: 'Linkonggang industrial map',
	kind_park: 'Park',
	kind_enterprise: 'Enterprise',
	kind_project: 'Project',
	kind_institution: 'Institution',
	kind_lab: 'Laboratory',
	kind_zone: 'Planning area',
	kind_hub: 'Transport hub',
	kind_landmark: 'Landmark',
	status_operating: 'Operating',
	status_in_production: 'In production',
	status_completed: 'Completed',
	status_under_construction: 'Under construction',
	status_planned: 'Planned',
	status_signed: 'Signed',
	status_upgrading: 'Upgrading',
	status_existing: 'Existing'
};

const CATALOG: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function t(lang: Lang, key: MessageKey): string {
	return CATALOG[lang][key];
}

/** Message key for a dataset enum value such as kind 'park' or status 'in-production'. */
export function enumKey(prefix: 'kind' | 'status', value: string): MessageKey | null {
	const key = `${prefix}_${value.replaceAll('-', '_')}`;
	return key in zh ? (key as MessageKey) : null;
}

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
