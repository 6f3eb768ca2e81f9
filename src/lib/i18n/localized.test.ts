import { describe, expect, it } from 'vitest';
import { localized, textLang } from './localized';

describe('localized', () => {
	const park = Object.freeze({ id: 'park-a', name_zh: '甲园', name_en: 'Park A' });

	it('reads <field>_<lang>', () => {
		expect(localized(park, 'name', 'zh')).toBe('甲园');
		expect(localized(park, 'name', 'en')).toBe('Park A');
	});

	it('falls back to the first language, then for names to the id', () => {
		expect(localized({ id: 'x', name_zh: '乙' }, 'name', 'en')).toBe('乙');
		expect(localized({ id: 'x', name_en: 'B' }, 'name', 'zh')).toBe('B');
		expect(localized({ id: 'x', name_zh: '', name_en: '' }, 'name', 'en')).toBe('x');
		expect(localized({ id: 'x' } as { id: string; name_zh?: string }, 'name', 'zh')).toBe('x');
	});

	it('never offers an id for other fields', () => {
		const e = { id: 'x', summary_zh: undefined as string | undefined };
		expect(localized(e, 'summary', 'en')).toBe('');
		expect(localized({ id: 'x', summary_zh: '简介' }, 'summary', 'en')).toBe('简介');
	});

	it("prefers a language-neutral field to another language's (a fact's unit)", () => {
		const fact = { unit: 'pieces', unit_zh: '枚' };
		expect(localized(fact, 'unit', 'zh')).toBe('枚');
		expect(localized(fact, 'unit', 'en')).toBe('pieces');
		expect(localized({ unit: 't' } as { unit: string; unit_zh?: string }, 'unit', 'zh')).toBe('t');
	});

	it('works on loose GeoJSON properties', () => {
		const props: Record<string, unknown> = { id: 'd1', name_zh: '北区', name_en: 'North district' };
		expect(localized(props, 'name', 'en')).toBe('North district');
	});

	it('only accepts fields the object has in languages', () => {
		// @ts-expect-error: the object has no label_<lang>
		expect(localized(park, 'label', 'en')).toBe('');
	});
});

describe('textLang', () => {
	it('tags a name shown in another language than the page', () => {
		expect(textLang({ id: 'x', name_zh: '乙' }, 'name', 'en')).toBe('zh-CN');
		expect(textLang({ id: 'x', name_en: 'B' }, 'name', 'zh')).toBe('en');
	});
	it('leaves the page language and neutral text untagged', () => {
		expect(textLang({ id: 'x', name_zh: '乙', name_en: 'B' }, 'name', 'en')).toBeUndefined();
		expect(textLang({ id: 'x' } as { id: string; name_zh?: string }, 'name', 'en')).toBeUndefined();
	});
});
