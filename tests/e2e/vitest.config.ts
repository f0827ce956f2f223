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
		// Three on a machine of two cores: a test spends much of its time waiting for a page to
		// settle, and a third worker fills those waits (a full run: 602 s at two, 535 s at three).
		maxWorkers: 3,
		sequence: { sequencer: LongestFirst }
	}
});
