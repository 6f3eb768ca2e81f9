/**
 * Test-only: the valid mini-zone fixture and broken copies of it, shared by
 * the validator's tests. Each family's test file lists the faults its rules
 * catch, with the exact error lines they must produce.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { readGeodataDir } from '$lib/server/geodata';
import { deepFreeze } from '$lib/testing/freeze';
import { formatError, validateGeodata, type GeodataError } from './index';

export const FIXTURE = path.resolve(
	import.meta.dirname,
	'../../../../tests/fixtures/geodata-valid'
);
export const FEATURES = 'features/demo.geojson';
/** The start of every error line about the fixture's features file. */
export const F = `${FEATURES}: `;

export type Files = Record<string, unknown>;
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const valid: Files = deepFreeze(readGeodataDir(FIXTURE).files);

/** A broken copy of the valid fixture: `mutate` edits a clone, the result is frozen. */
export function broken(mutate: (files: Json) => void): Files {
	const files = structuredClone(valid) as Json;
	mutate(files);
	return deepFreeze(files);
}

export const featureOf = (files: Json, id: string): Json =>
	(files[FEATURES].features as Json[]).find((f) => f.id === id)!;
export const propsOf = (files: Json, id: string): Json => featureOf(files, id).properties;

/** Gives a feature a new id both at top level and in properties. */
export function renameFeature(files: Json, from: string, to: string) {
	const f = featureOf(files, from);
	f.id = to;
	f.properties.id = to;
}

export const lines = (errors: GeodataError[]) => errors.map(formatError);

export type FaultCase = {
	name: string;
	mutate: (files: Json) => void;
	/** the error lines the fault must produce */
	expected: string[];
	/** false when the fault legitimately cascades into further errors */
	only?: boolean;
};

/** One test per case: validateGeodata on the broken fixture gives exactly the expected lines. */
export function itReportsEachFault(cases: FaultCase[]): void {
	it.each(cases)('$name', ({ mutate, expected, only }) => {
		const got = lines(validateGeodata(broken(mutate)));
		if (only === false) expect(got).toEqual(expect.arrayContaining(expected));
		else expect(got).toEqual(expected);
	});
}
