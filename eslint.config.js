import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Data is rendered as text, never as HTML.
			'svelte/no-at-html-tags': 'error',
			// Shallow routing writes the same page's query string; there is no route to resolve.
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignorePushState: true, ignoreReplaceState: true }
			],
			// Local, short-lived URL/Set values in pure helpers are not reactive state.
			'svelte/prefer-svelte-reactivity': 'off',
			'no-restricted-properties': [
				'error',
				{ property: 'innerHTML', message: 'Render data as text nodes.' },
				{ property: 'setHTML', message: 'Render data as text nodes.' }
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'static/data/', 'node_modules/', 'test-results/'] }
);
