/**
 * `npm run dev`, the README's first command: the story is styled there too, and comes to life.
 * SvelteKit's dev server inlines the styles of a page's server render, found by walking its
 * modules; a story page is static HTML (csr = false), so they stay, and the page links its one
 * script's source itself (src/routes/(site)/[slug]/+page.svelte), which the build otherwise adds.
 * The styles once failed for the story's components (sections, claims, visuals), whose markup
 * only the server renders: the page looked unstyled. The built site is checked everywhere else.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useBrowser } from './page';

const browser = useBrowser();
let server: ChildProcess;
let url: string;
/** Everything the dev server printed, both streams. */
let output = '';

beforeAll(async () => {
	// --force: the dependency scan runs as on a fresh clone's first start, whatever Vite cached.
	server = spawn('npx', ['vite', 'dev', '--port', '5289', '--strictPort', '--force'], {
		env: { ...process.env, SCROLLY_STORIES: 'tests/fixtures/stories' },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	url = await new Promise<string>((resolve, reject) => {
		server.stdout!.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const found = /Local:\s+(http:\/\/\S+)/.exec(stripVTControlCharacters(output));
			if (found) resolve(found[1]!);
		});
		server.on('exit', (code) => reject(new Error(`vite dev exited (${code}):\n${output}`)));
	});
}, 60_000);

afterAll(() => {
	if (server?.pid) process.kill(-server.pid);
});

it('starts without an error, and serves a story with its components styled, whose islands come to life', async () => {
	const page = await browser().newPage({ viewport: { width: 375, height: 812 } });
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	// A fresh dev server optimizes dependencies on its first loads, and may reload the page or
	// fail its start meanwhile: load it again until its first island has come to life.
	for (let attempt = 1; ; attempt++) {
		errors.length = 0;
		await page.goto(`${url}harbour-vote/`, { waitUntil: 'networkidle', timeout: 60_000 });
		await page.locator('.scrolly').first().scrollIntoViewIfNeeded();
		const started = await page
			.locator('[data-island][data-hydrated]')
			.first()
			.waitFor({ timeout: 20_000 })
			.then(
				() => true,
				() => false
			);
		if (started) break;
		if (attempt === 4)
			throw new Error(`The story never came to life under the dev server: ${errors}`);
	}
	// Rules of <Scrolly> and <StorySection>, which only the server renders.
	const styles = await page.evaluate(() => ({
		graphic: getComputedStyle(document.querySelector('.scrolly-graphic')!).position,
		summary: getComputedStyle(document.querySelector('.text-alternative summary')!).cursor
	}));
	expect(styles).toEqual({ graphic: 'sticky', summary: 'pointer' });
	expect(errors).toEqual([]);
	await page.close();
	// A newcomer's first `npm run dev` once opened on "Failed to run dependency scan" and four
	// errors (vite.config.ts's optimizeDeps.entries says why), though the site then worked.
	expect(stripVTControlCharacters(output)).not.toMatch(/error|failed/i);
}, 240_000);
