/**
 * The geodata validator against 10,000 broken copies of the valid fixture
 * (fixed seed): one value somewhere in a file is replaced by a hostile one
 * (null, [], {}, NaN-like strings, huge numbers, markup, deep nesting).
 * It never throws, and every error it reports names its file and says what
 * is wrong.
 */
import { describe, expect, it } from 'vitest';
import { hostileValue, int, pick, rng, type Rng } from '$lib/testing/fuzz';
import { validateGeodata } from './index';
import { valid, type Json } from './testing';

/** Every path to a value inside a JSON tree (objects and arrays), root excluded. */
function paths(node: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
	const children: [string | number, unknown][] = Array.isArray(node)
		? node.map((v, i) => [i, v])
		: node && typeof node === 'object'
			? Object.entries(node)
			: [];
	for (const [k, v] of children) {
		out.push([...at, k]);
		paths(v, [...at, k], out);
	}
	return out;
}

const JSON_FILES = Object.keys(valid).filter((f) => !f.endsWith('.txt'));
const PATHS = new Map(JSON_FILES.map((f) => [f, paths(valid[f])]));

function mutate(r: Rng): { files: Json; what: string } {
	const files = structuredClone(valid) as Json;
	const changes: string[] = [];
	for (let n = int(r, 1, 3); n > 0; n--) {
		const file = r() < 0.7 ? 'features/demo.geojson' : pick(r, JSON_FILES);
		const path = pick(r, PATHS.get(file)!);
		let parent = files[file];
		for (const key of path.slice(0, -1)) parent = parent?.[key];
		if (parent && typeof parent === 'object') {
			const value = r() < 0.1 ? undefined : hostileValue(r);
			parent[path.at(-1)!] = value;
			changes.push(`${file}:${path.join('.')}=${JSON.stringify(value)?.slice(0, 80)}`);
		}
	}
	return { files, what: changes.join(' ') };
}

describe('geodata validator, fuzzed', () => {
	it('reports 10,000 broken copies without an exception, each error with its file and message', () => {
		const r = rng(12_345);
		let rejected = 0;
		for (let i = 0; i < 10_000; i++) {
			const { files, what } = mutate(r);
			let errors;
			try {
				errors = validateGeodata(files);
			} catch (err) {
				throw new Error(`threw on ${what}`, { cause: err });
			}
			if (errors.length) rejected++;
			for (const e of errors) {
				expect(e.file, what).toBeTruthy();
				expect(e.message.length, what).toBeGreaterThan(3);
			}
		}
		// the mutations are real: most copies are rejected
		expect(rejected).toBeGreaterThan(5_000);
	}, 300_000);
});
