import { describe, expect, it } from 'vitest';
import { formatError } from './problem';

describe('formatError', () => {
	it('formats an error as one line', () => {
		expect(
			formatError({
				file: 'features/electronics.geojson',
				id: 'boe-wuhan',
				field: 'position.accuracy_m',
				message: 'must be a positive number'
			})
		).toBe(
			'features/electronics.geojson: boe-wuhan: position.accuracy_m: must be a positive number'
		);
		expect(formatError({ file: 'zone.json', message: 'missing' })).toBe('zone.json: missing');
	});
});
