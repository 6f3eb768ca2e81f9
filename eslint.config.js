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
			// Every HTML sink of the DOM, in .ts and in .svelte scripts and templates.
			'no-restricted-properties': [
				'error',
				...['innerHTML', 'outerHTML', 'setHTML', 'setHTMLUnsafe', 'insertAdjacentHTML'].map(
					(property) => ({ property, message: 'Render data as text nodes.' })
				),
				{ property: 'srcdoc', message: 'No HTML documents from strings.' },
				{ property: 'createContextualFragment', message: 'Render data as text nodes.' },
				{ property: 'parseHTMLUnsafe', message: 'Render data as text nodes.' },
				{ object: 'document', property: 'write', message: 'Render data as text nodes.' },
				{ object: 'document', property: 'writeln', message: 'Render data as text nodes.' }
			],
			// The browser's DOMParser makes documents from strings (an XML parser for KML is imported).
			'no-restricted-globals': [
				'error',
				{ name: 'DOMParser', message: 'Parse XML with @xmldom/xmldom; never HTML from data.' }
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "SvelteAttribute[key.name='srcdoc']",
					message: 'No HTML documents from strings.'
				},
				{
					selector: "SvelteDirective[kind='Binding'][key.name.name=/^(innerHTML|outerHTML)$/]",
					message: 'Render data as text nodes.'
				}
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'static/data/', 'node_modules/', 'test-results/'] }
);
