/**
 * Helpers shared by the end-to-end tests: a browser per test file, pages that record console
 * errors, and scrolling the way a reader does.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import type {
	Browser,
	BrowserContext,
	BrowserContextOptions,
	Page,
	Request
} from 'playwright-core';
import { launchChromium } from './browser';

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1440, height: 900 };
export const VIEWPORTS = { phone: PHONE, desktop: DESKTOP } as const;

/** Launches Chromium once for the calling test file. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('The browser is not running yet: call it inside a test');
		return browser;
	};
}

export interface TestPage {
	page: Page;
	/** Console errors, Content-Security-Policy violations and uncaught exceptions seen so far. */
	errors: string[];
	close(): Promise<void>;
}

export interface PageOptions extends BrowserContextOptions {
	/** false: the site's web fonts fail to load, as they do for a reader whose copy arrives too
	 * late for `font-display: optional`, and the page uses the local fallback faces. */
	webFonts?: boolean;
}

/** Opens `path` on the test server with a fresh context. */
export async function openPage(
	browser: Browser,
	path: string,
	options: PageOptions = {}
): Promise<TestPage> {
	const { webFonts = true, ...contextOptions } = options;
	const context = await browser.newContext({ viewport: DESKTOP, ...contextOptions });
	if (!webFonts) await context.route(/\.woff2$/, (route) => route.abort());
	// A policy violation is an error like any other: every test that expects no error expects
	// none of these either (the site's pages carry a strict policy, see resilience.e2e.ts).
	await context.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`)
		)
	);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	const quiet = trackMainFrameRequests(page);
	await page.goto(inject('baseUrl') + path, { waitUntil: 'load' });
	await quiet();
	return { page, errors, close: () => closeContext(context) };
}

/**
 * Opens the still that step `stepId` of `page` shows in the stacked layout: an SVG file (the
 * build takes each still out of the story page, see src/build/stills.js), opened as a document
 * the size the page shows it, with the page's colour scheme. The graphic's markup is inside it,
 * under the step's `.scrolly-step-graphic`, drawn as the image draws it.
 */
export async function openStill(browser: Browser, page: Page, stepId: string): Promise<TestPage> {
	const image = page.locator(`#${stepId} .scrolly-step-graphic img.scrolly-still`);
	await image.scrollIntoViewIfNeeded();
	const { src, width, height, dark } = await image.evaluate((img: HTMLImageElement) => ({
		src: img.currentSrc || img.src,
		width: Math.round(img.getBoundingClientRect().width),
		height: Math.round(img.getBoundingClientRect().height),
		dark: matchMedia('(prefers-color-scheme: dark)').matches
	}));
	const context = await browser.newContext({
		viewport: { width, height },
		colorScheme: dark ? 'dark' : 'light'
	});
	const still = await context.newPage();
	const errors: string[] = [];
	still.on('pageerror', (error) => errors.push(error.message));
	const response = await still.goto(src, { waitUntil: 'load' });
	if (!response?.ok()) throw new Error(`The still of #${stepId} (${src}) did not load`);
	return { page: still, errors, close: () => closeContext(context) };
}

/** Closes a context, first letting go of its routes: a request still in flight would otherwise
 * reach a route handler after the context is gone, an unhandled rejection that fails the run. */
async function closeContext(context: BrowserContext): Promise<void> {
	await context.unrouteAll({ behavior: 'ignoreErrors' });
	await context.close();
}

/**
 * Playwright's `networkidle` counts the requests of every frame, and on a busy machine the
 * embed builder's preview iframes (whole pages of their own, checked on their own) kept it from
 * ever arriving. This watches the page's own requests only. Call it before navigating; the
 * function it returns resolves once none has been in flight for `quietMs`.
 */
export function trackMainFrameRequests(page: Page, quietMs = 500): () => Promise<void> {
	const inflight = new Set<unknown>();
	let lastChange = Date.now();
	const mine = (request: Request) => {
		try {
			return request.frame() === page.mainFrame();
		} catch {
			return false; // a service worker's request has no frame
		}
	};
	page.on('request', (request) => {
		if (!mine(request)) return;
		inflight.add(request);
		lastChange = Date.now();
	});
	const settle = (request: Request) => {
		if (inflight.delete(request)) lastChange = Date.now();
	};
	page.on('requestfinished', settle);
	page.on('requestfailed', settle);
	return async (timeout = 30_000) => {
		const start = Date.now();
		while (inflight.size > 0 || Date.now() - lastChange < quietMs) {
			if (Date.now() - start > timeout)
				throw new Error(
					`${inflight.size} requests of ${page.url()} still in flight after ${timeout} ms`
				);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	};
}

/**
 * Scrolls from the top of the page to its end, `step` of a screen at a time, as a reader
 * skimming it does, so that whatever loads on the way (islands, their chunks, lazy stills) has
 * loaded, then back to the top; resolves once the page's own requests have settled.
 */
export async function scrollThrough(page: Page, step = 1): Promise<void> {
	const quiet = trackMainFrameRequests(page);
	await page.evaluate(async (step) => {
		for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * step) {
			window.scrollTo(0, y);
			await new Promise((resolve) => setTimeout(resolve, 30));
		}
		window.scrollTo(0, 0);
	}, step);
	await quiet();
}

/**
 * Waits until every Scrolly on the page has set up its scroll engine. Story pages load the
 * engine only as the reader nears a section, so this brings the first one into view, waits,
 * and returns to where the page was.
 */
export async function waitForScrolly(page: Page): Promise<void> {
	const ready = () =>
		Array.from(document.querySelectorAll('.scrolly')).every(
			(el) => el.getAttribute('data-layout') !== 'ssr'
		);
	if (await page.evaluate(ready)) return;
	const y = await page.evaluate(() => {
		const before = window.scrollY;
		document.querySelector('.scrolly')?.scrollIntoView();
		return before;
	});
	await page.waitForFunction(ready);
	await page.evaluate((top) => window.scrollTo(0, top), y);
}

/** Opens a page with JavaScript disabled: what a reader without it gets. Only reading works in
 * it (queries, `$$eval`): Chromium runs no timers in such a page, so axe cannot run there; see
 * `openStaticCopy`. */
export async function openPageWithoutJs(
	browser: Browser,
	path: string,
	options: PageOptions = {}
): Promise<TestPage> {
	return openPage(browser, path, { ...options, javaScriptEnabled: false });
}

/**
 * Opens a copy of the page as a reader without JavaScript gets it, in which tools can still run
 * scripts: the served HTML with every script removed (so none of the page's code runs), and the
 * stylesheets' `(scripting: none)` rules in force and their `(scripting: enabled)` rules off
 * (Chromium cannot emulate that media feature, so they are rewritten). Tests that use it compare
 * it with `openPageWithoutJs`.
 */
export async function openStaticCopy(
	browser: Browser,
	path: string,
	options: PageOptions = {}
): Promise<TestPage> {
	const { webFonts = true, ...contextOptions } = options;
	const context = await browser.newContext({ viewport: DESKTOP, ...contextOptions });
	await context.route('**/*', async (route) => {
		const type = route.request().resourceType();
		if (type === 'script' || (type === 'font' && !webFonts)) return route.abort();
		if (type !== 'document' && type !== 'stylesheet') return route.continue();
		const response = await route.fetch();
		let body = await response.text();
		if (type === 'document')
			body = body
				.replace(/<script\b[\s\S]*?<\/script>/gi, '')
				.replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');
		else
			body = body
				.replace(/\(\s*scripting\s*:\s*none\s*\)/g, 'all')
				.replace(/\(\s*scripting\s*:\s*enabled\s*\)/g, 'not all');
		await route.fulfill({ response, body });
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const quiet = trackMainFrameRequests(page);
	await page.goto(inject('baseUrl') + path, { waitUntil: 'load' });
	await quiet();
	return { page, errors, close: () => closeContext(context) };
}

/**
 * Scrolls so that the step's top sits just above the trigger line, as a reader would. Sections
 * the browser has not laid out yet (content-visibility) take their real height as they come
 * into view, which moves what follows them: like a reader, it corrects until the step stays put.
 */
export async function scrollStepToTrigger(page: Page, stepId: string, offset = 0.6): Promise<void> {
	for (let attempt = 0; attempt < 5; attempt++) {
		const moved = await page.evaluate(
			async ({ id, offset }) => {
				const el = document.getElementById(id);
				if (!el) throw new Error(`No step #${id}`);
				const target = innerHeight * offset - 20;
				const distance = el.getBoundingClientRect().top - target;
				if (Math.abs(distance) < 1) return false;
				window.scrollBy(0, distance);
				await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
				return true;
			},
			{ id: stepId, offset }
		);
		if (!moved) break;
	}
	await settleStep(page, stepId);
}

/**
 * Waits until the page shows what a step asks for. When its section is pinned: the engine has
 * made it active, every island in view is hydrated, and no transition is running (endless
 * animations aside). Then two frames, for the last style changes to be drawn.
 */
export async function settleStep(page: Page, stepId: string): Promise<void> {
	await page.waitForFunction((id) => {
		const step = document.getElementById(id);
		const section = step?.closest('.scrolly');
		// Stacked (no engine, no islands: an embed without its loader, no JavaScript), the server's
		// page is what the step shows.
		if (section?.getAttribute('data-layout') !== 'sticky') return true;
		if (!step!.classList.contains('is-active')) return false;
		for (const island of document.querySelectorAll('[data-island]')) {
			const box = island.getBoundingClientRect();
			const inView = box.bottom > 0 && box.top < innerHeight && box.height > 0;
			if (inView && !island.hasAttribute('data-hydrated')) return false;
		}
		return document
			.getAnimations()
			.every(
				(a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity
			);
	}, stepId);
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
}

/** Scrolls the whole page from top to bottom in steps of a quarter viewport, as a reader
 * would, and records the active steps in the order they became active. */
export async function activeStepsWhileScrolling(
	page: Page,
	selector = '.scrolly'
): Promise<string[]> {
	const seen: string[] = [];
	for (;;) {
		const moved = await page.evaluate(async () => {
			const before = window.scrollY;
			window.scrollBy(0, Math.round(innerHeight / 4));
			// Two frames: one for the intersection observers, one for the render.
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			return window.scrollY !== before;
		});
		await page.waitForTimeout(30);
		// Every section keeps an active step; what counts is the one of the section the reader
		// is in, the one whose box holds the trigger line.
		const active = await page.$$eval(`${selector}`, (els) =>
			els
				.filter((el) => {
					const box = el.getBoundingClientRect();
					const trigger = innerHeight * 0.6;
					return box.top <= trigger && box.bottom > trigger;
				})
				.map((el) => el.querySelector('.scrolly-step.is-active')?.id)
				.filter((id): id is string => Boolean(id))
		);
		for (const id of active) if (!seen.includes(id)) seen.push(id);
		if (!moved) return seen;
	}
}

/**
 * Brings an element into view and waits until the island in or around it is live: hydrated, or
 * mounted (story pages start islands as the reader comes near, and leave a pinned graphic's
 * empty for the browser to mount: name its `.scrolly-graphic` then). A hydrated app has no
 * islands, so this returns at once there.
 */
export async function readyIsland(page: Page, selector: string): Promise<void> {
	await page.locator(selector).first().scrollIntoViewIfNeeded();
	await page.waitForFunction((sel) => {
		const element = document.querySelector(sel);
		const island = element?.closest('[data-island]') ?? element?.querySelector('[data-island]');
		return !island || island.hasAttribute('data-hydrated');
	}, selector);
	// An island mounted into an empty element has just grown: into view again.
	await page.locator(selector).first().scrollIntoViewIfNeeded();
}

/** Waits until no CSS transition or animation has run on the page for `quietMs`: for a change
 * that the page makes some frames after the call (the scroll engine reacting to a scroll). */
export async function waitForStillness(page: Page, quietMs = 300, timeout = 10_000): Promise<void> {
	await page.waitForFunction(
		(quiet) =>
			new Promise((resolve) => {
				let since = performance.now();
				const frame = () => {
					if (document.getAnimations().some((a) => a.playState === 'running'))
						since = performance.now();
					if (performance.now() - since >= quiet) resolve(true);
					else requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			}),
		quietMs,
		{ timeout }
	);
}

/** Waits until no CSS transition or animation runs on the page, two frames after the call (a
 * transition starts on the frame after the change that causes it). */
export async function waitForTransitionsToEnd(page: Page, timeout = 5_000): Promise<void> {
	await page.waitForFunction(
		() =>
			new Promise((resolve) =>
				requestAnimationFrame(() =>
					requestAnimationFrame(() =>
						resolve(document.getAnimations().every((a) => a.playState !== 'running'))
					)
				)
			),
		undefined,
		{ timeout }
	);
}
