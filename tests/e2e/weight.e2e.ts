/**
 * What the build does to lighten the story page (src/build/): the stills are images whose
 * files draw the graphic, they load for a reader without JavaScript and for print, and the
 * page's web fonts, cut to its text, cover every character the page shows.
 */
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildBare } from '../../bench/build';
import { measurePageWeight } from '../../bench/weight';
import { serveStatic } from './staticServer';
import { COMPILE_HINT } from '../../src/build/compileHints';
import { loadStory } from '../../src/lib/build/loader';
import { openPage, openPageWithoutJs, openStill, useBrowser, VIEWPORTS } from './page';

const browser = useBrowser();
const STORY = '/american-plan/';
// Steps named from the story's data, so that renaming them cannot leave the test behind.
const { sections } = loadStory('stories/american-plan');
const FIRST_STEP = sections[0]!.steps[0]!.id;
/** The first step of a transcript: like each of its steps, it shows lines of the call. */
const TRANSCRIPT_STEP = sections.find((s) => s.visual === 'transcript')!.steps[0]!.id;

/** Every still image of the page: whether it has loaded and drawn, and its text alternative. */
const stills = (page: Page) =>
	page.$$eval('.scrolly-step-graphic img.scrolly-still', (imgs) =>
		(imgs as HTMLImageElement[]).map((img) => ({
			step: img.closest('.scrolly-step')?.id,
			loaded: img.complete && img.naturalWidth > 0,
			alt: img.alt
		}))
	);

describe('the stills', () => {
	it('are not in the page: each step keeps one lazy image of its still, with its caption', async () => {
		const html = await (await fetch(inject('baseUrl') + STORY)).text();
		const kept = [
			...html.matchAll(/<div class="scrolly-step-graphic[^"]*"><noscript>(.*?)<\/noscript>/g)
		];
		expect(kept.length).toBeGreaterThan(20);
		for (const [, inside] of kept)
			expect(inside).toMatch(
				/^<img class="scrolly-still" src="[^"]+\.svg" alt="[^"]+" loading="lazy" decoding="async">$/
			);
		expect(html).not.toContain('static-graphic');
	});

	it('load and draw for a reader without JavaScript', async () => {
		const { page, close } = await openPageWithoutJs(browser(), STORY, {
			viewport: VIEWPORTS.phone
		});
		const steps = await page.$$eval('.scrolly-step', (els) => els.map((el) => el.id));
		const found = await stills(page);
		expect(found.map((s) => s.step)).toEqual(steps);
		expect(found.filter((s) => !s.loaded)).toEqual([]);
		// Drawn: a blank image of that size compresses to a few hundred bytes.
		const picture = await page.locator(`#${FIRST_STEP} .scrolly-step-graphic img`).screenshot();
		expect(picture.byteLength).toBeGreaterThan(8_000);
		await close();
	});

	it('draw the graphic of their step, with its text in the page’s fallback fonts', async () => {
		const { page, close } = await openPageWithoutJs(browser(), STORY, {
			viewport: VIEWPORTS.phone
		});
		const still = await openStill(browser(), page, TRANSCRIPT_STEP);
		const graphic = '.scrolly-step-graphic .transcript';
		expect(await still.page.isVisible(graphic)).toBe(true);
		const font = await still.page.$eval(
			`${graphic} .speaker, ${graphic} p`,
			(el) => getComputedStyle(el).fontFamily
		);
		expect(font).toMatch(/Fallback|Georgia/);
		// In its file the still is stacked, and fills the image.
		const frame = await still.page.$eval('.scrolly-step-graphic', (el) => {
			const box = el.getBoundingClientRect();
			return [box.width, box.height, innerWidth, innerHeight];
		});
		expect(frame[0]).toBe(frame[2]);
		expect(frame[1]).toBe(frame[3]);
		expect(still.errors).toEqual([]);
		await still.close();
		await close();
	});

	it('all load for print, with JavaScript on', async () => {
		const { page, errors, close } = await openPage(browser(), STORY, { viewport: VIEWPORTS.phone });
		await page.emulateMedia({ media: 'print' });
		const steps = await page.locator('.scrolly-step').count();
		await expect
			.poll(async () => (await stills(page)).filter((s) => s.loaded).length, { timeout: 60_000 })
			.toBe(steps);
		expect(errors).toEqual([]);
		await close();
	}, 120_000);
});

describe('the story’s first load', () => {
	it('downloads at most 1.5× the JavaScript of a bare SvelteKit page (issue 17)', async () => {
		// The yardstick is built and measured here, from this project's packages, as the bench
		// does (bench/build.ts), so that it follows SvelteKit and Svelte when they change.
		const bare = await buildBare(resolve('.'));
		const bareServer = await serveStatic(bare.dir);
		try {
			const measure = (origin: string, buildDir: string, path: string) =>
				measurePageWeight(browser(), { origin, buildDir, path, viewport: VIEWPORTS.phone });
			const story = await measure(new URL(inject('baseUrl')).origin, resolve('build'), STORY);
			const yardstick = await measure(bareServer.url, bare.dir, '/');
			expect(story.unmapped).toEqual([]);
			expect(yardstick.firstLoad.js.gzip).toBeGreaterThan(10_000);
			// The graphics' code and data wait until the reader nears them.
			expect(story.firstLoadFiles.map((f) => f.path)).not.toContain(STORY + 'story.json');
			expect(story.firstLoad.js.gzip).toBeLessThanOrEqual(yardstick.firstLoad.js.gzip * 1.5);
		} finally {
			await bareServer.close();
			await bare.cleanup();
		}
	}, 120_000);

	it('leaves its scripts to its boot script: nothing preloads them beside the HTML (issue 17)', async () => {
		// Preloaded, a page's 15 to 20 scripts shared a slow link with its HTML and its fonts,
		// and held back its first paint (src/hooks.server.ts).
		for (const path of ['/embed/american-plan/', '/embed/american-plan/transcript/']) {
			const html = await (await fetch(inject('baseUrl') + path)).text();
			expect(html, path).not.toMatch(/rel="modulepreload"|as="script"/);
			expect(html, path).toMatch(/<link rel="preload" href="[^"]+\.woff2" as="font"/);
		}
		// The story page's one script, and only the few chunks it imports itself, come at low
		// priority, after what the first paint needs (src/build/storyScript.js).
		const storyHtml = await (await fetch(inject('baseUrl') + STORY)).text();
		expect(storyHtml).toMatch(/<link rel="preload" href="[^"]+\.woff2" as="font"/);
		expect(storyHtml).not.toMatch(/as="script"/);
		const preloads = storyHtml.match(/<link\b[^>]*rel="modulepreload"[^>]*>/g) ?? [];
		expect(preloads.length).toBeLessThanOrEqual(4);
		for (const link of preloads) expect(link).toMatch(/ fetchpriority="low">$/);
		// The embeds boot as SvelteKit pages; the story page is static HTML with one script of
		// its own (csr = false, src/build/storyScript.js): no router, no hydration.
		for (const path of ['/embed/american-plan/', '/embed/american-plan/transcript/']) {
			const html = await (await fetch(inject('baseUrl') + path)).text();
			expect(html, path).toMatch(/import\("[^"]+\/entry\/start\.[\w-]+\.js"\)/);
		}
		const story = await (await fetch(inject('baseUrl') + STORY)).text();
		expect(story).not.toContain('/entry/start.');
		expect(story.match(/<script\b(?![^>]*application\/ld\+json)[^>]*>/g)).toEqual([
			expect.stringMatching(
				/^<script type="module" src="\.\.\/_app\/immutable\/chunks\/[\w-]+\.js" fetchpriority="low">$/
			)
		]);
		// And the page still comes to life from that script alone.
		const { page, errors, close } = await openPage(browser(), STORY, {
			viewport: VIEWPORTS.phone
		});
		await page.locator('.scrolly').first().scrollIntoViewIfNeeded();
		await page.locator('[data-island][data-hydrated]').first().waitFor({ timeout: 30_000 });
		expect(errors).toEqual([]);
		await close();
	}, 60_000);
});

describe('the scripts', () => {
	it('are each marked for eager compilation, on their first line (src/build/compileHints.ts)', async () => {
		// Every script a page loads, the story's boot script and the islands it loads as the
		// reader scrolls, as the browser receives them.
		const { page, close } = await openPage(browser(), STORY, { viewport: VIEWPORTS.phone });
		const scripts = new Set<string>();
		page.on('response', (response) => {
			if (response.url().endsWith('.js')) scripts.add(response.url());
		});
		const islands = page.locator('[data-island]');
		for (let i = 0; i < (await islands.count()); i++) {
			await islands.nth(i).scrollIntoViewIfNeeded();
			await page.locator('[data-island][data-hydrated]').nth(i).waitFor({ timeout: 30_000 });
		}
		await close();
		expect(scripts.size).toBeGreaterThan(5);
		for (const url of scripts) {
			const code = await (await fetch(url)).text();
			expect(code.split('\n', 1)[0], url).toBe(COMPILE_HINT);
		}
	}, 60_000);
});

describe('the story’s data', () => {
	it('is not written into the page, which has no inline script', async () => {
		const html = await (await fetch(inject('baseUrl') + STORY)).text();
		// The islands' data (the draft path's layout, the calls…) was once 80 KB of an inline
		// script; then the page's head was; now there is none (csr = false).
		expect(html.match(/<script>/g)).toBeNull();
		expect(html).not.toContain('draftPath');
		const story = await (await fetch(inject('baseUrl') + STORY + 'story.json')).json();
		expect(story.layouts.draftPath).toBeDefined();
	});

	it('reaches the graphics from story.json, which they draw from', async () => {
		const { page, errors, close } = await openPage(browser(), STORY, {
			viewport: VIEWPORTS.phone
		});
		await page.locator('.scrolly').first().scrollIntoViewIfNeeded();
		await page.locator('[data-island][data-hydrated]').first().waitFor({ timeout: 30_000 });
		const fetched = await page.evaluate(() =>
			performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
		);
		expect(fetched).toContain(STORY + 'story.json');
		expect(errors).toEqual([]);
		await close();
	}, 60_000);
});

describe('the web fonts, cut to the site’s text', () => {
	it('cover every character the story shows, once its graphics have come to life', async () => {
		const { page, close } = await openPage(browser(), STORY, { viewport: VIEWPORTS.desktop });
		await page.evaluate(async () => {
			for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
				window.scrollTo(0, y);
				await new Promise((resolve) => setTimeout(resolve, 40));
			}
		});
		const missing = await page.evaluate(() => {
			const covers = (range: string) => {
				const spans = range.split(',').map((part) => {
					const [from, to] = part.trim().slice(2).split('-');
					return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
				});
				return (c: number) => spans.some(([a, b]) => c >= a! && c <= b!);
			};
			const faces = [...document.fonts].filter((f) =>
				/Source Serif 4|Inter Variable/.test(f.family)
			);
			const ranges = faces.map((f) => covers(f.unicodeRange));
			const shown = new Set([...document.body.innerText].filter((c) => c.trim() !== ''));
			return [...shown].filter((c) => !ranges.some((r) => r(c.codePointAt(0)!)));
		});
		expect(missing).toEqual([]);
		await close();
	}, 120_000);
});
