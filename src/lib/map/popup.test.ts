// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chooserElement, popupElement } from './popup';

describe('popupElement', () => {
	it('renders data as text: markup in a name stays characters', () => {
		const el = popupElement({
			title: '<img src=x onerror="alert(1)">京东方',
			subtitle: '<b>BOE</b>',
			lines: ['企业 · 电子信息', '<script>alert(2)</script>'],
			note: '位置为估计 · ±3 km',
			swatch: '#CC79A7',
			lang: 'zh-CN'
		});
		expect(el.querySelector('img')).toBeNull();
		expect(el.querySelector('script')).toBeNull();
		expect(el.querySelector('b')).toBeNull();
		expect(el.querySelector('h2')!.textContent).toBe('<img src=x onerror="alert(1)">京东方');
		expect(el.querySelectorAll('.atlas-popup-line')).toHaveLength(2);
		expect(el.querySelector('.atlas-popup-note')!.textContent).toBe('位置为估计 · ±3 km');
		expect(el.lang).toBe('zh-CN');
		expect(el.getAttribute('data-testid')).toBe('popup');
	});

	it('leaves out what is not given', () => {
		const el = popupElement({ title: 'A', lines: [], lang: 'en' });
		expect(el.querySelector('.atlas-popup-subtitle')).toBeNull();
		expect(el.querySelector('.atlas-popup-note')).toBeNull();
		expect(el.querySelector('.atlas-popup-swatch')).toBeNull();
	});
});

describe('chooserElement', () => {
	const choice = (id: string, title: string) => ({
		id,
		content: { title, lines: ['企业 · 网络安全'], lang: 'zh-CN' }
	});

	it('lists every feature hit as a button, names as text, and reports the one chosen', () => {
		const chosen: string[] = [];
		const el = chooserElement(
			'此处有 2 个要素',
			[choice('a', '网安创新中心'), choice('b', '<img src=x onerror="alert(1)">浪潮')],
			(id) => chosen.push(id)
		);
		const buttons = [...el.querySelectorAll('button')];
		expect(buttons.map((b) => b.querySelector('span')!.textContent)).toEqual([
			'网安创新中心',
			'<img src=x onerror="alert(1)">浪潮'
		]);
		expect(el.querySelector('img')).toBeNull();
		expect(buttons.every((b) => b.type === 'button')).toBe(true);
		buttons[1]!.click();
		expect(chosen).toEqual(['b']);
		// The list is named by its heading, for screen readers.
		const list = el.querySelector('ul')!;
		expect(el.querySelector(`#${list.getAttribute('aria-labelledby')}`)!.textContent).toBe(
			'此处有 2 个要素'
		);
	});
});
