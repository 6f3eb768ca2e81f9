import { describe, expect, it } from 'vitest';
import { validateGeodata } from './index';
import { FEATURES, broken, lines, propsOf, valid } from './testing';

describe('validateGeodata on the valid fixture', () => {
	it('finds nothing wrong', () => {
		expect(lines(validateGeodata(valid))).toEqual([]);
	});
});

describe('validateGeodata on broken fixtures', () => {
	it('reports every fault at once, with file, id and field', () => {
		const files = broken((f) => {
			delete propsOf(f, 'alpha-works').name_zh;
			propsOf(f, 'beta-park').position.accuracy_m = 0;
			f['zone.json'].hubs.airport = 'nowhere';
		});
		const errors = validateGeodata(files);
		expect(errors).toHaveLength(3);
		expect(errors).toEqual(
			expect.arrayContaining([
				{ file: 'zone.json', field: 'hubs.airport', message: '"nowhere" is not a feature id' },
				{ file: FEATURES, id: 'alpha-works', field: 'name_zh', message: 'is required' },
				{
					file: FEATURES,
					id: 'beta-park',
					field: 'position.accuracy_m',
					message: 'must be a positive number (got 0)'
				}
			])
		);
	});

	it('does not mutate its input (frozen fixtures would throw)', () => {
		expect(() => validateGeodata(valid)).not.toThrow();
	});
});
