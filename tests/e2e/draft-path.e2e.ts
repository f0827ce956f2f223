/**
 * The draft path in real Chromium, on the flagship story. At 375, 768 and 1440 px, for every
 * step once its transitions have ended (one page load per width, reduced motion, one look per
 * step): the step's stages and flows are lit; no two visible labels overlap, nor a label a dot;
 * no visible text is cut by the graphic's frame; every entry of the key is in view. Then: the
 * prerendered stills without JavaScript and in print, with the lane names whole; the same
 * drawing before and after hydration; and the single-visual embed drawn wide in a 700px column
 * (axe checks every step in a11y-steps.e2e.ts). Expectations come from the story's own data.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadStory } from '../../src/lib/build/loader';
import type { SectionOf } from '../../src/lib/model/schema';
import { draftPathState, idsInPhase } from '../../src/lib/visuals/draft-path/draftPathState';
import {
	openPage,
	openStill,
	readyIsland,
	scrollStepToTrigger,
	useBrowser,
	waitForScrolly,
	waitForTransitionsToEnd
} from './page';

const browser = useBrowser();
const STORY = '/american-plan/';
const story = loadStory('stories/american-plan');
const section = story.sections.find((s) => s.visual === 'draft-path') as SectionOf<'draft-path'>;
const STEP_IDS = section.steps.map((s) => s.id);
const stageIds = story.stages.map((s) => s.id);
const GRAPHIC = `[data-section="${section.id}"] .scrolly-graphic`;

/** The stages each step lights, from the data. */
const litAt = (index: number) =>
	idsInPhase(draftPathState(section.steps, index, stageIds, story.flows).stages, 'lit').sort();

/**
 * Everything the checks need about one drawing of the diagram, in one call: its orientation,
 * its lit stages, and its visible text, label by label, as the rectangles of its lines (not
 * its boxes, which are wider), with the box that clips it.
 */
function look(root: Element) {
	type Rect = { x: number; y: number; r: number; b: number };
	const rect = (r: DOMRect): Rect => ({ x: r.left, y: r.top, r: r.right, b: r.bottom });
	/** Rendered, and neither it nor a parent (up to the diagram) hidden or transparent. */
	const shown = (el: Element) => {
		if (!el.getClientRects().length) return false;
		for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) {
			const style = getComputedStyle(e);
			if (style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
		}
		return true;
	};
	// A narrow row's words are hidden by a clip-path the camera sets (see DraftPathNarrow).
	const clipped = (el: Element) => {
		const row = el.closest('.dp-row-text');
		if (!row) return false;
		const amounts = [...getComputedStyle(row).clipPath.matchAll(/clamp\(0px, (-?[\d.e+]+)px/g)];
		return amounts.some((m) => Number(m[1]) > 0.5);
	};
	const wide = root.querySelector('.dp-wide');
	const orientation = wide && getComputedStyle(wide).display !== 'none' ? 'wide' : 'narrow';
	const drawing = root.querySelector(orientation === 'wide' ? '.dp-wide' : '.dp-narrow')!;
	const units = [
		...root.querySelectorAll('.dp-legend li'),
		...drawing.querySelectorAll(
			'.dp-label, .dp-row-text, .dp-date, .dp-lane-name, .dp-caption, .dp-track-key'
		)
	];
	const labels = units.flatMap((unit) => {
		// The box that clips the unit: lines wholly outside it are not seen (nor checked).
		const frame = rect(
			(unit.closest('.dp-window') ?? unit.closest('.dp-body') ?? root).getBoundingClientRect()
		);
		const lines: Rect[] = [];
		const walker = document.createTreeWalker(unit, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement!;
			if (!node.textContent!.trim() || !shown(parent) || clipped(parent)) continue;
			if (parent.closest('[popover]')) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const r of range.getClientRects()) {
				const line = rect(r);
				if (
					r.width > 0 &&
					line.x < frame.r &&
					frame.x < line.r &&
					line.y < frame.b &&
					frame.y < line.b
				)
					lines.push(line);
			}
		}
		const name =
			unit.getAttribute('data-label') ??
			unit.closest('[data-stage]')?.getAttribute('data-stage') ??
			`${unit.className.split(' ')[0]}: ${unit.textContent!.trim().slice(0, 30)}`;
		return lines.length ? [{ name, lines, frame }] : [];
	});
	const dots = [...drawing.querySelectorAll('.dp-dot')]
		.filter((el) => shown(el))
		.map((el) => ({
			name: `dot ${el.getAttribute('data-stage')}`,
			box: rect(el.getBoundingClientRect())
		}));
	const lit = [...drawing.querySelectorAll('.dp-dot[data-phase="lit"]')]
		.map((el) => el.getAttribute('data-stage')!)
		.sort();
	const key = [...root.querySelectorAll('.dp-legend li')].map((li) => ({
		text: li.textContent!.trim(),
		box: rect(li.getBoundingClientRect())
	}));
	return {
		orientation,
		lit,
		labels,
		dots,
		key,
		root: rect(root.getBoundingClientRect()),
		viewport: { x: 0, y: 0, r: innerWidth, b: innerHeight }
	};
}

type Look = ReturnType<typeof look>;

async function lookAt(page: Page, selector: string): Promise<Look> {
	const el = await page.$(selector);
	if (!el) throw new Error(`No ${selector} on the page`);
	return page.evaluate(look, el);
}
type Rect = Look['root'];
const meet = (a: Rect, b: Rect, by = 0.5) =>
	a.x < b.r - by && b.x < a.r - by && a.y < b.b - by && b.y < a.b - by;
const within = (a: Rect, b: Rect) =>
	a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.r <= b.r + 0.5 && a.b <= b.b + 0.5;

/** Every pair of labels whose lines meet, every label on a dot, and every line of text the
 * frame cuts (partly in it, partly out; lines wholly out of it are not seen). */
function problems({ labels, dots }: Look): string[] {
	const found: string[] = [];
	labels.forEach((a, i) => {
		for (const b of labels.slice(i + 1))
			if (a.lines.some((la) => b.lines.some((lb) => meet(la, lb))))
				found.push(`${a.name} × ${b.name}`);
		for (const dot of dots)
			if (a.lines.some((l) => meet(l, dot.box, 1))) found.push(`${a.name} × ${dot.name}`);
		for (const line of a.lines)
			if (meet(line, a.frame, 0) && !within(line, a.frame))
				found.push(`${a.name} cut by the frame`);
	});
	return found;
}

describe.each([
	[375, 812, 'narrow'],
	[768, 900, 'narrow'],
	[1440, 900, 'wide']
] as const)('the draft path at %ipx', (width, height, orientation) => {
	it('at every step: its stages lit; no label on another or on a dot; no text cut; the key in view', async () => {
		const { page, errors, close } = await openPage(browser(), STORY, {
			viewport: { width, height },
			reducedMotion: 'reduce'
		});
		await waitForScrolly(page);
		for (const [index, id] of STEP_IDS.entries()) {
			await scrollStepToTrigger(page, id);
			await waitForTransitionsToEnd(page);
			const seen = await lookAt(page, `${GRAPHIC} .draft-path`);
			expect(seen.orientation, id).toBe(orientation);
			expect(seen.lit, id).toEqual(litAt(index));
			expect(seen.labels.length, id).toBeGreaterThanOrEqual(5);
			expect(problems(seen), id).toEqual([]);
			expect(seen.key.length, id).toBeGreaterThanOrEqual(4);
			for (const entry of seen.key) {
				expect(within(entry.box, seen.root), `${id}: ${entry.text} in the frame`).toBe(true);
				expect(within(entry.box, seen.viewport), `${id}: ${entry.text} on screen`).toBe(true);
			}
		}
		expect(errors).toEqual([]);
		await close();
	});
});

/** The first step that draws a flow on (lights one the step before left upcoming). */
const drawingStep = STEP_IDS.findIndex((_, i) => {
	const lit = (at: number) =>
		idsInPhase(draftPathState(section.steps, at, stageIds, story.flows).flows, 'lit');
	return i > 0 && lit(i).some((id) => !lit(i - 1).includes(id));
});

describe.each([
	[375, 812],
	[1440, 900]
] as const)('the draft path drawing a flow on, at %ipx', (width, height) => {
	it('moves boxes only (the compositor runs it), and holds the line in place as it draws', async () => {
		const { page, errors, close } = await openPage(browser(), STORY, {
			viewport: { width, height }
		});
		await waitForScrolly(page);
		await readyIsland(page, GRAPHIC);
		await scrollStepToTrigger(page, STEP_IDS[drawingStep - 1]!);
		await waitForTransitionsToEnd(page);
		// Each transition of the graphic is held where it starts, to be looked at part way.
		await page.evaluate((graphic) => {
			document.addEventListener('transitionrun', (event) => {
				const target = event.target as Element;
				if (target.closest(graphic)) for (const a of target.getAnimations()) a.pause();
			});
		}, GRAPHIC);
		await scrollStepToTrigger(page, STEP_IDS[drawingStep]!);
		await page.waitForFunction(
			(graphic) =>
				[...document.querySelectorAll(`${graphic} .dp-flow-line`)].some(
					(line) => line.getAnimations().length > 0
				),
			GRAPHIC
		);
		const seen = await page.evaluate((graphic) => {
			const root = document.querySelector(graphic)!;
			const running = document
				.getAnimations()
				.filter((a) => root.contains((a.effect as KeyframeEffect).target as Element));
			const target = (a: Animation) => (a.effect as KeyframeEffect).target as HTMLElement;
			// Each line's box and its drawing, against what the line moves with (the strip or the
			// chart): part way through the transitions, then at their end.
			const lines = running.map(target).filter((el) => el.matches('.dp-flow-line'));
			const place = () =>
				lines.map((line) => {
					const origin = line.offsetParent!.getBoundingClientRect();
					const at = (el: Element) => {
						const r = el.getBoundingClientRect();
						return [r.left - origin.left, r.top - origin.top, r.width, r.height];
					};
					return { box: at(line), drawing: at(line.querySelector('svg')!) };
				});
			for (const a of running) a.currentTime = 250;
			const partWay = place();
			for (const a of running) a.finish();
			return {
				properties: [...new Set(running.map((a) => (a as CSSTransition).transitionProperty))],
				partWay,
				drawn: place()
			};
		}, GRAPHIC);
		expect(seen.partWay.length).toBeGreaterThan(0);
		// Transforms and opacity only: nothing the main thread repaints at every frame.
		expect(seen.properties.filter((p) => p !== 'transform' && p !== 'opacity')).toEqual([]);
		seen.partWay.forEach((line, i) => {
			const end = seen.drawn[i]!;
			// Part way, the box is still moving in; the line inside it is already where it ends.
			expect(Math.max(...line.box.map((v, k) => Math.abs(v - end.box[k]!)))).toBeGreaterThan(2);
			line.drawing.forEach((v, k) => expect(v).toBeCloseTo(end.drawing[k]!, 0));
		});
		expect(errors).toEqual([]);
		await close();
	});
});

describe('the draft path without JavaScript, and in print', () => {
	it.each([
		['without JavaScript', 'screen'],
		['in print', 'print']
	] as const)(
		'%s: every step’s still, lit as its step, lane names whole, nothing cut',
		async (_name, media) => {
			const { page, close } = await openPage(browser(), STORY, {
				javaScriptEnabled: false,
				viewport: { width: 375, height: 812 }
			});
			await page.emulateMedia({ media });
			const graphics = `[data-section="${section.id}"] .scrolly-step-graphic`;
			expect(await page.locator(graphics).count()).toBe(STEP_IDS.length);
			for (const [index, id] of STEP_IDS.entries()) {
				// The still is an image (src/build/stills.js): its graphic is read in the image's file.
				const still = await openStill(browser(), page, id);
				await still.page.emulateMedia({ media });
				const root = (await still.page.$('.scrolly-step-graphic .draft-path'))!;
				const seen = await still.page.evaluate(look, root);
				expect(seen.lit, id).toEqual(litAt(index));
				expect(problems(seen), id).toEqual([]);
				const names = await root.$eval('.dp-track-key', (el) => el.textContent!);
				for (const lane of story.lanes) expect(names).toContain(lane.label);
				await still.close();
			}
			const items = await page.$$eval(
				`[data-section="${section.id}"] .draft-path-text > ol > li`,
				(els) => els.length
			);
			expect(items).toBe(stageIds.length);
			await close();
		}
	);
});

describe('the draft path’s text alternative', () => {
	it('gives every flow into the plan its status, and each denial in full', async () => {
		const { page, close } = await openPage(browser(), STORY, { javaScriptEnabled: false });
		const list = `[data-section="${section.id}"] .draft-path-text`;
		const text = (await page.textContent(list))!;
		const flows = await page.$$eval(`${list} li[data-flow]`, (els) =>
			Object.fromEntries(els.map((el) => [el.getAttribute('data-flow'), el.textContent!]))
		);
		for (const flow of story.flows.filter((f) => f.to === 'us-plan')) {
			expect(flows[flow.id], flow.id).toMatch(new RegExp(flow.status, 'i'));
			if (flow.denial) expect(flows[flow.id], flow.id).toContain(`Denied by ${flow.denial.by}`);
		}
		expect(text).toContain(
			'“make this paper from our position … informally pass it along … let them do like their own”'
		);
		await close();
	});
});

describe('the draft path hydrated', () => {
	it('draws what the server draws, keeps the orientation shown, and searches for no label', async () => {
		// The story page leaves its pinned graphic to the browser (Island.svelte); the draft path's
		// own embed is drawn by the server, from the same build-time layout.
		const html = await (await fetch(inject('baseUrl') + '/embed/american-plan/draft-path/')).text();
		const served = [...html.matchAll(/class="dp-label[^"]*"[^>]*?style="([^"]*)"/g)].map(
			(m) => m[1]
		);
		const { page, errors, close } = await openPage(browser(), STORY, {
			viewport: { width: 1440, height: 900 }
		});
		await readyIsland(page, GRAPHIC);
		// Mounted into an empty island, it draws one orientation once it has measured its body.
		await expect
			.poll(() =>
				page.$$eval(`${GRAPHIC} .dp-wide, ${GRAPHIC} .dp-narrow`, (els) =>
					els.map((el) => el.className.split(' ')[0])
				)
			)
			.toEqual(['dp-wide']);
		const labels = await page.$$eval(`${GRAPHIC} .dp-wide .dp-label`, (els) =>
			els.map((el) => el.getAttribute('style'))
		);
		expect(labels.length).toBeGreaterThan(stageIds.length);
		// The same places, as the server wrote them: custom properties read from the layout.
		const numbers = (s: string | null | undefined) =>
			[...(s ?? '').matchAll(/-?\d+(?:\.\d+)?/g)].map(Number);
		expect(labels.map(numbers)).toEqual(served.slice(0, labels.length).map(numbers));
		// The label search and its check are Node only: none of their words reach the browser.
		const scripts = await page.evaluate(async () =>
			Promise.all(
				performance
					.getEntriesByType('resource')
					.map((e) => e.name)
					.filter((n) => n.endsWith('.js'))
					.map(async (url) => (await fetch(url)).text())
			)
		);
		expect(
			scripts.filter((s) => s.includes('outside its lane') || s.includes('data-dp-labels'))
		).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('the draft path’s single-visual embed', () => {
	it.each([
		[700, 'wide'],
		[1100, 'wide'],
		[375, 'narrow']
	] as const)(
		'in a %ipx column is drawn %s, across the column, every label clear at every step',
		async (width, orientation) => {
			const { page, close } = await openPage(browser(), '/embed/american-plan/draft-path/', {
				viewport: { width, height: 1000 },
				reducedMotion: 'reduce'
			});
			const next = 'button[aria-label="Next step"]';
			for (const [index, id] of STEP_IDS.entries()) {
				const seen = await lookAt(page, '.draft-path');
				expect(seen.orientation, id).toBe(orientation);
				expect(seen.root.r - seen.root.x, id).toBeGreaterThan(width - 40);
				expect(problems(seen), id).toEqual([]);
				// The last step has no next one: its button says so, and is not clicked.
				if (index === STEP_IDS.length - 1) {
					expect(await page.getAttribute(next, 'aria-disabled'), id).toBe('true');
					break;
				}
				await page.click(next);
				await waitForTransitionsToEnd(page);
			}
			await close();
		}
	);

	it('opens a denial’s full words from its label, and closes them with Escape', async () => {
		const { page, close } = await openPage(browser(), '/embed/american-plan/draft-path/', {
			viewport: { width: 1100, height: 1000 }
		});
		const next = (p: Page) => p.click('button[aria-label="Next step"]');
		await next(page);
		const button = page.locator('.dp-wide .dp-label button.dp-denial').first();
		await button.click();
		const note = page.locator(`[id="${await button.getAttribute('popovertarget')}"]`);
		await expect.poll(() => note.isVisible()).toBe(true);
		expect(await note.textContent()).toMatch(/^\s*Denied by /);
		await page.keyboard.press('Escape');
		await expect.poll(() => note.isVisible()).toBe(false);
		await close();
	});
});
