import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'dist/',
			'.svelte-kit/',
			'node_modules/',
			'bench/results/',
			'bench/.tmp/',
			'static/embed.js',
			// A visual's folder written for a copy of the package: its test type-checks it there.
			'tests/fixtures/toy-visual/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
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
		// The benchmark's bare SvelteKit page is its own tiny app, outside this project's tsconfig.
		files: ['bench/bare/**/*.svelte'],
		languageOptions: { parserOptions: { projectService: false } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			],
			// Links in this project are resolved with `resolve()` or point at anchors and sources.
			'svelte/no-navigation-without-resolve': 'off'
		}
	}
);
