import { describe, expect, it } from 'vitest';
import {
	describeEntity,
	entityName,
	formatFact,
	pageTitle,
	positionForUsers,
	relationLabel
} from './describe';

const fact = (o: object) =>
	({ key: 'k', label_zh: 'x', label_en: 'x', qualifier: 'exact' as const, ...o }) as never;

describe('formatFact', () => {
	it('formats values with units and qualifiers for each locale', () => {
		expect(formatFact(fact({ value: 125, unit: 'PFLOPS' }), 'en')).toBe('125 PFLOPS');
		expect(formatFact(fact({ value: 88, unit: '%', qualifier: 'at-least' }), 'zh')).toBe('≥ 88 %');
		expect(formatFact(fact({ value: 1500, unit: 'pieces', per: 'month' }), 'en')).toBe(
			'1,500 pieces per month'
		);
		expect(formatFact(fact({ value: 70000, unit: 't', per: 'year' }), 'zh')).toBe('每年 70,000 t');
		expect(formatFact(fact({ value: 400, unit: 'projects', qualifier: 'more-than' }), 'en')).toBe(
			'more than 400 projects'
		);
		expect(formatFact(fact({ value: 1, unit: 'h', qualifier: 'within' }), 'en')).toBe('within 1 h');
	});

	it('uses the Chinese unit in Chinese, right after the number', () => {
		const f = fact({ value: 1500, unit: 'pieces', unit_zh: '枚', per: 'month' });
		expect(formatFact(f, 'zh')).toBe('每月 1,500枚');
		expect(formatFact(f, 'en')).toBe('1,500 pieces per month');
		expect(
			formatFact(fact({ value: 1, unit: 'h', unit_zh: '小时', qualifier: 'within' }), 'zh')
		).toBe('1小时以内');
		expect(
			formatFact(
				fact({ value: 400, unit: 'projects', unit_zh: '项', qualifier: 'more-than' }),
				'zh'
			)
		).toBe('400项以上');
		expect(formatFact(fact({ value: 3, unit: 'km²', qualifier: 'approx' }), 'zh')).toBe('约 3 km²');
		expect(formatFact(fact({ value: 3, unit: 'km²', qualifier: 'approx' }), 'en')).toBe(
			'about 3 km²'
		);
	});
});

describe('describeEntity', () => {
	const entity = {
		id: 'co-a',
		name_zh: '甲公司',
		name_en: 'Company A',
		kind: 'enterprise',
		chain: 'x',
		status: 'operating',
		position: { method: 'estimated', accuracy_m: 1500 }
	} as never;
	const chains = [
		{ id: 'x', name_zh: '光电子', name_en: 'Optoelectronics', color: '#000' }
	] as never;

	// [lang, title, subtitle, kind · chain, status, note, html lang]
	it.each([
		['zh', '甲公司', 'Company A', '企业 · 光电子', '运营中', '位置为估计 · ±1.5 km', 'zh-CN'],
		[
			'en',
			'Company A',
			'甲公司',
			'Enterprise · Optoelectronics',
			'Operating',
			'Approximate location · ±1.5 km',
			'en'
		]
	] as const)(
		'%s: titles in the UI language, the other name under it, the html lang tag',
		(lang, title, subtitle, meta, status, note, tag) => {
			expect(describeEntity(entity, chains, lang)).toEqual({
				title,
				subtitle,
				subtitleLang: tag === 'en' ? 'zh-CN' : 'en',
				lines: [meta, status],
				note,
				swatch: '#000',
				lang: tag
			});
			expect(entityName(entity, lang)).toBe(title);
		}
	);
});

describe('relationLabel', () => {
	it('names relation types in the language, and passes unknown ones through', () => {
		expect(relationLabel('across-street-from', 'zh')).toBe('一街之隔');
		expect(relationLabel('links-to', 'en')).toBe('Links to');
		expect(relationLabel('mystery', 'en')).toBe('mystery');
		expect(relationLabel('part-of', 'en', true)).toBe('Includes');
		expect(relationLabel('part-of', 'zh', true)).toBe('包括');
	});
});

describe('positionForUsers', () => {
	const cluster = {
		method: 'cluster' as const,
		accuracy_m: 3000,
		note_zh: '位置为估计：按临空港大道沿线的显示面板产业集群示意放置。',
		note_en: 'Approximate location: placed in the display-panel cluster.'
	};

	it('tells an estimate with its accuracy and the method in plain words, in each language', () => {
		expect(positionForUsers(cluster, 'zh')).toEqual({
			approx: true,
			headline: '位置为估计，精度约 ±3 km',
			method: '没有找到具体位置，按其所在的产业集群示意放置，只表示大致区域。',
			note: cluster.note_zh
		});
		const en = positionForUsers(cluster, 'en');
		expect(en.headline).toBe('Estimated position, accurate to about ±3 km');
		expect(en.method).toMatch(/^No exact position is known/);
		expect(en.note).toBe(cluster.note_en);
	});

	it('never shows the method code or an English sentence in Chinese', () => {
		for (const method of ['sourced', 'derived', 'estimated', 'cluster'] as const) {
			const zh = positionForUsers({ method, accuracy_m: 300 }, 'zh');
			const text = `${zh.headline} ${zh.method}`;
			expect(text).not.toContain(method);
			expect(text.replace(/\bk?m\b/g, ''), method).not.toMatch(/[A-Za-z]/);
			expect(zh.note).toBe('');
		}
		expect(positionForUsers({ method: 'sourced', accuracy_m: 300 }, 'zh')).toMatchObject({
			approx: false,
			headline: '位置有公开来源，精度约 ±300 m'
		});
	});
});

describe('pageTitle', () => {
	it('names the selection, then the open panel, then the atlas', () => {
		expect(pageTitle('zh', null, 'layers')).toBe('临空港产业地图');
		expect(pageTitle('zh', '甲公司', 'layers')).toBe('甲公司 · 临空港产业地图');
		expect(pageTitle('en', 'Company A', 'analyze')).toMatch(/^Company A · Analyze · /);
		expect(pageTitle('en', null, 'quality')).toMatch(/^Stats · /);
	});
});
