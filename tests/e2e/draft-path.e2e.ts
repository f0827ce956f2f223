/**
 * The draft-path diagram in real Chromium, on the flagship story: which stages and flows each
 * step lights (and un-lights on the way back), no label overlapping another and no text under
 * 12px at phone and desktop widths, and the prerendered page (no JavaScript) holding the
 * diagram and its ordered list. Expectations come from the story's own sections.yaml.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { loadStory } from '../../src/lib/story/loader';
import type { SectionOf } from '../../src/lib/story/schema';
import { draftPathState, idsInPhase } from '../../src/lib/visuals/draft-path/draftPathState';
import { openPage, readyIsland, scrollStepToTrigger, useBrowser, waitForScrolly } from './page';

const browser = useBrowser();
const STORY = '/american-plan/';
const story = loadStory('stories/american-plan');
const section = story.sections.find((s) => s.id === 'draft-path') as SectionOf<'draft-path'>;
const STEP_IDS = section.steps.map((s) => s.id);
const stageIds = story.stages.map((s) => s.id);

/** What the data says each step lights. */
function expected(index: number) {
	const state = draftPathState(section.steps, index, stageIds, story.flows);
	return {
		stages: idsInPhase(state.stages, 'lit').sort(),
		flows: idsInPhase(state.flows, 'lit').sort(),
		upcomingFlows: idsInPhase(state.flows, 'upcoming').sort()
	};
}

const GRAPHIC = '[data-section="draft-path"] .scrolly-graphic';

/** The orientation on screen, and what it shows lit. */
async function shown(page: Page) {
	return page.evaluate((graphic) => {
		const root = document.querySelector(graphic)!;
		const visible = [...root.querySelectorAll<HTMLElement>('.dp-wide, .dp-narrow')].find(
			(el) => getComputedStyle(el).display !== 'none'
		)!;
		const ids = (selector: string, attribute: string) =>
			[...visible.querySelectorAll(selector)].map((el) => el.getAttribute(attribute)!).sort();
		return {
			orientation: visible.classList.contains('dp-wide') ? 'wide' : 'narrow',
			stages: ids('.dp-dot[data-phase="lit"]', 'data-stage'),
			flows: ids('.dp-flow[data-phase="lit"]', 'data-flow'),
			upcomingFlows: ids('.dp-flow[data-phase="upcoming"]', 'data-flow')
		};
	}, GRAPHIC);
}

/** Boxes of text that must not overlap, and every font size used, in the visible diagram. */
async function textLayout(page: Page, within: string) {
	return page.evaluate((within) => {
		const root = document.querySelector(within)!;
		const visible = [...root.querySelectorAll<HTMLElement>('.dp-wide, .dp-narrow')].find(
			(el) => getComputedStyle(el).display !== 'none'
		)!;
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { x: r.left, y: r.top, w: r.width, h: r.height };
		};
		/** The box of an element's text: the union of its parts, or itself. */
		const textBox = (el: Element) => {
			const parts = [...el.querySelectorAll('.dp-part')].map(box).filter((b) => b.w > 0);
			if (!parts.length) return box(el);
			const x = Math.min(...parts.map((b) => b.x));
			const y = Math.min(...parts.map((b) => b.y));
			return {
				x,
				y,
				w: Math.max(...parts.map((b) => b.x + b.w)) - x,
				h: Math.max(...parts.map((b) => b.y + b.h)) - y
			};
		};
		const labels = [
			...visible.querySelectorAll(
				'.dp-label, .dp-row, .dp-lane-name, .dp-date, .dp-track-name, .dp-legend-entry, .dp-legend-title'
			)
		].map((el) => ({
			name:
				el.getAttribute('data-label') ??
				el.getAttribute('data-stage') ??
				`${el.className.split(' ')[0]}:${el.textContent?.trim().slice(0, 24)}`,
			box: textBox(el)
		}));
		const dots = [...visible.querySelectorAll('.dp-dot')].map((el) => ({
			name: `dot:${el.getAttribute('data-stage')}`,
			box: box(el)
		}));
		const sizes = new Set<number>();
		const walker = document.createTreeWalker(visible, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!node.textContent?.trim()) continue;
			sizes.add(parseFloat(getComputedStyle(node.parentElement!).fontSize));
		}
		return { labels, dots, sizes: [...sizes] };
	}, within);
}

type Box = { x: number; y: number; w: number; h: number };
const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

function overlaps(layout: Awaited<ReturnType<typeof textLayout>>): string[] {
	const found: string[] = [];
	const { labels, dots } = layout;
	labels.forEach((a, i) => {
		for (const b of labels.slice(i + 1))
			if (overlap(a.box, b.box)) found.push(`${a.name} × ${b.name}`);
		for (const dot of dots) if (overlap(a.box, dot.box)) found.push(`${a.name} × ${dot.name}`);
	});
	return found;
}

describe.each([
	['phone', { width: 375, height: 812 }, 'narrow'],
	['desktop', { width: 1440, height: 900 }, 'wide']
] as const)('the draft path on a %s', (_name, viewport, orientation) => {
	it('lights each step’s stages and flows as the reader scrolls, and un-lights them going back', async () => {
		const { page, errors, close } = await openPage(browser(), STORY, { viewport });
		await waitForScrolly(page);
		const order = [...STEP_IDS.keys(), ...[...STEP_IDS.keys()].reverse().slice(1)];
		for (const index of order) {
			await scrollStepToTrigger(page, STEP_IDS[index]!);
			const want = expected(index);
			await expect.poll(() => shown(page), { timeout: 4000 }).toEqual({ orientation, ...want });
		}
		expect(errors).toEqual([]);
		await close();
	});
});

describe.each([
	['320', { width: 320, height: 568 }, 'with web fonts', true],
	['375', { width: 375, height: 812 }, 'with web fonts', true],
	['1440', { width: 1440, height: 900 }, 'with web fonts', true],
	['320', { width: 320, height: 568 }, 'with web fonts blocked', false],
	['1440', { width: 1440, height: 900 }, 'with web fonts blocked', false]
] as const)('the draft path at %spx %s', (_name, viewport, _font, webFonts) => {
	it('has no overlapping labels and no text under 12px, at every step', async () => {
		const { page, close } = await openPage(browser(), STORY, { viewport, webFonts });
		await waitForScrolly(page);
		for (const id of STEP_IDS) {
			await scrollStepToTrigger(page, id);
			await page.waitForTimeout(800); // let transitions settle
			const layout = await textLayout(page, GRAPHIC);
			expect(layout.labels.length).toBeGreaterThan(10);
			expect(overlaps(layout), id).toEqual([]);
			expect(Math.min(...layout.sizes), id).toBeGreaterThanOrEqual(12);
		}
		await close();
	});
});

describe.each([
	['light', { width: 375, height: 812 }],
	['dark', { width: 1440, height: 900 }]
] as const)('the draft path in the %s theme', (theme, viewport) => {
	it('has no accessibility violations axe can find', async () => {
		const { page, close } = await openPage(browser(), STORY, { viewport, colorScheme: theme });
		await waitForScrolly(page);
		await scrollStepToTrigger(page, 'dp-authorship');
		await page.waitForTimeout(800);
		const result = await new AxeBuilder({ page }).include('[data-section="draft-path"]').analyze();
		expect(
			result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
		await close();
	});
});

describe('the draft path without JavaScript', () => {
	it('is in the prerendered page: the diagram with every stage after each step, and the list', async () => {
		const { page, close } = await openPage(browser(), STORY, {
			javaScriptEnabled: false,
			viewport: { width: 375, height: 812 }
		});
		const steps = `[data-section="draft-path"] .scrolly-step-graphic`;
		expect(await page.locator(steps).count()).toBe(STEP_IDS.length);
		for (const [index, id] of STEP_IDS.entries()) {
			const graphic = `#${id} .scrolly-step-graphic`;
			expect(await page.isVisible(graphic)).toBe(true);
			expect(await page.locator(`${graphic} .draft-path svg`).count()).toBeGreaterThan(0);
			const dots = await page.$$eval(`${graphic} .dp-narrow .dp-dot`, (els) =>
				els.map((el) => el.getAttribute('data-stage'))
			);
			expect(dots.sort()).toEqual([...stageIds].sort());
			const lit = await page.$$eval(`${graphic} .dp-narrow .dp-dot[data-phase="lit"]`, (els) =>
				els.map((el) => el.getAttribute('data-stage')!).sort()
			);
			expect(lit).toEqual(expected(index).stages);
			const layout = await textLayout(page, graphic);
			expect(overlaps(layout), id).toEqual([]);
		}
		const items = await page.$$eval(
			'[data-section="draft-path"] .draft-path-text > ol > li',
			(els) => els.map((el) => el.getAttribute('data-stage'))
		);
		expect(items).toHaveLength(stageIds.length);
		expect(await page.isVisible('[data-section="draft-path"] .draft-path-text')).toBe(true);
		const text = await page.textContent('[data-section="draft-path"] .draft-path-text');
		expect(text).toContain(
			'“make this paper from our position … informally pass it along … let them do like their own”'
		);
		await close();
	});

	it('draws the same diagram before and after hydration, keeping only the orientation shown', async () => {
		const html = await (await fetch(inject('baseUrl') + STORY)).text();
		const styles = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);
		const ssrDots = styles(/class="dp-dot[^"]*"[^>]*?style="([^"]*)"/g);
		const ssrStrips = styles(/class="dp-strip[^"]*"[^>]*?style="([^"]*)"/g);
		const ssrLabels = styles(/class="dp-label[^"]*"[^>]*?style="([^"]*)"/g);
		const hydrated = (page: Page) => readyIsland(page, `${GRAPHIC} .draft-path`);
		const orientations = (page: Page) =>
			page.$$eval(`${GRAPHIC} .dp-wide, ${GRAPHIC} .dp-narrow`, (els) =>
				els.map((el) => el.className.split(' ')[0])
			);
		// Positions as numbers: a style the browser wrote (drawn after a resize) is serialised
		// differently from the server's attribute.
		const numbers = (styles: (string | null | undefined)[]) =>
			styles.map((style) =>
				[...(style ?? '').replace(/\+\s*-|-\s+/g, '-').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) =>
					Number(m[0])
				)
			);
		/** Same number of positions, each within a thousandth of a percent or pixel. */
		const samePlaces = (a: (string | null | undefined)[], b: (string | null | undefined)[]) => {
			const [x, y] = [numbers(a), numbers(b)];
			expect(x.map((row) => row.length)).toEqual(y.map((row) => row.length));
			const worst = Math.max(...x.flatMap((row, i) => row.map((n, j) => Math.abs(n - y[i]![j]!))));
			expect(worst).toBeLessThan(0.001);
		};
		// The sticky graphic comes first in the markup: its wide dots, then its narrow strip.
		const wideAsServed = async (page: Page) => {
			const dots = await page.$$eval(`${GRAPHIC} .dp-wide .dp-dot`, (els) =>
				els.map((el) => el.getAttribute('style'))
			);
			expect(dots.length).toBe(stageIds.length);
			samePlaces(dots, ssrDots.slice(0, dots.length));
			// The labels are rebuilt from the choices in the page, not searched for again.
			const labels = await page.$$eval(`${GRAPHIC} .dp-wide .dp-label`, (els) =>
				els.map((el) => el.getAttribute('style'))
			);
			expect(labels.length).toBeGreaterThan(stageIds.length);
			samePlaces(labels, ssrLabels.slice(0, labels.length));
		};

		const desktop = await openPage(browser(), STORY, { viewport: { width: 1440, height: 900 } });
		await hydrated(desktop.page);
		expect(await orientations(desktop.page)).toEqual(['dp-wide']);
		await wideAsServed(desktop.page);
		expect(desktop.errors).toEqual([]);
		await desktop.close();

		const phone = await openPage(browser(), STORY, { viewport: { width: 375, height: 812 } });
		await hydrated(phone.page);
		expect(await orientations(phone.page)).toEqual(['dp-narrow']);
		const strip = await phone.page.$eval(`${GRAPHIC} .dp-strip`, (el) => el.getAttribute('style'));
		expect(strip).toBe(ssrStrips[0]);
		expect(strip).toMatch(/--dp-strip-height: \d+(\.\d+)?px/);
		// Turned to a desktop-sized window, the graphic draws the wide orientation too.
		await phone.page.setViewportSize({ width: 1440, height: 900 });
		await expect.poll(() => orientations(phone.page)).toEqual(['dp-wide', 'dp-narrow']);
		await expect.poll(() => shown(phone.page).then((s) => s.orientation)).toBe('wide');
		await wideAsServed(phone.page);
		expect(phone.errors).toEqual([]);
		await phone.close();
	});
});
