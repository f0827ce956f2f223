/**
 * A newsroom drops build/ on any static host, under any sub-path. Build with BASE_PATH into a
 * temporary folder, serve it under that path, and check that pages, assets and the scrolly
 * engine all work there.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './staticServer';
import { useBrowser, waitForScrolly, scrollStepToTrigger } from './page';

const BASE = '/graphics/scrolly';
const browser = useBrowser();
let server: StaticServer;
let out: string;

beforeAll(() => {
	out = mkdtempSync(join(tmpdir(), 'base-path-'));
	const result = spawnSync('npx', ['vite', 'build'], {
		encoding: 'utf8',
		env: {
			...process.env,
			BASE_PATH: BASE,
			SCROLLY_OUT: out,
			SCROLLY_STORIES: 'tests/fixtures/stories'
		}
	});
	if (result.status !== 0)
		throw new Error(`BASE_PATH build failed:\n${result.stdout}\n${result.stderr}`);
}, 180_000);

beforeAll(async () => {
	server = await serveStatic(out, { base: BASE });
});

afterAll(async () => {
	await server?.close();
	rmSync(out, { recursive: true, force: true });
});

it('serves the index and a story under the sub-path with no failed request', async () => {
	const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
	const page = await context.newPage();
	const failed: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	page.on('pageerror', (error) => failed.push(error.message));
	await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
	await page.click('a[href$="harbour-vote/"]');
	await page.waitForURL(`${server.url}/harbour-vote/`);
	await waitForScrolly(page);
	await scrollStepToTrigger(page, 'hv-vote');
	await expect.poll(() => page.$eval('.scrolly-step.is-active', (el) => el.id)).toBe('hv-vote');

	// A fresh load of the story page itself, as a reader arriving from a link.
	await page.goto(`${server.url}/harbour-vote/`, { waitUntil: 'networkidle' });
	await waitForScrolly(page);
	const stylesheets = await page.$$eval('link[rel="stylesheet"]', (links) =>
		links.map((l) => l.getAttribute('href'))
	);
	expect(stylesheets.length).toBeGreaterThan(0);
	for (const href of stylesheets) expect(href).not.toMatch(/^\//);
	expect(failed).toEqual([]);
	await context.close();
});
