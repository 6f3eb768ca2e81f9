/**
 * The dataset's vocabularies as plain lists: what the page needs to name
 * kinds, statuses and position methods, without loading the schema
 * validator (zod) that schema.ts builds from them.
 */

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const DATUMS = ['WGS-84', 'GCJ-02', 'BD-09'] as const;

/** What a feature is. Layers are assigned from kind + geometry type, never by id. */
export const KINDS = [
	'park',
	'enterprise',
	'project',
	'institution',
	'lab',
	'zone',
	'hub',
	'landmark'
] as const;

export const STATUSES = [
	'operating', // 运营 / 投运 / 投用
	'in-production', // 投产 / 达产
	'completed', // 建成 / 主体完工
	'under-construction', // 在建 / 开工建设
	'planned', // 规划 / 计划建设
	'signed', // 签约 / 落地 / 引进
	'upgrading', // 技改 / 扩能提升
	'existing' // hubs, landmarks: no project status
] as const;

/** How a position was obtained; drives how the UI draws it. */
export const POSITION_METHODS = ['sourced', 'derived', 'estimated', 'cluster'] as const;

export type Datum = (typeof DATUMS)[number];
export type Kind = (typeof KINDS)[number];
/** What an entity in the app is: a dataset kind, or a candidate site the user imported (never in geodata/). */
export type EntityKind = Kind | 'site';
export type PositionMethod = (typeof POSITION_METHODS)[number];
