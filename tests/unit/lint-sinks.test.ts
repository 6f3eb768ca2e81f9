/**
 * The lint rules that keep data out of HTML catch every sink, in TypeScript
 * and in Svelte templates: the probes below must each raise an error.
 */
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
// the probes are not files of the TypeScript project: type-aware parsing is off for them
const eslint = new ESLint({
	cwd: ROOT,
	overrideConfig: {
		files: ['**/*.svelte'],
		languageOptions: { parserOptions: { projectService: false } }
	}
});

async function errorsIn(fixture: string, as: string): Promise<number[]> {
	const text = readFileSync(new URL(`../fixtures/lint/${fixture}`, import.meta.url), 'utf8');
	const [result] = await eslint.lintText(text, { filePath: `${ROOT}src/lib/${as}` });
	return result!.messages.filter((m) => m.severity === 2).map((m) => m.line);
}

describe('HTML sinks are lint errors', () => {
	it('in TypeScript: innerHTML, outerHTML, insertAdjacentHTML, document.write, srcdoc, createContextualFragment, DOMParser', async () => {
		expect(new Set(await errorsIn('sinks.ts.txt', 'probe.ts'))).toEqual(
			new Set([2, 3, 4, 5, 6, 7, 8])
		);
	}, 60_000);

	it('in Svelte templates: bind:innerHTML, srcdoc, {@html}', async () => {
		expect(new Set(await errorsIn('Sinks.svelte.txt', 'components/Probe.svelte'))).toEqual(
			new Set([5, 6, 7])
		);
	}, 60_000);
});
