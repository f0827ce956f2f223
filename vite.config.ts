import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { splitSvelteRuntime } from './src/build/splitSvelteRuntime.js';
import { componentDocs } from './src/gallery/docsPlugin.js';
import { scrollyStories } from './src/lib/story/vitePlugin.js';

export default defineConfig({
	plugins: [
		componentDocs(),
		scrollyStories({
			// A story whose data file (or story.svx) or built page is larger stops the build: such a
			// page would not load on a reader's phone (docs/authoring.md, "Size limits").
			limits: { dataFileBytes: 512 * 1024, pageBytes: 3 * 1024 * 1024 }
		}),
		sveltekit(),
		splitSvelteRuntime()
	],
	test: {
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
