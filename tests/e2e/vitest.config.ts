import { defineConfig } from 'vitest/config';
import { LongestFirst } from './sequencer.js';

/**
 * End-to-end tests: real Chromium against the built static site in ./build.
 * Build first with the fixture stories included: `npm run build:test`.
 */
export default defineConfig({
	test: {
		name: 'e2e',
		root: new URL('../..', import.meta.url).pathname,
		include: ['tests/e2e/**/*.e2e.ts'],
		environment: 'node',
		globalSetup: ['tests/e2e/globalSetup.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: true,
		maxWorkers: 3,
		sequence: { sequencer: LongestFirst }
	}
});
