/**
 * The transcript reveal in real Chromium: the flagship's two calls scrolled step by step at phone
 * and desktop sizes (lines arrive in the authored order, the highlight lands on the right words,
 * the newest line stays in view, scrolling back hides lines again), quotes word for word, the
 * page without JavaScript, reduced motion, and the fixture story's made-up call.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadStory } from '../../src/lib/build/loader';
import type { Call, SectionOf, Story } from '../../src/lib/model/schema';
import { typeset } from '../../src/lib/ui/typeset';
import {
	openPage,
	openStill,
	readyIsland,
	scrollStepToTrigger,
	useBrowser,
	VIEWPORTS,
	waitForScrolly
} from './page';

const browser = useBrowser();

const flagship = loadStory('stories/american-plan');
const fixture = loadStory('tests/fixtures/stories/harbour-vote');

const FACTS = resolve(process.cwd(), 'tests/fixtures/facts/FACTS.md');

function transcriptSections(story: Story) {
	return story.sections
		.filter((s): s is SectionOf<'transcript'> => s.visual === 'transcript')
		.map((section) => ({ section, call: story.calls.find((c) => c.id === section.call)! }));
}

/** What the graphic must show at each step, worked out here from the data, independently. */
function expectedAt(call: Call, section: SectionOf<'transcript'>, index: number) {
	const reached = new Set(section.steps.slice(0, index + 1).flatMap((s) => s.lines));
	return {
		visible: call.lines.filter((l) => reached.has(l.id)).map((l) => l.id),
		arrived: call.lines.filter((l) => section.steps[index]!.lines.includes(l.id)).map((l) => l.id),
		highlight: section.steps[index]!.highlight
	};
}

const graphic = (sectionId: string) => `section[data-section="${sectionId}"] .scrolly-graphic`;

async function visibleLines(page: Page, sectionId: string) {
	return page.$$eval(`${graphic(sectionId)} li.line:not([hidden])`, (els) =>
		els.map((el) => el.getAttribute('data-line'))
	);
}

/** The active step of a section (every section has one, so ask the step's own section). */
async function activeStep(page: Page, stepId: string) {
	return page
		.$eval(
			`#${stepId}`,
			(step) =>
				step.closest('.scrolly')!.querySelector(':scope > .scrolly-steps > .scrolly-step.is-active')
					?.id ?? ''
		)
		.catch(() => '');
}

/** Where the words that must be seen are (the mark, else the newest line), against the frame. */
async function focusInFrame(page: Page, sectionId: string, focusLine: string) {
	return page.$eval(
		graphic(sectionId),
		(root, focus) => {
			const frame = root.querySelector('.lines-frame')!.getBoundingClientRect();
			const line = root.querySelector(`li[data-line="${focus}"]`)!;
			const target = (line.querySelector('mark') ?? line).getBoundingClientRect();
			return (
				target.height > 0 &&
				target.top >= frame.top - 1 &&
				target.bottom <= frame.bottom + 1 &&
				frame.bottom <= innerHeight + 1
			);
		},
		focusLine
	);
}

describe.each(Object.entries(VIEWPORTS))('flagship transcripts on %s', (_name, viewport) => {
	it('reveals the lines step by step, marks the right words, and undoes it scrolling back', async () => {
		const { page, errors, close } = await openPage(browser(), '/american-plan/', { viewport });
		await waitForScrolly(page);
		const sections = transcriptSections(flagship);
		expect(sections.map((s) => s.section.id)).toEqual(['first-call', 'second-call']);

		for (const { section, call } of sections) {
			// The graphic is mounted as the reader nears its section.
			await scrollStepToTrigger(page, section.steps[0]!.id);
			const header = await page.textContent(`${graphic(section.id)} figcaption`);
			expect(header).toContain(
				flagship.sources.find((s) => s.id === call.publishedBy.source)!.outlet
			);
			for (const [index, step] of section.steps.entries()) {
				await scrollStepToTrigger(page, step.id);
				await expect.poll(() => activeStep(page, step.id)).toBe(step.id);
				const expected = expectedAt(call, section, index);
				await expect.poll(() => visibleLines(page, section.id)).toEqual(expected.visible);
				const arrived = await page.$$eval(
					`${graphic(section.id)} li.line[data-phase="new"]`,
					(els) => els.map((el) => el.getAttribute('data-line'))
				);
				expect(arrived).toEqual(expected.arrived);

				const marks = await page.$$eval(`${graphic(section.id)} mark`, (els) =>
					els.map((el) => ({
						text: el.textContent,
						line: el.closest('li')!.getAttribute('data-line')
					}))
				);
				expect(marks).toEqual(
					expected.highlight
						? [{ text: expected.highlight.phrase, line: expected.highlight.line }]
						: []
				);

				const focus = expected.highlight?.line ?? expected.arrived.at(-1)!;
				await expect.poll(() => focusInFrame(page, section.id, focus)).toBe(true);
			}
			// The header says which call this is: its date and its participants.
			const names = call.participants.map((id) => flagship.entities.find((e) => e.id === id)!);
			const headerText = (await page.textContent(`${graphic(section.id)} figcaption`))!;
			for (const person of names) expect(headerText).toContain(person.name);
			expect(await page.getAttribute(`${graphic(section.id)} figcaption time`, 'datetime')).toBe(
				call.date
			);
		}

		// Scrolling back up hides the lines again, step by step.
		for (const { section, call } of [...sections].reverse()) {
			for (let index = section.steps.length - 1; index >= 0; index--) {
				await scrollStepToTrigger(page, section.steps[index]!.id);
				await expect
					.poll(() => activeStep(page, section.steps[index]!.id))
					.toBe(section.steps[index]!.id);
				await expect
					.poll(() => visibleLines(page, section.id))
					.toEqual(expectedAt(call, section, index).visible);
			}
		}
		expect(errors).toEqual([]);
		await close();
	});

	it('shows verbatim lines word for word and never quotes a paraphrase', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', { viewport });
		await waitForScrolly(page);
		for (const { section, call } of transcriptSections(flagship)) {
			await scrollStepToTrigger(page, section.steps.at(-1)!.id);
			await expect.poll(() => visibleLines(page, section.id)).toHaveLength(call.lines.length);
			const shown = await page.$$eval(`${graphic(section.id)} li.line`, (els) =>
				els.map((el) => ({
					id: el.getAttribute('data-line')!,
					kind: el.getAttribute('data-kind'),
					inBlockquote: el.querySelector('blockquote .text') !== null,
					text: el.querySelector('.text')!.textContent,
					all: el.textContent!
				}))
			);
			for (const line of call.lines) {
				const s = shown.find((x) => x.id === line.id)!;
				// Word for word; only the marks are set as print sets them (straight to curly).
				expect(s.text).toBe(typeset(line.text));
				expect(s.text!.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')).toBe(line.text);
				expect(s.kind).toBe(line.kind);
				if (line.kind === 'verbatim') {
					expect(s.inBlockquote).toBe(true);
					expect(s.all).toContain(`“${typeset(line.text)}”`);
				} else {
					expect(s.inBlockquote).toBe(false);
					expect(s.all).toContain('Summary');
					expect(s.all).not.toMatch(/[“”"„«»]/);
				}
			}
		}
		await close();
	});
});

describe('quotes against the fact base', () => {
	it('every verbatim line in calls.yaml is a quote in FACTS.md, character for character', () => {
		const facts = readFileSync(FACTS, 'utf8');
		const quoted = [...facts.matchAll(/^- (?:Witkoff|Ushakov|Dmitriev): "(.+)"$/gm)].map(
			(m) => m[1]
		);
		const verbatim = flagship.calls.flatMap((c) => c.lines).filter((l) => l.kind === 'verbatim');
		expect(verbatim.length).toBeGreaterThan(0);
		for (const line of verbatim) expect(quoted).toContain(line.text);
		expect(verbatim).toHaveLength(quoted.length);
	});
});

describe('transcripts without JavaScript', () => {
	it('puts every line of both calls in the page text, in order', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', {
			javaScriptEnabled: false,
			viewport: VIEWPORTS.phone
		});
		for (const { section, call } of transcriptSections(flagship)) {
			const text = await page.$eval(
				`section[data-section="${section.id}"] .text-alternative`,
				(el) => (el as HTMLElement).innerText
			);
			let from = 0;
			for (const line of call.lines) {
				const at = text.indexOf(typeset(line.text), from);
				expect(at, `line "${line.id}" of ${call.id}, in order`).toBeGreaterThanOrEqual(0);
				from = at + line.text.length;
			}
			// Quotes in quotation marks, summaries labelled and not quoted.
			for (const line of call.lines) {
				if (line.kind === 'verbatim') expect(text).toContain(`“${typeset(line.text)}”`);
				else {
					expect(text).not.toContain(`“${typeset(line.text)}`);
					expect(text).toMatch(new RegExp(`Summary[^\\n]*${typeset(line.text).slice(0, 20)}`));
				}
			}
		}
		// The static copies after each step are there too, with nothing focusable inside.
		const focusable = await page.$$eval(
			'.scrolly-step-graphic :is(a, button, input, select, textarea, [tabindex])',
			(els) => els.length
		);
		expect(focusable).toBe(0);
		// The still is an image (src/build/stills.js): the highlight is read in the image's file.
		const still = await openStill(browser(), page, 'c1-land');
		expect(await still.page.isVisible('.scrolly-step-graphic mark')).toBe(true);
		await still.close();
		await close();
	});
});

describe('transcripts and motion', () => {
	/** Transitions and animations that start on the transcript when a step arrives (recorded
	 * from `transitionrun`/`animationstart` events, so a slow machine cannot miss them). */
	async function animationsAfterStep(page: Page, stepId: string) {
		await page.evaluate((id) => {
			const w = window as unknown as { __started: string[] };
			if (!w.__started) {
				const record = (event: Event) => {
					const target = event.target;
					if (target instanceof Element && target.closest('.transcript'))
						w.__started.push(event instanceof TransitionEvent ? event.propertyName : event.type);
				};
				document.addEventListener('transitionrun', record, true);
				document.addEventListener('animationstart', record, true);
			}
			w.__started = [];
			const el = document.getElementById(id)!;
			window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.6 + 20);
		}, stepId);
		await expect.poll(() => activeStep(page, stepId)).toBe(stepId);
		await page.waitForTimeout(300);
		return page.evaluate(() => (window as unknown as { __started: string[] }).__started);
	}

	it('fades lines in and sweeps the highlight when motion is allowed', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', {
			viewport: VIEWPORTS.desktop
		});
		await waitForScrolly(page);
		await scrollStepToTrigger(page, 'c1-flattery');
		// The engine can make a step active before the graphic's island has its data and code (on
		// a busy machine): only a hydrated transcript moves.
		await readyIsland(page, graphic('first-call'));
		const started = await animationsAfterStep(page, 'c1-land');
		expect(started).toEqual(expect.arrayContaining(['opacity', 'transform', 'background-size']));
		await close();
	});

	it('shows the lines of the first paint as they are, with no fade (the single-visual embed)', async () => {
		const context = await browser().newContext({ viewport: VIEWPORTS.phone });
		const page = await context.newPage();
		// Recorded from the first parse on, as transitionrun fires for a fade from starting styles.
		await page.addInitScript(() => {
			const w = window as unknown as { __started: string[] };
			w.__started = [];
			document.addEventListener(
				'transitionrun',
				(event) => {
					if (event.target instanceof Element && event.target.closest('.transcript'))
						w.__started.push((event as TransitionEvent).propertyName);
				},
				true
			);
		});
		await page.goto(`${inject('baseUrl')}/embed/american-plan/transcript/`);
		await page.waitForSelector('.transcript[data-motion="true"]');
		await page.waitForTimeout(300);
		expect(
			await page.evaluate(() => (window as unknown as { __started: string[] }).__started)
		).toEqual([]);
		// Motion is on now: the next step's line fades in.
		await page.click('button:has-text("Next")');
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { __started: string[] }).__started))
			.toContain('opacity');
		await context.close();
	});

	it('changes state at once under reduced motion: no transition or animation on the lines', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', {
			viewport: VIEWPORTS.desktop,
			reducedMotion: 'reduce'
		});
		await waitForScrolly(page);
		await scrollStepToTrigger(page, 'c1-flattery');
		// Hydrated first: a transcript that has not come to life yet would pass for a still one.
		await readyIsland(page, graphic('first-call'));
		expect(await animationsAfterStep(page, 'c1-land')).toEqual([]);
		expect(await animationsAfterStep(page, 'c2-paper')).toEqual([]);
		const durations = await page.$$eval(`${graphic('first-call')} :is(li.line, ol.lines)`, (els) =>
			els.map((el) => getComputedStyle(el).transitionDuration)
		);
		expect(new Set(durations)).toEqual(new Set(['0s']));
		expect(await page.getAttribute(`${graphic('first-call')} figure`, 'data-motion')).toBe('false');
		await close();
	});
});

describe('transcripts while scrolling', () => {
	it('read no layout from the transcript while the reader scrolls within a step', async () => {
		const context = await browser().newContext({ viewport: VIEWPORTS.phone });
		// Count every layout read made on an element inside a transcript.
		await context.addInitScript(() => {
			const w = window as unknown as { __transcriptReads: string[] };
			w.__transcriptReads = [];
			const count = (proto: object, name: string) => {
				const desc = Object.getOwnPropertyDescriptor(proto, name)!;
				const wrap = function (this: Element, ...args: unknown[]) {
					if (this.closest?.('.transcript')) w.__transcriptReads.push(name);
					return desc.get
						? desc.get.call(this)
						: (desc.value as (...a: unknown[]) => unknown).apply(this, args);
				};
				Object.defineProperty(
					proto,
					name,
					desc.get ? { ...desc, get: wrap } : { ...desc, value: wrap }
				);
			};
			for (const name of ['offsetTop', 'offsetHeight', 'offsetWidth', 'offsetLeft'])
				count(HTMLElement.prototype, name);
			for (const name of [
				'clientHeight',
				'clientWidth',
				'scrollHeight',
				'scrollTop',
				'getBoundingClientRect',
				'getClientRects'
			])
				count(Element.prototype, name);
		});
		const page = await context.newPage();
		await page.goto(inject('baseUrl') + '/american-plan/', { waitUntil: 'networkidle' });
		await waitForScrolly(page);
		await scrollStepToTrigger(page, 'c2-paper');
		await expect.poll(() => activeStep(page, 'c2-paper')).toBe('c2-paper');
		await page.waitForTimeout(800);
		const readsOnArrival = await page.evaluate(() => {
			const w = window as unknown as { __transcriptReads: string[] };
			const n = w.__transcriptReads.length;
			w.__transcriptReads = [];
			return n;
		});
		// Arriving at a step may measure (the highlighted words, once).
		expect(readsOnArrival).toBeGreaterThan(0);
		for (let i = 0; i < 12; i++) {
			await page.evaluate(async () => {
				window.scrollBy(0, 12);
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			});
		}
		expect(await activeStep(page, 'c2-paper')).toBe('c2-paper');
		expect(
			await page.evaluate(
				() => (window as unknown as { __transcriptReads: string[] }).__transcriptReads
			)
		).toEqual([]);
		await context.close();
	});
});

describe.each(['light', 'dark'] as const)('transcripts in the %s theme', (colorScheme) => {
	it('have no axe violations (contrast included), live and in the text alternative', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', {
			// Desktop: the earlier, dimmed lines are all in view, so their contrast is checked
			// (lines sliding under the fade at the top are "incomplete" for axe, not checked).
			viewport: VIEWPORTS.desktop,
			colorScheme,
			reducedMotion: 'reduce'
		});
		await waitForScrolly(page);
		for (const stepId of ['c1-land', 'c2-informal']) {
			await scrollStepToTrigger(page, stepId);
			await expect.poll(() => activeStep(page, stepId)).toBe(stepId);
			await page.$$eval('section[data-visual="transcript"] details', (els) =>
				els.forEach((el) => ((el as HTMLDetailsElement).open = true))
			);
			const { violations } = await new AxeBuilder({ page })
				.include('section[data-visual="transcript"]')
				.analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
				[]
			);
		}
		await close();
	});
});

describe('the fixture story’s made-up call', () => {
	it('draws any call that fits the schema', async () => {
		const { page, errors, close } = await openPage(browser(), '/harbour-vote/', {
			viewport: VIEWPORTS.phone
		});
		await waitForScrolly(page);
		const [{ section, call }] = transcriptSections(fixture) as [
			ReturnType<typeof transcriptSections>[number]
		];
		await readyIsland(page, graphic(section.id));
		const header = (await page.textContent(`${graphic(section.id)} figcaption`))!;
		expect(header).toContain(
			'Transcript published by The Harbour Gazette (fictional), March 17, 2026'
		);
		expect(header).toContain('Mara Holt');
		expect(header).toContain('Ben Okafor');
		expect(header).not.toContain('Call 1 of');
		for (const [index, step] of section.steps.entries()) {
			await scrollStepToTrigger(page, step.id);
			await expect.poll(() => activeStep(page, step.id)).toBe(step.id);
			const expected = expectedAt(call, section, index);
			await expect.poll(() => visibleLines(page, section.id)).toEqual(expected.visible);
			expect(await page.textContent(`${graphic(section.id)} mark`)).toBe(
				expected.highlight!.phrase
			);
		}
		// A line whose status differs from the call's carries its own badge, with its claimant.
		const minutes = await page.textContent(`${graphic(section.id)} li[data-line="minutes"]`);
		expect(minutes!.replace(/\s+/g, ' ')).toContain('Claimed by The Harbour Gazette (fictional)');
		await scrollStepToTrigger(page, section.steps[0]!.id);
		await expect.poll(() => visibleLines(page, section.id)).toEqual([call.lines[0]!.id]);
		expect(errors).toEqual([]);
		await close();
	});
});

interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Brings the step to the reading line, waits until its lines are shown, and measures the
 * transcript's text: what is seen of each block (clipped to the frame the lines slide in), the
 * speakers' colors and names. One evaluate per step. */
function measureTranscript(page: Page, sectionId: string, stepId: string, visible: string[]) {
	return page.evaluate(
		async ({ root: selector, stepId, visible }) => {
			const step = document.getElementById(stepId)!;
			window.scrollBy(0, step.getBoundingClientRect().top - innerHeight * 0.6 + 20);
			const root = document.querySelector(selector)!;
			const shown = () =>
				[...root.querySelectorAll('li.line:not([hidden])')].map((li) =>
					li.getAttribute('data-line')
				);
			for (let i = 0; i < 300; i++) {
				await new Promise((r) => requestAnimationFrame(r));
				if (step.classList.contains('is-active') && shown().join() === visible.join()) break;
			}
			await new Promise((r) => setTimeout(r, 100));
			const box = (el: Element): Box => {
				const r = el.getBoundingClientRect();
				return { x: r.left, y: r.top, w: r.width, h: r.height };
			};
			const figure = box(root.querySelector('.transcript')!);
			const frame = box(root.querySelector('.lines-frame')!);
			const clip = (b: Box, to: Box): Box | undefined => {
				const x = Math.max(b.x, to.x);
				const y = Math.max(b.y, to.y);
				const w = Math.min(b.x + b.w, to.x + to.w) - x;
				const h = Math.min(b.y + b.h, to.y + to.h) - y;
				return w > 0.5 && h > 0.5 ? { x, y, w, h } : undefined;
			};
			const blocks: { name: string; box: Box; seen: Box }[] = [];
			for (const el of root.querySelectorAll(
				'figcaption :is(.when, .participants li, .credit, .standing, .excerpts)'
			))
				blocks.push({ name: el.className, box: box(el), seen: box(el) });
			for (const li of root.querySelectorAll('li.line:not([hidden])'))
				for (const el of li.querySelectorAll('.ordinal, .speaker, .words, .line-status, .denial')) {
					const seen = clip(box(el), frame);
					if (seen)
						blocks.push({
							name: `${li.getAttribute('data-line')} ${el.className}`,
							box: box(el),
							seen
						});
				}
			const lines = [...root.querySelectorAll('li.line:not([hidden])')].map((li) => ({
				id: li.getAttribute('data-line')!,
				side: li.getAttribute('data-side'),
				// The speaker's colour, as it resolves on the page (custom properties compute to
				// their value with var() substituted).
				color: getComputedStyle(li).getPropertyValue('--speaker').trim(),
				named: !!li.querySelector('.speaker .name')
			}));
			return { figure, blocks, lines };
		},
		{ root: graphic(sectionId), stepId, visible }
	);
}

describe.each([
	{ width: 375, height: 812 },
	{ width: 768, height: 1024 },
	{ width: 1440, height: 900 }
])('transcripts at $width px', (viewport) => {
	it('show every step as a dialogue, nothing overlapping and nothing cut at the sides', async () => {
		const { page, errors, close } = await openPage(browser(), '/american-plan/', {
			viewport,
			reducedMotion: 'reduce'
		});
		await waitForScrolly(page);
		for (const { section, call } of transcriptSections(flagship)) {
			const speakerOf = new Map(call.lines.map((l) => [l.id, l.speaker]));
			for (const [index, step] of section.steps.entries()) {
				const visible = expectedAt(call, section, index).visible;
				const m = await measureTranscript(page, section.id, step.id, visible);
				expect(
					m.lines.map((l) => l.id),
					step.id
				).toEqual(visible);
				const found: string[] = [];
				m.blocks.forEach((a, i) => {
					if (a.box.x < m.figure.x - 0.5 || a.box.x + a.box.w > m.figure.x + m.figure.w + 0.5)
						found.push(`${a.name} is cut at the side`);
					for (const b of m.blocks.slice(i + 1)) {
						const w =
							Math.min(a.seen.x + a.seen.w, b.seen.x + b.seen.w) - Math.max(a.seen.x, b.seen.x);
						const h =
							Math.min(a.seen.y + a.seen.h, b.seen.y + b.seen.h) - Math.max(a.seen.y, b.seen.y);
						if (w > 0.5 && h > 0.5) found.push(`${a.name} × ${b.name}`);
					}
				});
				expect(found, step.id).toEqual([]);
				// Two speakers, two sides, two colors; the name once per turn.
				const bySpeaker = new Map<string, { sides: Set<string>; colors: Set<string> }>();
				for (const line of m.lines) {
					const who = speakerOf.get(line.id)!;
					const seen = bySpeaker.get(who) ?? { sides: new Set(), colors: new Set() };
					seen.sides.add(line.side!);
					seen.colors.add(line.color);
					bySpeaker.set(who, seen);
				}
				for (const seen of bySpeaker.values()) {
					expect(seen.sides.size, step.id).toBe(1);
					expect(seen.colors.size, step.id).toBe(1);
				}
				const entries = [...bySpeaker.values()];
				if (entries.length === 2) {
					expect([...entries[0]!.sides][0]).not.toBe([...entries[1]!.sides][0]);
					expect([...entries[0]!.colors][0]).not.toBe([...entries[1]!.colors][0]);
				}
				const turns = m.lines.filter(
					(line, i) => i === 0 || speakerOf.get(line.id) !== speakerOf.get(m.lines[i - 1]!.id)
				);
				expect(
					m.lines.filter((l) => l.named).map((l) => l.id),
					step.id
				).toEqual(turns.map((l) => l.id));
			}
		}
		expect(errors).toEqual([]);
		await close();
	});
});

describe('transcripts stacked, without JavaScript', () => {
	it('introduce each call once per section, in the first step’s picture', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', {
			javaScriptEnabled: false,
			viewport: VIEWPORTS.phone
		});
		for (const { section } of transcriptSections(flagship)) {
			const stills = await page.$$eval(
				`section[data-section="${section.id}"] .scrolly-step-graphic`,
				(els) => els.map((el) => el.closest('.scrolly-step')!.id)
			);
			expect(stills).toEqual(section.steps.map((s) => s.id));
			// Each still is an image (src/build/stills.js): its header is read in the image's file.
			const headers: number[] = [];
			for (const id of stills) {
				const still = await openStill(browser(), page, id);
				headers.push(await still.page.locator('.scrolly-step-graphic figcaption').count());
				await still.close();
			}
			expect(headers).toEqual(section.steps.map((_s, i) => (i === 0 ? 1 : 0)));
		}
		await close();
	});
});
