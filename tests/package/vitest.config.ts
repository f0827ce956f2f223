import { defineConfig } from 'vitest/config';

/**
 * The package as a designer receives it: packed with `npm pack`, linted with publint, installed
 * into a throwaway SvelteKit app outside the repository and built there.
 */
export default defineConfig({
	test: {
		name: 'package',
		root: new URL('../..', import.meta.url).pathname,
		include: ['tests/package/**/*.test.ts'],
		environment: 'node',
		testTimeout: 300_000,
		hookTimeout: 300_000,
		fileParallelism: false
	}
});
