import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './src/build/compileHints.js';
import { serverStory } from './src/build/serverStory.js';
import { splitSvelteRuntime } from './src/build/splitSvelteRuntime.js';
import { siteWarnings } from './src/site/site.server.js';
import { componentDocs } from './src/gallery/docsPlugin.js';
import { scrollyStories } from './src/lib/build/vitePlugin.js';

/** Says once per build, plainly, what is missing from the publisher's configuration (SvelteKit
 * builds the server and the client from fresh copies of this file, so the mark is in the
 * environment they share). */
const siteConfig: Plugin = {
	name: 'site-config',
	apply: 'build',
	configResolved(config) {
		if (process.env.SCROLLY_SITE_CHECKED) return;
		process.env.SCROLLY_SITE_CHECKED = '1';
		for (const warning of siteWarnings(process.env, config.mode))
			config.logger.warn(`\n${warning}\n`);
	}
};

export default defineConfig({
	plugins: [
		siteConfig,
		componentDocs(),
		scrollyStories({
			// A story whose data file (or story.svx) or built page is larger stops the build: such a
			// page would not load on a reader's phone (docs/authoring.md, "Size limits").
			limits: { dataFileBytes: 512 * 1024, pageBytes: 3 * 1024 * 1024 }
		}),
		serverStory(),
		sveltekit(),
		splitSvelteRuntime(),
		compileHints()
	],
	// Bundled for the dev server at its start: found later, when a reader first scrolls to a
	// graphic, they made Vite reload the page mid-story, and a fresh clone's first `npm run dev`
	// lost the reader's place.
	optimizeDeps: {
		include: ['scrollama', 'layercake'],
		// Kept out of the dependency scan, which SvelteKit points at every route file: the
		// universal load files, which import build-time code (Node-only subpaths, the stories'
		// virtual module, not written yet when Vite scans), and the gallery's pages, whose code
		// samples hold <script> blocks that the scan reads as real imports. Scanned, they made a
		// fresh clone's first `npm run dev` print "Failed to run dependency scan" and four errors.
		// Without them the story, the gallery and the embeds still load once, with no dependency
		// found late (checked by hand); tests/e2e/dev-server.e2e.ts checks the start is clean.
		entries: ['!src/routes/**/+page.ts', '!src/routes/**/+layout.ts', '!src/routes/*/components/**']
	},
	build: {
		// A page's scripts are fetched by their imports alone: no <link rel="modulepreload"> in
		// the page (src/hooks.server.ts; a story page's own script is the one exception, preloaded
		// at low priority by src/build/storyScript.js), nor added by Vite's loader before a lazy
		// import. Each link it added cost the page's main thread about 2 ms (the transcript
		// embed's start: 8.8 ms in appendChild with the links in the HTML, 43.6 ms once Vite added
		// them). Its stylesheets are kept: a lazy component's CSS must be in the page before it
		// draws.
		modulePreload: {
			polyfill: false,
			resolveDependencies: (_file, deps) => deps.filter((dep) => dep.endsWith('.css'))
		}
	},
	test: {
		// Vitest takes one worker fewer than the machine's cores: one, on CI's two. Two are safe
		// (every test that writes files writes them in a folder of its own) and save about a
		// third of the run, much of which waits on child processes (builds, tsc).
		maxWorkers: 2,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'bench/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['tests/setup/jsdom.ts']
				}
			}
		]
	}
});
