import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { describeJsonError, findJsonError, stringifyLike } from './json-text';

/** The error JSON.parse throws for `text`. */
function parseError(text: string): Error {
	try {
		JSON.parse(text);
	} catch (e) {
		return e as Error;
	}
	throw new Error('valid JSON');
}

describe('describeJsonError', () => {
	it('names the line and column of invalid JSON', () => {
		const text = '{\n  "a": 1,\n  "b": }\n';
		let err: Error | undefined;
		try {
			JSON.parse(text);
		} catch (e) {
			err = e as Error;
		}
		expect(describeJsonError(err!, text)).toMatch(
			/^invalid JSON at line 3, column 8: unexpected "}"$/
		);
	});

	it('counts columns from 1 on the first line too', () => {
		const text = '[1, 2,, 3]';
		expect(describeJsonError(parseError(text), text)).toBe(
			'invalid JSON at line 1, column 7: unexpected ","'
		);
	});
});

describe('findJsonError', () => {
	it('is null for valid JSON, a BOM and surrounding whitespace included', () => {
		expect(findJsonError('\ufeff {"a": [1, -2.5e3, true, null, "\\u00e9"]}\n')).toBeNull();
	});

	it('names what is wrong, at the offending offset', () => {
		expect(findJsonError('{"a" 1}')).toEqual({ offset: 5, message: 'expected ":"' });
		expect(findJsonError('{"a": 1')).toEqual({
			offset: 7,
			message: 'expected "," or "}"'
		});
		expect(findJsonError('"abc')).toEqual({ offset: 4, message: 'unterminated string' });
		expect(findJsonError('{} []')).toEqual({
			offset: 3,
			message: 'unexpected content after the JSON value'
		});
		expect(findJsonError('')).toEqual({ offset: 0, message: 'unexpected end of file' });
	});
});

describe('stringifyLike (move rewrites files in their own style)', () => {
	it('keeps one feature per line when the file had it', () => {
		const original =
			'{\n  "type": "FeatureCollection",\n  "features": [\n    {"type":"Feature","id":"a","properties":{},"geometry":null}\n  ]\n}\n';
		const parsed = JSON.parse(original) as FeatureCollection;
		expect(stringifyLike(parsed, original)).toBe(original);
	});

	it('otherwise indents like the file (2 spaces by default)', () => {
		const value = { type: 'FeatureCollection', features: [] } as FeatureCollection;
		expect(stringifyLike(value, '')).toBe(JSON.stringify(value, null, 2) + '\n');
		expect(stringifyLike(value, '{\n\t"type": 1\n}')).toBe(
			JSON.stringify(value, null, '\t') + '\n'
		);
	});
});
