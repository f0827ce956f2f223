/**
 * Serves ./build once for all end-to-end test files, and checks it holds what the tests need.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from './staticServer';

let server: StaticServer | undefined;

export async function setup(project: TestProject) {
	if (!existsSync('build/harbour-vote/index.html')) {
		throw new Error(
			'build/ has no fixture story. Build the site with the test stories first: npm run build:test'
		);
	}
	server = await serveStatic('build');
	project.provide('baseUrl', server.url);
}

export async function teardown() {
	await server?.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
