import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { shortCssHash } from './src/build/cssHash.js';
import { withPostBuild } from './src/build/postBuild.js';
import { remarkInlineParagraphs } from './src/build/remarkInlineParagraphs.js';
import { THEME_SCRIPT } from './src/lib/embed/theme.js';

/**
 * BASE_PATH lets a newsroom host the built site under a sub-path, e.g. BASE_PATH=/graphics/2025.
 * It must start with a slash and must not end with one (SvelteKit's rule); an empty string means
 * the site is served from the root.
 */
const base = process.env.BASE_PATH ?? '';
if (base && !/^\/[\w\-./]*[^/]$/.test(base)) {
	throw new Error(
		`BASE_PATH="${base}" is not a valid sub-path. Use a path that starts with "/" and does not end with "/", e.g. BASE_PATH=/graphics/american-plan`
	);
}

/** Where the static site is written; tests build variants (e.g. with a BASE_PATH) elsewhere. */
const out = process.env.SCROLLY_OUT ?? 'build';

/** The embeds' inline theme script (src/lib/embed/theme.js) is allowed by its hash. */
const themeScriptHash = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.svx'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.svx'],
			// Stories use runes components; forward props the runes way.
			layoutPropForwarding: 'runes',
			// No code blocks in stories: skip Prism entirely.
			highlight: false,
			// A paragraph that begins with a <Claim> stays a paragraph (see there).
			remarkPlugins: [remarkInlineParagraphs]
		})
	],
	// Seven characters of scoping class on each styled element instead of fourteen.
	compilerOptions: { cssHash: shortCssHash },
	onwarn(warning, handler) {
		// mdsvex still writes `<script context="module">` for frontmatter in .svx files.
		if (warning.code === 'script_context_deprecated' && warning.filename?.endsWith('.svx')) return;
		handler(warning);
	},
	kit: {
		// The site's own code and the component gallery's parts, out of src/lib so that the package
		// ships only what designers import (tests/unit/import-rules.test.ts keeps it so).
		alias: { $site: 'src/site', $gallery: 'src/gallery' },
		// The toy visual is a folder of src/lib/visuals written for a copy of the package
		// (tests/unit/toy-visual.test.ts type-checks it there); here its imports lead nowhere.
		typescript: {
			config(config) {
				config.exclude.push('../tests/fixtures/toy-visual/**');
			}
		},
		// After the adapter: one stylesheet a page, stills out of the HTML… (src/build/postBuild.js).
		adapter: withPostBuild(adapter({ pages: out, assets: out, strict: true }), out),
		paths: { base, relative: true },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The routes of editions in other languages (`[locale=locale]`) have no page when no
			// story has a translation (the test builds of one fixture story); any other unseen
			// route stops the build.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => !route.includes('[locale=locale]'))) throw new Error(message);
			}
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', themeScriptHash],
				'style-src': ['self'],
				// LayerCake and Svelte style bindings write inline style attributes.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
