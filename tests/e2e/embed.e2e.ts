/**
 * Embeds in real Chromium, on two origins: publishers' pages (tests/fixtures/hosts/) served from
 * http://127.0.0.1:PORT embed the fixture story from http://localhost:OTHERPORT, which serves
 * ./build with the shipped _headers.
 *
 * Covered: the host loader pinning and scrolling the whole feature (steps in order, graphic in
 * view, wrapper height), wheel/touch/keys over the iframe, several embeds and a sandboxed one,
 * forged messages (wrong window, wrong origin, a document navigated into a sandboxed frame) and
 * extreme values, the fallbacks without our loader (stacked, pym.js, WordPress, AMP), the
 * single-visual embed, the builder page, oEmbed, themes, the loader's size, and who may frame
 * which page under the shipped headers.
 * Accessibility of the embed pages and the builder is checked by a11y.e2e.ts, with every page.
 */
import { gzipSync } from 'node:zlib';
import { isDeepStrictEqual as isEqual } from 'node:util';
import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveEmbedOrigin, serveHostOrigin, type Origin } from './embedServers';
import { loadStory } from '../../src/lib/build/loader';
import { DESKTOP, PHONE, trackMainFrameRequests, useBrowser, VIEWPORTS } from './page';

const browser = useBrowser();
let embed: Origin;
let host: Origin;

beforeAll(async () => {
	embed = await serveEmbedOrigin();
	host = await serveHostOrigin(embed.url);
});
afterAll(async () => {
	await host?.close();
	await embed?.close();
});

const STORY = 'harbour-vote';
/** The fixture story's scrolly sections (a timeline first), as step ids, from its data. */
const SECTIONS = loadStory(`tests/fixtures/stories/${STORY}`).sections.map((section) =>
	section.steps.map((step) => step.id)
);
const STEPS = SECTIONS[0]!;
const ALL_STEPS = SECTIONS.flat();
const CAPTIONS = [
	'The timeline highlights March 2, the proposal.',
	'The timeline highlights March 9, the debate.',
	'The timeline highlights March 16, the vote.'
];
/** The article fixture pins the iframe under its 56px sticky masthead. */
const OFFSET = 56;
/** How long a test waits for what follows messages across the frame to settle: an embed's
 * height where the loader or a host library follows it (fonts and islands can still change the
 * document after the first messages), the host's scroll to a step, an embed loaded into its
 * frame again. On a loaded machine (CI runs three browsers on two cores) that takes seconds,
 * not expect.poll's default second. */
const SETTLE_MS = 10_000;

interface HostPage {
	page: Page;
	/** Console errors and uncaught exceptions, in the host page and in its frames. */
	errors: string[];
	close(): Promise<void>;
}

async function openHost(
	path: string,
	{ webFonts = true, ...options }: BrowserContextOptions & { webFonts?: boolean } = {}
): Promise<HostPage> {
	const context = await browser().newContext({ viewport: DESKTOP, ...options });
	// false: the fallback faces only, so that a reloaded embed lays out as the first load did
	// (with `font-display: optional`, a first load may miss the web fonts that a reload has).
	if (!webFonts) await context.route(/\.woff2$/, (route) => route.abort());
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() !== 'error') return;
		// The fonts this host blocks, and nothing else, may fail to load.
		const blockedFont = !webFonts && /\.woff2$/.test(msg.location().url);
		if (!(blockedFont && msg.text().startsWith('Failed to load resource'))) errors.push(msg.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(host.url + path, { waitUntil: 'load' });
	return { page, errors, close: () => context.close() };
}

/** The document inside an iframe of the host page. (An iframe has none while it navigates to
 * another origin, as when the loader adds the token to its address: on a loaded machine that
 * takes more than expect.poll's default second.) */
async function frameOf(page: Page, selector = 'iframe[data-scrolly]'): Promise<Frame> {
	const handle = await page.waitForSelector(selector, { state: 'attached' });
	let frame: Frame | null = null;
	await expect
		.poll(async () => (frame = await handle.contentFrame()), {
			message: `${selector} has no document`,
			timeout: 10_000
		})
		.not.toBeNull();
	return frame!;
}

/**
 * Waits until the loader has taken over the scrolling of a whole-feature embed. The iframe is
 * brought into view for it, then the host page returns to where it was: Chromium may pause the
 * rendering of an off-screen cross-origin frame (and with it the observers that start its scroll
 * engine) until it comes into view, as a reader's scrolling would bring it.
 */
async function waitSticky(frame: Frame): Promise<void> {
	const iframe = await frame.frameElement();
	const y = await iframe.evaluate((el) => {
		const before = window.scrollY;
		(el as Element).scrollIntoView({ block: 'nearest', behavior: 'instant' });
		return before;
	});
	await frame.waitForFunction(
		() =>
			document.documentElement.dataset.embedScroll === 'host' &&
			document.querySelector('.scrolly')?.getAttribute('data-layout') === 'sticky'
	);
	await iframe.evaluate((_el, top) => window.scrollTo({ top, behavior: 'instant' }), y);
}

/** Records the `scrolly:step` events the loader dispatches on each iframe. */
async function recordStepEvents(page: Page): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as { stepEvents: { frame: string; id: string; index: number }[] };
		w.stepEvents = [];
		document.addEventListener('scrolly:step', (event) => {
			const detail = (event as CustomEvent<{ id: string; index: number }>).detail;
			w.stepEvents.push({ frame: (event.target as HTMLElement).id || 'iframe', ...detail });
		});
	});
}

/** Waits until no step event has come for `quietMs`, then empties the record. */
async function untilNoStepFor(page: Page, quietMs: number): Promise<void> {
	for (let i = 0; i < 20; i++) {
		const before = (await stepEvents(page)).length;
		await page.waitForTimeout(quietMs);
		if ((await stepEvents(page)).length === before) break;
	}
	await page.evaluate(() => {
		(window as unknown as { stepEvents: unknown[] }).stepEvents.length = 0;
	});
}

const stepEvents = (page: Page) =>
	page.evaluate(
		() =>
			(window as unknown as { stepEvents: { frame: string; id: string; index: number }[] })
				.stepEvents
	);

/** Geometry of an embed in the host page. */
function embedBox(page: Page, selector = 'iframe[data-scrolly]') {
	return page.$eval(selector, (iframe) => {
		const wrap = iframe.parentElement!.getBoundingClientRect();
		const frame = iframe.getBoundingClientRect();
		return {
			scrollY: window.scrollY,
			wrapTop: wrap.top,
			wrapHeight: wrap.height,
			frameTop: frame.top,
			frameHeight: frame.height,
			innerHeight: window.innerHeight
		};
	});
}

const nextFrames = (page: Page | Frame) =>
	page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);

/** Waits for the end of a smooth (wheel) scroll: two reads 150 ms apart agree. */
async function settled(page: Page): Promise<void> {
	let last = -1;
	for (let i = 0; i < 40; i++) {
		const y = await page.evaluate(() => window.scrollY);
		if (y === last) return;
		last = y;
		await page.waitForTimeout(150);
	}
}

/** Scrolls the host so that a step of the iframe's story sits just above its trigger line. */
async function scrollHostToStep(page: Page, frame: Frame, id: string, offset: number) {
	const y = await frame.evaluate(
		(id) =>
			document.getElementById(id)!.getBoundingClientRect().top + scrollY - innerHeight * 0.6 + 20,
		id
	);
	await page.evaluate(
		({ y, offset }) => {
			const wrap = document.querySelector('iframe[data-scrolly]')!.parentElement!;
			window.scrollTo(0, wrap.getBoundingClientRect().top + scrollY - offset + y);
		},
		{ y, offset }
	);
}

const documentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

const activeStep = (frame: Frame) =>
	frame.$eval('.scrolly-step.is-active', (el) => el.id).catch(() => undefined);

/** The token the loader gave a frame, read from the frame's own address. */
const tokenOf = (frame: Frame) =>
	frame.evaluate(() => /[#&]scrolly=([\w-]+)/.exec(location.hash)?.[1] ?? '');

/**
 * Scrolls the host page from top to bottom by half its viewport (less than the space between two
 * steps), as a reader does, and records, for each embed, the active step of each scrolly section
 * in the order they became active. While an iframe is pinned and one of its sections fills it,
 * checks that the section's graphic is inside the host's viewport. After each scroll, waits for
 * every iframe to show the part of its document that its wrapper has scrolled past.
 */
async function scrollHostThrough(
	page: Page,
	frames: Record<string, Frame>,
	offset: number
): Promise<Record<string, string[][]>> {
	const seen: Record<string, string[][]> = Object.fromEntries(
		Object.keys(frames).map((k) => [k, []])
	);
	for (let i = 0; i < 200; i++) {
		const moved = await page.evaluate(async () => {
			const before = window.scrollY;
			window.scrollBy(0, Math.round(innerHeight / 2));
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			return window.scrollY !== before;
		});
		for (const [selector, frame] of Object.entries(frames)) {
			const box = await embedBox(page, selector);
			// While the iframe is in view, wait for it to mirror this scroll before the next one. On a
			// loaded machine two host scrolls could otherwise reach it as one jump of a whole
			// viewport, which carries it past a step, as a reader's jump would; this test is about
			// steady scrolling. (Chromium pauses the frames of an iframe out of view.)
			if (box.frameTop < box.innerHeight && box.frameTop + box.frameHeight > 0) {
				const expected = Math.max(
					0,
					Math.min(offset - box.wrapTop, box.wrapHeight - box.frameHeight)
				);
				await expect
					.poll(async () => Math.abs((await frame.evaluate(() => window.scrollY)) - expected))
					.toBeLessThan(1.5);
				await nextFrames(frame);
			}
			const sections = await frame.$$eval('.scrolly', (els) =>
				els.map((el) => {
					const section = el.getBoundingClientRect();
					const graphic = el.querySelector('.scrolly-graphic')?.getBoundingClientRect();
					return {
						active: el.querySelector('.scrolly-step.is-active')?.id,
						reading: section.top <= 0 && section.bottom >= innerHeight,
						graphic: graphic && { top: graphic.top, bottom: graphic.bottom, height: graphic.height }
					};
				})
			);
			sections.forEach((section, s) => {
				const list = (seen[selector]![s] ??= []);
				if (section.active && !list.includes(section.active)) list.push(section.active);
			});
			const reading = sections.find((section) => section.reading);
			if (Math.abs(box.frameTop - offset) < 1 && reading) {
				const graphic = reading.graphic!;
				expect(box.frameTop + graphic.top).toBeGreaterThanOrEqual(offset - 1);
				expect(box.frameTop + graphic.bottom).toBeLessThanOrEqual(box.innerHeight + 1);
				expect(graphic.height).toBeGreaterThan((box.innerHeight - offset) * 0.4);
			}
		}
		if (!moved) return seen;
	}
	throw new Error('The host page never reached its end');
}

describe.each(Object.entries(VIEWPORTS))(
	'the whole feature in a publisher page (%s)',
	(_name, viewport) => {
		it('activates the steps in order as the host scrolls, with the graphic pinned in view', async () => {
			const { page, errors, close } = await openHost('/article.html', { viewport });
			const frame = await frameOf(page);
			await waitSticky(frame);
			await recordStepEvents(page);

			const seen = await scrollHostThrough(page, { 'iframe[data-scrolly]': frame }, OFFSET);
			expect(seen['iframe[data-scrolly]']).toEqual(SECTIONS);
			expect(await stepEvents(page)).toEqual(
				ALL_STEPS.map((id, index) => ({ frame: 'iframe', id, index }))
			);

			// Back up: the steps follow.
			await page.evaluate(() => window.scrollTo(0, 0));
			await expect.poll(() => frame.evaluate(() => window.scrollY)).toBe(0);
			expect(errors).toEqual([]);
			await close();
		});

		it('makes the wrapper as tall as the story, and follows its height', async () => {
			const { page, errors, close } = await openHost('/article.html', { viewport });
			const frame = await frameOf(page);
			await waitSticky(frame);
			// In view: browsers pause rendering (and resize observers) in off-screen cross-origin frames.
			await scrollHostToStep(page, frame, 'hv-proposal', OFFSET);
			await expect
				.poll(async () => (await embedBox(page)).wrapHeight - (await documentHeight(frame)), {
					timeout: SETTLE_MS
				})
				.toBe(0);
			const height = await documentHeight(frame);
			expect(height).toBeGreaterThan(viewport.height * 2);
			const box = await embedBox(page);
			// Pinned one viewport high, under the masthead.
			expect(box.frameHeight).toBeCloseTo(viewport.height - OFFSET, 0);

			await frame.evaluate(() => {
				const extra = document.createElement('div');
				extra.style.height = '700px';
				document.querySelector('.story-body')!.append(extra);
			});
			expect(await documentHeight(frame)).toBeGreaterThanOrEqual(height + 700);
			await expect
				.poll(async () => (await embedBox(page)).wrapHeight - (await documentHeight(frame)), {
					timeout: SETTLE_MS
				})
				.toBe(0);
			expect(errors).toEqual([]);
			await close();
		});
	}
);

describe('scrolling over the iframe', () => {
	it('scrolls the host page with the wheel, and with keys pressed inside the iframe', async () => {
		const { page, errors, close } = await openHost('/article.html');
		const frame = await frameOf(page);
		await waitSticky(frame);
		const start = (await embedBox(page)).wrapTop + 600;
		await page.evaluate((y) => window.scrollBy(0, y), start);
		await nextFrames(page);
		const box = await embedBox(page);
		expect(box.frameTop).toBeCloseTo(OFFSET, 0);

		// Wheel over the pinned iframe.
		const before = box.scrollY;
		await page.mouse.move(DESKTOP.width / 2, DESKTOP.height / 2);
		await page.mouse.wheel(0, 400);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 300);
		await settled(page);
		const afterWheel = await page.evaluate(() => window.scrollY);
		await expect
			.poll(async () => {
				const b = await embedBox(page);
				return (await frame.evaluate(() => window.scrollY)) - (OFFSET - b.wrapTop);
			})
			.toBeCloseTo(0, 0);

		// Keys, with the focus inside the iframe (a click on its graphic, which is not focusable),
		// from near the top of the feature so that no key reaches its end.
		await page.evaluate(
			(offset) =>
				window.scrollBy(
					0,
					document.querySelector('iframe')!.parentElement!.getBoundingClientRect().top -
						offset +
						100
				),
			OFFSET
		);
		await page.mouse.click(1000, DESKTOP.height / 2);
		expect(await frame.evaluate(() => document.hasFocus())).toBe(true);
		const pageHeight = box.frameHeight * 0.875;
		for (const [key, delta] of [
			['PageDown', pageHeight],
			['ArrowDown', 40],
			['Space', pageHeight],
			['PageUp', -pageHeight],
			['ArrowUp', -40]
		] as const) {
			// Keys scroll smoothly: each is measured from where the last one came to rest.
			await settled(page);
			const y = await page.evaluate(() => window.scrollY);
			await page.keyboard.press(key);
			const moved = async () => Math.round((await page.evaluate(() => window.scrollY)) - y);
			await expect.poll(moved).toBeCloseTo(Math.round(delta), -1);
			await settled(page);
			expect(await moved(), key).toBeCloseTo(Math.round(delta), -1);
		}
		expect(afterWheel).toBeGreaterThan(before);

		// End and Home go to the ends of the feature, not of the host page.
		await page.keyboard.press('End');
		await expect
			.poll(async () => {
				const b = await embedBox(page);
				return Math.abs(b.wrapTop + b.wrapHeight - b.frameHeight - OFFSET);
			})
			.toBeLessThan(1.5);
		await page.keyboard.press('Home');
		await expect
			.poll(async () => Math.abs((await embedBox(page)).wrapTop - OFFSET))
			.toBeLessThanOrEqual(1);
		expect(errors).toEqual([]);
		await close();
	});

	it('scrolls the host page with touch', async () => {
		const { page, errors, close } = await openHost('/article.html', {
			viewport: PHONE,
			hasTouch: true,
			isMobile: true
		});
		const frame = await frameOf(page);
		await waitSticky(frame);
		await page.evaluate(() => {
			const iframe = document.querySelector('iframe')!;
			window.scrollBy(0, iframe.parentElement!.getBoundingClientRect().top + 300);
		});
		await nextFrames(page);
		const before = await page.evaluate(() => window.scrollY);
		const cdp = await page.context().newCDPSession(page);
		const x = PHONE.width / 2;
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchStart',
			touchPoints: [{ x, y: 600 }]
		});
		for (let i = 1; i <= 10; i++) {
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: [{ x, y: 600 - i * 30 }]
			});
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 200);
		expect(errors).toEqual([]);
		await close();
	});

	it('brings a step focused with the keyboard to the trigger line by scrolling the host', async () => {
		const { page, errors, close } = await openHost('/article.html');
		const frame = await frameOf(page);
		await waitSticky(frame);
		await frame.focus('#hv-vote');
		await expect.poll(() => activeStep(frame)).toBe('hv-vote');
		const stepTop = () => frame.$eval('#hv-vote', (el) => el.getBoundingClientRect().top);
		const frameHeight = (await embedBox(page)).frameHeight;
		// Just above the trigger line (60% of the frame), as on the story's own page. The host's
		// scroll and the frame's mirroring of it can land after the step is active: on a loaded
		// machine one read came before them (the step still 1,931 px down the frame).
		await expect.poll(stepTop, { timeout: SETTLE_MS }).toBeLessThan(frameHeight * 0.6);
		expect(await stepTop()).toBeGreaterThan(frameHeight * 0.6 - 40);
		const box = await embedBox(page);
		expect(box.frameTop).toBeCloseTo(OFFSET, 0);
		expect(errors).toEqual([]);
		await close();
	});

	it('ignores changes of the visual viewport (pinch zoom)', async () => {
		const { page, errors, close } = await openHost('/article.html', {
			viewport: PHONE,
			isMobile: true,
			hasTouch: true
		});
		const frame = await frameOf(page);
		await waitSticky(frame);
		await page.evaluate(() => {
			const iframe = document.querySelector('iframe')!;
			window.scrollBy(0, iframe.parentElement!.getBoundingClientRect().top + 900);
		});
		await page.waitForTimeout(200);
		const before = {
			frame: await frame.evaluate(() => window.scrollY),
			step: await activeStep(frame)
		};
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1.6 });
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => visualViewport!.scale)).toBeCloseTo(1.6, 1);
		expect({
			frame: await frame.evaluate(() => window.scrollY),
			step: await activeStep(frame)
		}).toEqual(before);
		// The iframe is sized in svh: the small viewport, which a sliding address bar does not change.
		expect(await page.$eval('iframe', (el) => el.style.height)).toContain('100svh');
		expect(errors).toEqual([]);
		await close();
	});
});

describe('a loader that comes after the iframe has loaded', () => {
	it('gives the loaded frame its token without reloading it or adding a history entry', async () => {
		const { page, errors, close } = await openHost('/article.html?loader=late');
		await page.waitForFunction(() => 'scrollyEmbeds' in window);
		const frame = await frameOf(page);
		await waitSticky(frame);
		expect(await tokenOf(frame)).toMatch(/^\d+-\d+-\d+-\d+$/);
		// The frame's document is the one that loaded before the host page's load event (after
		// which the loader was added): the token came without a reload.
		const hostLoaded = await page.evaluate(
			() =>
				performance.timeOrigin +
				performance.getEntriesByType('navigation')[0]!.toJSON().loadEventStart
		);
		expect(await frame.evaluate(() => performance.timeOrigin)).toBeLessThan(hostLoaded);
		await recordStepEvents(page);
		await scrollHostToStep(page, frame, 'hv-debate', OFFSET);
		await expect
			.poll(() => stepEvents(page))
			.toContainEqual({
				frame: 'iframe',
				id: 'hv-debate',
				index: 1
			});
		// No history entry of the frame's: one Back leaves the article (for the blank page the
		// browser opened with).
		await page.goBack();
		expect(page.url()).toBe('about:blank');
		expect(errors).toEqual([]);
		await close();
	});
});

describe('several embeds on one page', () => {
	it('each is pinned and stepped on its own, the sandboxed one too', async () => {
		const { page, errors, close } = await openHost('/two-embeds.html');
		const first = await frameOf(page, '#first');
		const second = await frameOf(page, '#second');
		await waitSticky(first);
		await waitSticky(second);
		await recordStepEvents(page);
		// Bringing the second into view scrolled the host past the first, whose document
		// followed to its end and back while out of view. Its engines may report that trip
		// when it comes back into view, late on a loaded machine (two CI runs saw the first
		// frame report each section's last step before its first steps): the record starts
		// once no step has been reported for a second.
		await untilNoStepFor(page, 1_000);
		// The sandboxed document has an opaque origin, and still runs (its scripts load with CORS).
		expect(await second.evaluate(() => window.origin)).toBe('null');
		expect(
			await page.evaluate(() => (window as { scrollyEmbeds?: unknown[] }).scrollyEmbeds?.length)
		).toBe(2);

		const seen = await scrollHostThrough(page, { '#first': first, '#second': second }, 0);
		expect(seen['#first']).toEqual(SECTIONS);
		expect(seen['#second']).toEqual(SECTIONS);
		const events = await stepEvents(page);
		expect(events.filter((e) => e.frame === 'first').map((e) => e.id)).toEqual(ALL_STEPS);
		expect(events.filter((e) => e.frame === 'second').map((e) => e.id)).toEqual(ALL_STEPS);
		// The first has finished scrolling while the second was read.
		expect(events.findLastIndex((e) => e.frame === 'first')).toBeLessThan(
			events.findIndex((e) => e.frame === 'second')
		);
		for (const selector of ['#first', '#second']) {
			const box = await embedBox(page, selector);
			expect(box.wrapHeight).toBe(await documentHeight(selector === '#first' ? first : second));
		}
		expect(errors).toEqual([]);
		await close();
	});
});

/** Messages that would change the host page if they were believed (given the frame's token). */
const forgedMessages = (token: string) => {
	const m = (type: string, fields: object = {}) => ({
		sentinel: 'scrolly',
		v: 1,
		type,
		token,
		...fields
	});
	return [
		m('ready'),
		m('height', { height: 123 }),
		m('height', { height: 150_000 }),
		m('scrollTo', { y: 5 }),
		m('scrollTo', { y: 190_000 }),
		m('step', { id: STEPS[2], index: 2 }),
		m('step', { id: 'forged', index: 9 })
	];
};

/** What a forged message could change on a host page with the article's embed. */
async function hostState(page: Page, frame: Frame) {
	return {
		host: await embedBox(page),
		iframeStyle: await page.$eval('iframe', (el) => el.style.cssText),
		frameScroll: await frame.evaluate(() => window.scrollY),
		frameStep: await activeStep(frame),
		frameRoot: await frame.evaluate(() => ({ ...document.documentElement.dataset })),
		hostUrl: page.url(),
		frameUrl: frame.url()
	};
}

describe('forged messages', () => {
	// The parsers' answers to malformed and out-of-range messages are tested in protocol.test.ts;
	// here, what only a browser can tell: the window and the origin a message comes from.
	it('from the wrong window or origin change nothing, even with the frame’s token', async () => {
		const { page, errors, close } = await openHost('/article.html');
		const frame = await frameOf(page);
		await waitSticky(frame);
		await recordStepEvents(page);
		// Read to the second step, so there is a state to disturb.
		await scrollHostToStep(page, frame, 'hv-debate', OFFSET);
		await expect.poll(() => activeStep(frame)).toBe('hv-debate');
		const token = await tokenOf(frame);
		expect(token).toMatch(/^\d+-\d+-\d+-\d+$/);

		// A second embed, added later (the loader finds it), whose iframe then navigates to a page of
		// another origin that posts well-formed messages: its origin is not the embed's.
		await page.evaluate((src) => {
			const iframe = document.createElement('iframe');
			iframe.id = 'navigated';
			iframe.dataset.scrolly = '';
			iframe.src = src;
			document.querySelector('article')!.append(iframe);
		}, `${embed.url}/embed/${STORY}/timeline/`);
		const navigated = await frameOf(page, '#navigated');
		await navigated.waitForSelector('.visual-embed');
		await expect
			.poll(async () => (await embedBox(page, '#navigated')).wrapHeight)
			.toBe(await documentHeight(navigated));
		// A frame of the embed's origin that is not an embed: right origin, wrong window.
		await page.evaluate((src) => {
			const iframe = document.createElement('iframe');
			iframe.id = 'impostor';
			iframe.src = src;
			document.body.append(iframe);
		}, `${embed.url}/favicon.svg`);
		const impostor = await frameOf(page, '#impostor');
		await page.waitForTimeout(300);

		const before = {
			...(await hostState(page, frame)),
			navigated: await embedBox(page, '#navigated')
		};
		const eventsBefore = await stepEvents(page);

		// The host page to itself, and the impostor to the host: the right token, the wrong window.
		await page.evaluate((messages) => {
			for (const m of messages) window.postMessage(m, '*');
		}, forgedMessages(token));
		await impostor.evaluate((messages) => {
			for (const m of messages) parent.postMessage(m, '*');
		}, forgedMessages(token));
		// The impostor to the embed, as if it were the host.
		await impostor.evaluate(() => {
			const m = (type: string, fields: object) => ({ sentinel: 'scrolly', v: 1, type, ...fields });
			const target = parent.frames[0]!;
			target.postMessage(m('init', { mode: 'stacked' }), '*');
			target.postMessage(m('viewport', { scroll: 2500, top: 0, vh: 900, vw: 1440 }), '*');
		});
		// The second embed's document navigates itself (its src stays) to a page of the other
		// origin, which posts well-formed messages.
		await navigated.evaluate((url) => (location.href = url), `${host.url}/attacker.html`);
		const attacker = await frameOf(page, '#navigated');
		await attacker.waitForSelector('body[data-sent="yes"]', { state: 'attached' });

		await page.waitForTimeout(500);
		await nextFrames(page);
		expect({
			...(await hostState(page, frame)),
			navigated: await embedBox(page, '#navigated')
		}).toEqual(before);
		expect(await stepEvents(page)).toEqual(eventsBefore);
		expect(errors).toEqual([]);
		await close();
	});

	it('from a document navigated into a sandboxed embed frame change nothing and raise no step', async () => {
		// The same faces before and after the embed is put back in its frame: its height is compared.
		const { page, errors, close } = await openHost('/two-embeds.html', { webFonts: false });
		const first = await frameOf(page, '#first');
		const second = await frameOf(page, '#second');
		await waitSticky(first);
		await waitSticky(second);
		expect(await page.getAttribute('#second', 'sandbox')).toBe('allow-scripts allow-popups');
		// The sandboxed embed is trusted with its token (its origin is "null", as any document's
		// in that frame would be).
		await recordStepEvents(page);
		await page.evaluate(() => {
			const wrap = document.querySelector('#second')!.parentElement!;
			window.scrollTo(0, wrap.getBoundingClientRect().top + window.scrollY + 1500);
		});
		await expect
			.poll(async () => (await stepEvents(page)).filter((e) => e.frame === 'second').length)
			.toBeGreaterThan(0);
		const token = await tokenOf(second);
		expect(token).toMatch(/^\d+-\d+-\d+-\d+$/);
		await page.evaluate(() => window.scrollTo(0, 0));
		await nextFrames(page);
		await page.waitForTimeout(300);
		const box = async () => ({
			scrollY: await page.evaluate(() => window.scrollY),
			first: await embedBox(page, '#first'),
			second: await embedBox(page, '#second'),
			style: await page.$eval('#second', (el) => el.style.cssText)
		});
		const before = await box();
		const eventsBefore = await stepEvents(page);
		// Every height the loader gives the frame and its wrapper, and every scroll of the host,
		// from here on: a forged message that moved them for a moment would show here, though the
		// embed put back in the frame reports its own height after it.
		await page.evaluate((token) => {
			const frame = document.querySelector<HTMLIFrameElement>('#second')!;
			const seen: number[] = [];
			// The heights the embed itself reports (with its token) once it is back in the frame.
			const reported: number[] = [];
			addEventListener('message', (event) => {
				const m = event.data as { type?: string; height?: number; token?: string };
				if (event.source === frame.contentWindow && m?.type === 'height' && m.token === token)
					reported.push(m.height!);
			});
			const record = () => {
				const cap = /(\d+(?:\.\d+)?)px\)/.exec(frame.style.height);
				seen.push(cap ? Number(cap[1]) : 0, frame.parentElement!.getBoundingClientRect().height);
			};
			new MutationObserver(record).observe(frame, { attributes: true, attributeFilter: ['style'] });
			new MutationObserver(record).observe(frame.parentElement!, {
				attributes: true,
				attributeFilter: ['style']
			});
			addEventListener('scroll', () => seen.push(-scrollY));
			Object.assign(window, { seen, reported });
		}, token);

		// A page of another origin takes the frame's place: it cannot read the token, and tries its
		// luck with messages (attacker.html): guessed tokens, a height of a million pixels, a scroll
		// to 1,000,080 px, forged steps. Its `ready` without a token makes the loader put the embed,
		// with its token, back in the frame.
		const attackerUrl = `${host.url}/attacker.html`;
		const navigations: string[] = [];
		page.on('framenavigated', (f) => {
			if (f === second) navigations.push(f.url());
		});
		await second.evaluate((url) => (location.href = url), attackerUrl);
		await expect.poll(() => navigations.includes(attackerUrl)).toBe(true);
		// Putting the embed back is a navigation and a page load: seconds on a loaded machine.
		await expect
			.poll(() => second.url(), { timeout: SETTLE_MS })
			.toMatch(new RegExp(`^${embed.url}/embed/${STORY}/#scrolly=\\d+-\\d+-\\d+-\\d+$`));
		await second.waitForSelector('.scrolly');
		expect(await tokenOf(second)).toBe(token);
		// The embed put back reports its height once it has laid itself out again: never the
		// stacked page's, nor one section at a time (1,467 px short, then 4 steps up, before), so
		// the page stays where it was.
		const reported = () =>
			page.evaluate(() => (window as unknown as { reported: number[] }).reported);
		await expect
			.poll(async () => (await reported()).length, { timeout: SETTLE_MS })
			.toBeGreaterThan(0);
		await page.waitForTimeout(500);
		expect(new Set(await reported())).toEqual(new Set([before.second.wrapHeight]));
		await expect.poll(box).toEqual(before);
		await nextFrames(page);
		expect(await box()).toEqual(before);
		// Nothing larger than the embed's own height was ever applied, and the host never scrolled.
		const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
		expect(Math.max(0, ...seen)).toBeLessThanOrEqual(before.second.wrapHeight + 1);
		expect(Math.min(0, ...seen)).toBe(0);
		expect(await stepEvents(page)).toEqual(eventsBefore);
		expect(errors).toEqual([]);
		await close();
	});

	it('bounds the height and the scroll position even the embed itself asks for', async () => {
		const { page, errors, close } = await openHost('/article.html');
		const frame = await frameOf(page);
		await waitSticky(frame);
		await expect
			.poll(async () => (await embedBox(page)).wrapHeight)
			.toBe(await documentHeight(frame));
		const height = (await embedBox(page)).wrapHeight;
		const token = await tokenOf(frame);
		const post = (m: object) =>
			frame.evaluate((m) => parent.postMessage(m, '*'), { sentinel: 'scrolly', v: 1, token, ...m });

		// A million pixels is more than any story: refused.
		await post({ type: 'height', height: 1_000_000 });
		await page.waitForTimeout(300);
		expect((await embedBox(page)).wrapHeight).toBe(height);

		// A scroll position beyond the story: the host goes no further than the story's end.
		await post({ type: 'scrollTo', y: 190_000 });
		await expect
			.poll(async () => {
				const b = await embedBox(page);
				return b.wrapTop + b.wrapHeight - b.frameHeight - OFFSET;
			})
			.toBeCloseTo(0, 0);
		const end = await page.evaluate(() => window.scrollY);
		await post({ type: 'scrollTo', y: 1_000_080 });
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => window.scrollY)).toBe(end);
		expect(end).toBeLessThan(height + 2000);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('without our loader', () => {
	it('shows the stacked layout, and the iframe scrolls on its own', async () => {
		const { page, errors, close } = await openHost('/article.html?loader=0', { viewport: PHONE });
		const frame = await frameOf(page);
		await frame.waitForSelector('.scrolly[data-layout="stacked"]');
		// Give a loader every chance to answer: nothing does, and nothing changes.
		await page.waitForTimeout(600);
		expect(
			await frame.$$eval('.scrolly', (els) => els.map((el) => el.getAttribute('data-layout')))
		).toEqual(SECTIONS.map(() => 'stacked'));
		for (const graphic of await frame.$$('.scrolly-graphic'))
			expect(await graphic.isVisible()).toBe(false);
		for (const id of ALL_STEPS)
			expect(await frame.isVisible(`#${id} .scrolly-step-graphic`)).toBe(true);
		expect(
			await frame.evaluate(() => document.documentElement.dataset.embedScroll)
		).toBeUndefined();
		// The publisher's height stands; the story scrolls inside it.
		expect(await page.$eval('iframe', (el) => el.getBoundingClientRect().height)).toBe(600);
		expect(await page.$eval('iframe', (el) => el.parentElement!.tagName)).toBe('FIGURE');
		await frame.evaluate(() => window.scrollTo(0, 500));
		expect(await frame.evaluate(() => window.scrollY)).toBe(500);
		expect(errors).toEqual([]);
		await close();
	});

	it("gets its content's height from pym.js's own parent library", async () => {
		for (const path of [`embed/${STORY}/`, `embed/${STORY}/timeline/`]) {
			const { page, errors, close } = await openHost(`/pym.html?path=${path}`, { viewport: PHONE });
			const frame = await frameOf(page, '#graphic iframe');
			expect(new URL(frame.url()).searchParams.get('childId')).toBe('graphic');
			await frame.waitForSelector('.visual-embed, .scrolly[data-layout="stacked"]');
			// Once the page has settled, pym's height is the document's and nothing is cut off: the
			// frame shows its whole document. Both are read together, because the document can still
			// grow (a font, an island) after one height message and before the next.
			await expect
				.poll(
					async () => {
						const attribute = await page.$eval('#graphic iframe', (el) =>
							el.getAttribute('height')
						);
						const cut = await frame.evaluate(
							() => document.documentElement.scrollHeight - innerHeight
						);
						return Math.max(
							Math.abs(parseInt(attribute ?? '0') - (await documentHeight(frame))),
							cut
						);
					},
					{ timeout: SETTLE_MS }
				)
				.toBeLessThanOrEqual(1);
			const height = await page.$eval('#graphic iframe', (el) => el.getBoundingClientRect().height);
			expect(height).toBeGreaterThan(400);
			expect(errors).toEqual([]);
			await close();
		}
	});

	it("posts WordPress's height message with its secret, and AMP's, from a sandboxed frame", async () => {
		const { page, errors, close } = await openHost(`/listener.html?path=embed/${STORY}/timeline/`);
		const frame = await frameOf(page, 'iframe');
		await frame.waitForSelector('.visual-embed');
		const receivedNow = () =>
			page.evaluate(() => (window as unknown as { received: unknown[] }).received);
		// The frame sends its height once it has measured itself, and again as it changes: wait
		// for the messages that give its settled height (on a loaded machine, seconds).
		await expect
			.poll(
				async () => {
					const height = await documentHeight(frame);
					const received = await receivedNow();
					return [
						received.some((m) =>
							isEqual(m, { message: 'height', value: height, secret: 'Ab12Cd34Ef' })
						),
						received.some((m) => isEqual(m, { sentinel: 'amp', type: 'embed-size', height }))
					];
				},
				{ timeout: SETTLE_MS }
			)
			.toEqual([true, true]);
		const received = await receivedNow();
		// Nothing of our own protocol but `ready`, which carries nothing.
		const ours = received.filter((m) => (m as { sentinel?: string }).sentinel === 'scrolly');
		expect(ours.length).toBeGreaterThan(0);
		expect(ours.every((m) => (m as { type: string }).type === 'ready')).toBe(true);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('a single visual', () => {
	it('steps with buttons and arrow keys, shows each caption, and keeps one height', async () => {
		const { page, errors, close } = await openHost(`/article.html?path=embed/${STORY}/timeline/`, {
			viewport: PHONE
		});
		const frame = await frameOf(page);
		await frame.waitForSelector('.visual-embed');
		await recordStepEvents(page);
		// Auto height: the iframe is as tall as its content (shorter than the viewport), once the
		// content has settled (the web fonts may arrive after the first height): both read together.
		await expect
			.poll(
				async () => Math.round((await embedBox(page)).frameHeight) - (await documentHeight(frame))
			)
			.toBe(0);
		const height = await documentHeight(frame);
		expect((await embedBox(page)).wrapHeight).toBe(height);

		const state = async () => ({
			caption: await frame.$eval('.caption[aria-live]', (el) => el.textContent?.trim()),
			step: await frame.$eval('.graphic', (el) => el.getAttribute('data-step')),
			count: await frame.$eval('.count', (el) => el.textContent?.trim())
		});
		expect(await state()).toEqual({ caption: CAPTIONS[0], step: STEPS[0], count: 'Step 1 of 3' });
		expect(await frame.getAttribute('button[aria-label="Previous step"]', 'aria-disabled')).toBe(
			'true'
		);

		// Until the page is live its buttons say they are disabled, and a click does nothing.
		await frame.waitForSelector('button[aria-label="Next step"][aria-disabled="false"]');
		await frame.click('button[aria-label="Next step"]');
		expect(await state()).toEqual({ caption: CAPTIONS[1], step: STEPS[1], count: 'Step 2 of 3' });
		await page.keyboard.press('ArrowRight');
		expect(await state()).toEqual({ caption: CAPTIONS[2], step: STEPS[2], count: 'Step 3 of 3' });
		expect(await frame.getAttribute('button[aria-label="Next step"]', 'aria-disabled')).toBe(
			'true'
		);
		await page.keyboard.press('ArrowRight');
		expect((await state()).step).toBe(STEPS[2]);
		await page.keyboard.press('ArrowLeft');
		expect((await state()).step).toBe(STEPS[1]);
		await page.keyboard.press('Home');
		expect((await state()).step).toBe(STEPS[0]);
		// Disabled at the first step (aria-disabled keeps it focusable): a click does nothing.
		await frame.click('button[aria-label="Previous step"]', { force: true });
		expect((await state()).step).toBe(STEPS[0]);

		expect(await documentHeight(frame)).toBe(height);

		// Links leave the frame: the story opens in a new tab, the embed stays.
		const [popup] = await Promise.all([
			page.context().waitForEvent('page'),
			frame.click('.embed-credit a >> nth=0')
		]);
		expect(popup.url()).toBe(`${embed.url}/${STORY}/`);
		expect(frame.url().split('#')[0]).toBe(`${embed.url}/embed/${STORY}/timeline/`);
		await popup.close();

		await expect
			.poll(() => stepEvents(page))
			.toEqual([
				{ frame: 'iframe', id: STEPS[1], index: 1 },
				{ frame: 'iframe', id: STEPS[2], index: 2 },
				{ frame: 'iframe', id: STEPS[1], index: 1 },
				{ frame: 'iframe', id: STEPS[0], index: 0 }
			]);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('the embed builder', () => {
	it('gives each embeddable a preview and code that the copy button copies, and the code works', async () => {
		const context = await browser().newContext({ viewport: DESKTOP });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: embed.url });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		// The previews are iframes, waited for below where the test needs them.
		const quiet = trackMainFrameRequests(page);
		await page.goto(`${embed.url}/${STORY}/embed/`, { waitUntil: 'load' });
		await quiet();

		expect(await page.$$eval('.embeddable h2', (els) => els.map((el) => el.textContent))).toEqual([
			'The whole feature',
			'Timeline',
			'Transcript',
			'Path of the draft',
			'Connections'
		]);
		const code = () => page.inputValue('#embed-feature-code');
		// Built with the address the page is served from, not the build's PUBLIC_SITE_URL.
		await expect.poll(code).toContain(`src="${embed.url}/embed/${STORY}/?theme=light"`);
		expect(await code()).toContain(`<script src="${embed.url}/embed.js" async></script>`);
		expect(await page.inputValue('#embed-timeline-code')).toContain(
			`src="${embed.url}/embed/${STORY}/timeline/?theme=light"`
		);

		await page.click('#embed-feature button');
		await expect.poll(() => page.textContent('#embed-feature-status')).toContain('Copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await code());

		// The theme choice goes into the code.
		await page.check('input[name="theme"][value="dark"]');
		await expect.poll(code).toContain(`src="${embed.url}/embed/${STORY}/?theme=dark"`);

		// The visual's preview is sized by the loader to its content. It follows the theme: the
		// dark one is a new document (read before it came, a CI run found the old one gone).
		const preview = (await (await page.$('#embed-timeline iframe'))!.contentFrame())!;
		await expect.poll(() => preview.url(), { timeout: SETTLE_MS }).toContain('theme=dark');
		await preview.waitForSelector('.visual-embed');
		await expect
			.poll(
				async () =>
					Math.round(
						await page.$eval('#embed-timeline iframe', (el) => el.getBoundingClientRect().height)
					) - (await documentHeight(preview)),
				{ timeout: SETTLE_MS }
			)
			.toBe(0);
		await context.close();

		// Pasted into a publisher's page, the copied code works.
		const pasted = await openHost(`/snippet.html?code=${encodeURIComponent(copied)}`);
		const frame = await frameOf(pasted.page);
		await waitSticky(frame);
		await expect
			.poll(async () => (await embedBox(pasted.page)).wrapHeight)
			.toBe(await documentHeight(frame));
		expect(pasted.errors).toEqual([]);
		await pasted.close();
		expect(errors).toEqual([]);
	});
});

describe('oEmbed, themes, the loader and the headers', () => {
	/** Pages with an oEmbed discovery link, and the embed each one announces. */
	const pages = [
		[`${STORY}/`, `embed/${STORY}/`],
		[`embed/${STORY}/`, `embed/${STORY}/`],
		[`embed/${STORY}/timeline/`, `embed/${STORY}/timeline/`],
		...['', 'transcript/', 'draft-path/', 'network/', 'timeline/'].map((visual) => [
			`embed/american-plan/${visual}`,
			`embed/american-plan/${visual}`
		])
	];

	it('announces valid oEmbed JSON (type rich) for every embeddable, and for the story page', async () => {
		for (const [path, embedPath] of pages) {
			const html = await (await fetch(`${embed.url}/${path}`)).text();
			const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
				html
			);
			expect(link, path).not.toBeNull();
			const href = new URL(link![1]!);
			expect(href.pathname).toBe(`/${embedPath}oembed.json`);
			const response = await fetch(`${embed.url}${href.pathname}`);
			expect(response.headers.get('content-type')).toMatch(/^application\/json/);
			const oembed = await response.json();
			expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
			for (const key of ['title', 'author_name', 'provider_name', 'provider_url', 'html'])
				expect(typeof oembed[key] === 'string' && oembed[key].length > 0, key).toBe(true);
			expect(Number.isInteger(oembed.width) && oembed.width > 0).toBe(true);
			expect(Number.isInteger(oembed.height) && oembed.height > 0).toBe(true);
			// The html is the builder's snippet, with absolute addresses of the same site.
			const src = new URL(/<iframe data-scrolly src="([^"]+)"/.exec(oembed.html)![1]!);
			expect(src.origin).toBe(href.origin);
			expect(src.pathname).toBe(`/${embedPath}`);
			expect(src.search).toBe('?theme=light');
			expect(oembed.html).toContain(`<script src="${href.origin}/embed.js" async></script>`);
		}
	});

	it('sets the theme from ?theme= before any of the app runs, within the CSP', async () => {
		const context = await browser().newContext({ viewport: PHONE, colorScheme: 'dark' });
		const page = await context.newPage();
		const messages: string[] = [];
		page.on('console', (msg) => messages.push(msg.text()));
		// No app JavaScript at all: only the inline script can set the theme.
		await page.route('**/_app/**/*.js', (route) => route.abort());
		await page.goto(`${embed.url}/embed/${STORY}/?theme=light`);
		expect(await page.getAttribute('html', 'data-theme')).toBe('light');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			'rgb(255, 255, 255)'
		);
		await page.unroute('**/_app/**/*.js');
		for (const [query, expected] of [
			['?theme=dark', 'dark'],
			['?theme=auto', 'auto'],
			['', 'auto']
		] as const) {
			await page.goto(`${embed.url}/embed/${STORY}/${query}`, { waitUntil: 'networkidle' });
			expect(await page.getAttribute('html', 'data-theme')).toBe(expected);
		}
		expect(messages.filter((m) => /Content Security Policy|Refused/.test(m))).toEqual([]);
		await context.close();
	});

	it('serves /embed.js under 1.6 KB gzipped', async () => {
		const response = await fetch(`${embed.url}/embed.js`);
		expect(response.headers.get('content-type')).toMatch(/javascript/);
		const code = Buffer.from(await response.arrayBuffer());
		expect(gzipSync(code).length).toBeLessThan(1600);
	});

	it('lets another site frame the embeds, and only the site itself frame its other pages', async () => {
		// static/_headers applied as Netlify and Cloudflare Pages do (embedServers.ts).
		const pages = [
			['/', false],
			[`/${STORY}/`, false],
			[`/${STORY}/embed/`, false],
			['/components/', false],
			[`/embed/${STORY}/`, true],
			[`/embed/${STORY}/timeline/`, true]
		] as const;
		const framed = async (origin: string, path: string) => {
			const context = await browser().newContext();
			const page = await context.newPage();
			const refused: string[] = [];
			page.on('console', (msg) => {
				if (/Framing .* violates .*frame-ancestors/.test(msg.text())) refused.push(msg.text());
			});
			// A page of that origin, its content replaced by the iframe alone.
			await page.goto(origin === host.url ? `${host.url}/article.html?loader=0` : `${embed.url}/`);
			await page.setContent(`<iframe src="${embed.url}${path}" title="x"></iframe>`);
			const frame = (await (await page.$('iframe'))!.contentFrame())!;
			await frame.waitForLoadState('load');
			const shown = frame.url() === `${embed.url}${path}` && !!(await frame.$('body *'));
			await context.close();
			return { shown, refused: refused.length > 0 };
		};
		for (const [path, anySite] of pages) {
			expect(await framed(host.url, path), `${path} framed by another site`).toEqual({
				shown: anySite,
				refused: !anySite
			});
		}
		// The site itself may frame its pages (the embed builder previews embeds this way).
		expect(await framed(embed.url, `/${STORY}/`)).toEqual({ shown: true, refused: false });
		const headers = (await fetch(`${embed.url}/embed/${STORY}/`)).headers;
		expect(headers.get('content-security-policy')).toBe('frame-ancestors *');
		expect(headers.get('x-frame-options')).toBeNull();
	});
});
