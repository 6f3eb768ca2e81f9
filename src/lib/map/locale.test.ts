import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/i18n/messages';
import { MAX_ZOOM } from './camera';
import { mapLocale } from './locale';

describe('mapLocale', () => {
	it('gives every MapLibre string the controls show, in every language', () => {
		const keys = Object.keys(mapLocale('en')).sort();
		expect(keys).toEqual(
			expect.arrayContaining([
				'AttributionControl.ToggleAttribution',
				'NavigationControl.ResetBearing',
				'NavigationControl.ZoomIn',
				'NavigationControl.ZoomOut',
				'Popup.Close'
			])
		);
		for (const lang of LANGS) {
			expect(Object.keys(mapLocale(lang)).sort()).toEqual(keys);
			for (const text of Object.values(mapLocale(lang))) expect(text.trim()).not.toBe('');
		}
	});

	it('has the Chinese strings in Chinese, not MapLibre’s English defaults', () => {
		const zh = mapLocale('zh');
		expect(zh['NavigationControl.ZoomIn']).toBe('放大');
		expect(zh['Popup.Close']).toBe('关闭弹窗');
		for (const [key, text] of Object.entries(zh)) {
			// Only the library's own name stays in Latin letters.
			expect(text.replace('MapLibre', ''), key).not.toMatch(/[A-Za-z]/);
		}
	});
});

describe('MAX_ZOOM', () => {
	it('stops at street level, where the data still means something', () => {
		expect(MAX_ZOOM).toBe(17);
	});
});
