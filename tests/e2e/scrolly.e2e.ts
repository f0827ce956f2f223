/**
 * The scrolly engine in real Chromium, on the fixture story (which has nothing to do with the
 * flagship): step order while scrolling, the sticky graphic staying in view, deep links, the
 * page without JavaScript, and a clean console.
 */
import { describe, expect, inject, it } from 'vitest';
import {
	activeStepsWhileScrolling,
	openPage,
	scrollStepToTrigger,
	useBrowser,
	VIEWPORTS,
	waitForScrolly
} from './page';

const browser = useBrowser();
const STORY = '/harbour-vote/';
const STEPS = ['hv-proposal', 'hv-debate', 'hv-vote'];

describe.each(Object.entries(VIEWPORTS))('scrolly on %s', (_name, viewport) => {
	it('activates the steps in order while scrolling down, and back while scrolling up', async () => {
		const { page, errors, close } = await openPage(browser(), STORY, { viewport });
		await waitForScrolly(page);
		// The fixture has other sections after the timeline: follow the timeline's steps only.
		expect(
			await activeStepsWhileScrolling(page, 'section[data-section="vote-timeline"] .scrolly')
		).toEqual(STEPS);

		await scrollStepToTrigger(page, 'hv-debate');
		await expect.poll(() => page.$eval('.scrolly-step.is-active', (el) => el.id)).toBe('hv-debate');
		await scrollStepToTrigger(page, 'hv-proposal');
		await expect
			.poll(() => page.$eval('.scrolly-step.is-active', (el) => el.id))
			.toBe('hv-proposal');
		expect(errors).toEqual([]);
		await close();
	});

	it('keeps the sticky graphic in view while the steps scroll past', async () => {
		const { page, close } = await openPage(browser(), STORY, { viewport });
		await waitForScrolly(page);
		for (const id of STEPS) {
			await scrollStepToTrigger(page, id);
			const box = await page.$eval('.scrolly-graphic', (el) => {
				const r = el.getBoundingClientRect();
				return { top: r.top, bottom: r.bottom, height: r.height };
			});
			expect(box.top).toBeGreaterThanOrEqual(-1);
			expect(box.bottom).toBeLessThanOrEqual(viewport.height + 1);
			expect(box.height).toBeGreaterThan(viewport.height * 0.4);
			// The graphic shows the active step's event.
			const highlighted = await page.$eval('.scrolly-graphic li.active', (el) =>
				el.getAttribute('data-event')
			);
			expect(highlighted).toBe(
				{ 'hv-proposal': 'proposal', 'hv-debate': 'debate', 'hv-vote': 'vote' }[id]
			);
		}
		await close();
	});

	it('lands on a step from a #step-id link, with its state showing', async () => {
		const { page, errors, close } = await openPage(browser(), `${STORY}#hv-vote`, { viewport });
		await waitForScrolly(page);
		await expect.poll(() => page.$eval('.scrolly-step.is-active', (el) => el.id)).toBe('hv-vote');
		const top = await page.$eval('#hv-vote', (el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(viewport.height);
		expect(errors).toEqual([]);
		await close();
	});
});

describe.each([
	['web fonts', true],
	['the fallback fonts (web fonts too late)', false]
])('on a 375 × 812 phone, with %s', (_fonts, webFonts) => {
	it('lets the reader read every step of the flagship whole, beneath the pinned graphic', async () => {
		const { page, errors, close } = await openPage(browser(), '/american-plan/', {
			viewport: VIEWPORTS.phone,
			webFonts
		});
		await waitForScrolly(page);
		const ids = await page.$$eval('.scrolly-step', (els) => els.map((el) => el.id));
		const measured: { id: string; section: number; step: number; graphic: number }[] = [];
		for (const id of ids) {
			await scrollStepToTrigger(page, id);
			// As a reader goes on: the step's top just below the graphic, then its whole box must
			// be in view, and the graphic still show this step.
			const seen = await page.evaluate(async (id) => {
				const step = document.getElementById(id)!;
				const body = step.querySelector('.scrolly-step-body')!;
				const scrolly = step.closest('.scrolly')!;
				const graphic = scrolly.querySelector('.scrolly-graphic')!;
				const below = body.getBoundingClientRect().top - graphic.getBoundingClientRect().bottom;
				window.scrollBy(0, below - 4);
				await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
				const box = body.getBoundingClientRect();
				const pinned = graphic.getBoundingClientRect();
				return {
					section: [...document.querySelectorAll('.scrolly')].indexOf(scrolly),
					step: box.height,
					graphic: pinned.height,
					pinnedAtTop: Math.abs(pinned.top) < 1,
					whole: box.top >= pinned.bottom && box.bottom <= innerHeight,
					active: step.classList.contains('is-active')
				};
			}, id);
			expect(seen, id).toMatchObject({ pinnedAtTop: true, whole: true, active: true });
			measured.push({ id, section: seen.section, step: seen.step, graphic: seen.graphic });
		}
		const longest = measured.reduce((a, b) => (b.step > a.step ? b : a));
		console.log(`longest step at 375 px, ${_fonts}: ${JSON.stringify(longest)}`);
		// The graphic is no lower than its section's longest step needs (a 16 px margin), and
		// where every step is short it keeps its full 52svh.
		for (const m of measured) {
			const sectionLongest = Math.max(
				...measured.filter((n) => n.section === m.section).map((n) => n.step)
			);
			const fitted = Math.min(812 * 0.52, Math.max(812 * 0.3, 812 - sectionLongest - 16));
			expect(Math.abs(m.graphic - fitted), m.id).toBeLessThan(1.5);
		}
		expect(Math.max(...measured.map((m) => m.graphic))).toBeCloseTo(812 * 0.52, 0);
		// The fonts this test blocks are the only requests allowed to fail.
		expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
		await close();
	}, 180_000);
});

describe('the pinned graphic on a phone', () => {
	it('gets lower when a step would not fit beneath it, down to its minimum, and no further', async () => {
		const { page, errors, close } = await openPage(browser(), '/components/scrolly/', {
			viewport: VIEWPORTS.phone
		});
		await waitForScrolly(page);
		const graphicHeight = () =>
			page.$eval('.live .scrolly-graphic', (el) => el.getBoundingClientRect().height);
		/** Makes the demo's third step `lines` lines long; the engine re-measures as the page grows. */
		const lengthen = (lines: number) =>
			page.$eval(
				'#demo-three .scrolly-step-body p',
				(p, lines) => (p.innerHTML = Array(lines).fill('A line of the step.').join('<br>')),
				lines
			);
		const stepHeight = () =>
			page.$eval('#demo-three .scrolly-step-body', (el) => el.getBoundingClientRect().height);
		const full = 812 * 0.52;
		expect(await graphicHeight()).toBeCloseTo(full, 0);

		await lengthen(16);
		const step = await stepHeight();
		expect(step).toBeGreaterThan(812 - full);
		await expect.poll(graphicHeight).toBeCloseTo(812 - step - 16, 0);
		await scrollStepToTrigger(page, 'demo-three');
		const whole = await page.evaluate(() => {
			const body = document.querySelector('#demo-three .scrolly-step-body')!;
			const graphic = document.querySelector('.live .scrolly-graphic')!;
			window.scrollBy(
				0,
				body.getBoundingClientRect().top - graphic.getBoundingClientRect().bottom - 4
			);
			const box = body.getBoundingClientRect();
			return box.top >= graphic.getBoundingClientRect().bottom && box.bottom <= innerHeight;
		});
		expect(whole).toBe(true);

		await lengthen(40);
		await expect.poll(graphicHeight).toBeCloseTo(812 * 0.3, 0);
		await lengthen(1);
		await expect.poll(graphicHeight).toBeCloseTo(full, 0);
		expect(errors).toEqual([]);
		await close();
	});
});

/** A CSS transition as it started on the page (recorded on `transitionrun`). */
interface StartedTransition {
	property: string;
	svg: boolean;
	duration: number;
	where: string;
}
/** The page's record of the transitions started since it was last emptied. */
type WithRecord = { __started: StartedTransition[] };

describe('a step change on the flagship', () => {
	it('runs no transition of a colour, of visibility or of an SVG shape’s opacity', async () => {
		// Those are restyled on the main thread at every frame of the transition, while the
		// reader scrolls (what moves is moved by transforms and opacity, which the compositor
		// runs). Each section's second and third steps, where its graphic changes; every
		// transition that starts is recorded as it starts (`transitionrun`), so a slow machine
		// cannot let one end unseen.
		const { page, errors, close } = await openPage(browser(), '/american-plan/', {
			viewport: VIEWPORTS.phone
		});
		await waitForScrolly(page);
		await page.evaluate(() => {
			const started: StartedTransition[] = [];
			(window as unknown as WithRecord).__started = started;
			document.addEventListener(
				'transitionrun',
				(event) => {
					const target = event.target as Element;
					const transition = target
						.getAnimations()
						.find((a) => a instanceof CSSTransition && a.transitionProperty === event.propertyName);
					started.push({
						property: event.propertyName,
						svg: target instanceof SVGElement,
						duration: Number(transition?.effect?.getTiming().duration ?? NaN),
						where: `${target.tagName.toLowerCase()}.${[...target.classList].join('.')}`
					});
				},
				true
			);
		});
		const sections = await page.$$eval('.scrolly', (els) =>
			els.map((el) => [...el.querySelectorAll('.scrolly-step')].map((step) => step.id))
		);
		const seen: string[] = [];
		const forbidden: string[] = [];
		for (const steps of sections) {
			for (const id of steps.slice(1, 3)) {
				await page.evaluate(() => {
					(window as unknown as WithRecord).__started.length = 0;
				});
				await scrollStepToTrigger(page, id);
				await page.locator(`#${id}.is-active`).waitFor();
				await page.waitForTimeout(100);
				const started = await page.evaluate(() => (window as unknown as WithRecord).__started);
				for (const t of started) {
					seen.push(t.property);
					const mainThread =
						t.duration !== 0 &&
						(/color|shadow|visibility|stroke|fill/.test(t.property) ||
							(t.svg && t.property === 'opacity'));
					if (mainThread) forbidden.push(`${id}: ${t.where} ${t.property} ${t.duration} ms`);
				}
			}
		}
		// The check saw the transitions that do run (it would pass on a page without any).
		expect(seen).toContain('opacity');
		expect(seen.some((p) => /transform|translate/.test(p))).toBe(true);
		expect(forbidden).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	}, 120_000);
});

describe('the site’s theme', () => {
	it('follows a reader’s dark mode, which it asks for (theme.css alone stays light)', async () => {
		const background = async (colorScheme: 'light' | 'dark') => {
			const { page, close } = await openPage(browser(), STORY, { colorScheme });
			const seen = await page.evaluate(() => ({
				asks: document.documentElement.dataset.theme,
				body: getComputedStyle(document.body).backgroundColor,
				step: getComputedStyle(document.querySelector('.scrolly-step-body')!).color
			}));
			await close();
			return seen;
		};
		expect(await background('dark')).toEqual({
			asks: 'auto',
			body: 'rgb(20, 20, 20)',
			step: 'rgb(236, 236, 236)'
		});
		expect(await background('light')).toEqual({
			asks: 'auto',
			body: 'rgb(255, 255, 255)',
			step: 'rgb(27, 27, 27)'
		});
	});
});

describe('scrolly without JavaScript', () => {
	it('shows every step with its own static graphic (the stacked layout)', async () => {
		const { page, close } = await openPage(browser(), STORY, {
			javaScriptEnabled: false,
			viewport: VIEWPORTS.phone
		});
		for (const id of STEPS) {
			expect(await page.isVisible(`#${id}`)).toBe(true);
			expect(await page.isVisible(`#${id} .scrolly-step-graphic`)).toBe(true);
		}
		expect(await page.isVisible('.scrolly-graphic')).toBe(false);
		const text = await page.textContent('.scrolly-steps');
		expect(text).toContain('The harbour master proposes a new pier.');
		expect(text).toContain('The council votes, seven to four.');
		await close();
	});
});

describe('scrolly lifecycle', () => {
	it('leaves no scroll listener or observer behind when it is removed', async () => {
		const context = await browser().newContext({ viewport: VIEWPORTS.desktop });
		// Count live window/document scroll listeners and observed elements, from the first script.
		await context.addInitScript(() => {
			const live = { scroll: 0, observed: 0 };
			(window as unknown as { __live: typeof live }).__live = live;
			const listeners = new Set<unknown>();
			const { addEventListener, removeEventListener } = EventTarget.prototype;
			EventTarget.prototype.addEventListener = function (
				type: string,
				fn: unknown,
				options?: unknown
			) {
				if (type === 'scroll' && (this === window || this === document) && !listeners.has(fn)) {
					listeners.add(fn);
					live.scroll++;
				}
				return addEventListener.call(
					this,
					type,
					fn as EventListener,
					options as AddEventListenerOptions
				);
			};
			EventTarget.prototype.removeEventListener = function (
				type: string,
				fn: unknown,
				options?: unknown
			) {
				if (type === 'scroll' && (this === window || this === document) && listeners.delete(fn))
					live.scroll--;
				return removeEventListener.call(
					this,
					type,
					fn as EventListener,
					options as EventListenerOptions
				);
			};
			for (const name of ['IntersectionObserver', 'ResizeObserver'] as const) {
				const Original = window[name] as unknown as new (...args: unknown[]) => {
					observe(target: Element, options?: unknown): void;
					unobserve(target: Element): void;
					disconnect(): void;
				};
				const Counted = class extends Original {
					targets = new Set<Element>();
					observe(target: Element, options?: unknown) {
						if (!this.targets.has(target)) live.observed++;
						this.targets.add(target);
						super.observe(target, options);
					}
					unobserve(target: Element) {
						if (this.targets.delete(target)) live.observed--;
						super.unobserve(target);
					}
					disconnect() {
						live.observed -= this.targets.size;
						this.targets.clear();
						super.disconnect();
					}
				};
				(window as unknown as Record<string, unknown>)[name] = Counted;
			}
		});
		const page = await context.newPage();
		const live = () =>
			page.evaluate(
				() => (window as unknown as { __live: { scroll: number; observed: number } }).__live
			);
		await page.goto(inject('baseUrl') + '/components/scrolly/', { waitUntil: 'networkidle' });
		await waitForScrolly(page);
		await scrollStepToTrigger(page, 'demo-two');
		await expect.poll(() => page.textContent('[data-testid="index"]')).toBe('1');
		const during = await live();
		expect(during.observed).toBeGreaterThan(0);
		expect(during.scroll).toBeGreaterThan(0);

		// Unmounting is what a client-side navigation does to the component.
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.click('text=Remove the demo');
		await expect.poll(live).toEqual({ scroll: 0, observed: 0 });
		await context.close();
	});
});
