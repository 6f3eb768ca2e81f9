/**
 * Zod issues as a maintainer reads them: what the field must be, and what it
 * was. The schema (../schema.ts) is written once; every property message of
 * the validator comes from it through here.
 */
import type { z } from 'zod';
import { isObject, type Problem } from './problem';

type Issue = z.core.$ZodIssue & { input?: unknown };

export function describeValue(v: unknown): string {
	if (v === undefined) return 'nothing';
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'an array';
	if (typeof v === 'object') return 'an object';
	return JSON.stringify(v);
}

/** A zod issue as a maintainer reads it: what the field must be, and what it was. */
export function describeIssue(issue: Issue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return 'is required';
			return `must be ${issue.expected === 'array' ? 'an array' : `a ${issue.expected}`} (got ${describeValue(issue.input)})`;
		case 'too_small': {
			const min = Number(issue.minimum);
			if (issue.origin === 'string')
				return min <= 1 ? 'must not be empty' : `must have at least ${min} characters`;
			if (issue.origin === 'array') return `must have at least ${min} item${min === 1 ? '' : 's'}`;
			if (min === 0 && !issue.inclusive)
				return `must be a positive number (got ${describeValue(issue.input)})`;
			return `must be ${issue.inclusive ? '≥' : '>'} ${min} (got ${describeValue(issue.input)})`;
		}
		case 'too_big': {
			const max = Number(issue.maximum);
			if (issue.origin === 'string') return `must have at most ${max} characters`;
			if (issue.origin === 'array') return `must have at most ${max} items`;
			return `must be ${issue.inclusive ? '≤' : '<'} ${max} (got ${describeValue(issue.input)})`;
		}
		case 'invalid_value':
			return `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${describeValue(issue.input)})`;
		case 'invalid_format':
			if (issue.message.startsWith('Invalid')) {
				return `must match ${issue.format === 'regex' ? (issue as { pattern?: string }).pattern : issue.format} (got ${describeValue(issue.input)})`;
			}
			return `${issue.message} (got ${describeValue(issue.input)})`;
		case 'unrecognized_keys':
			return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
		case 'invalid_union':
			if ('options' in issue && Array.isArray(issue.options)) {
				// a discriminated union reports the whole object as input: show the discriminator
				const key = (issue as { discriminator?: string }).discriminator;
				const got = key !== undefined && isObject(issue.input) ? issue.input[key] : issue.input;
				return `must be one of ${issue.options.map((v) => JSON.stringify(v)).join(', ')} (got ${describeValue(got)})`;
			}
			return issue.message;
		default:
			return issue.message;
	}
}

/** Runs a schema; its issues become errors whose field is the issue path under `prefix`. */
export function schemaProblems(schema: z.ZodType, value: unknown, prefix = ''): Problem[] {
	const result = schema.safeParse(value, { reportInput: true });
	if (result.success) return [];
	return result.error.issues.map((issue) => {
		const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
		return { field: path || undefined, message: describeIssue(issue as Issue) };
	});
}
