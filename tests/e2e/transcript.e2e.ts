/**
 * The transcript reveal in real Chromium: the flagship's two calls scrolled step by step at phone
 * and desktop sizes (lines arrive in the authored order, the highlight lands on the right words,
 * the newest line stays in view, scrolling back hides lines again), quotes word for word, the
 * page without JavaScript, reduced motion, and the fixture story's made-up call.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/story/loader';
import type { Call, SectionOf, Story } from '../../src/lib/story/schema';
import { openPage, scrollStepToTrigger, useBrowser, VIEWPORTS, waitForScrolly } from './page';

const browser = useBrowser();

const flagship = loadStory('stories/american-plan');
const fixture = loadStory('tests/fixtures/stories/harbour-vote');

const FACTS = resolve(process.cwd(), '../shared/sources/FACTS.md');

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
				expect(s.text).toBe(line.text);
				expect(s.kind).toBe(line.kind);
				if (line.kind === 'verbatim') {
					expect(s.inBlockquote).toBe(true);
					expect(s.all).toContain(`“${line.text}”`);
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

describe.skipIf(!existsSync(FACTS))('quotes against the fact base', () => {
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
				const at = text.indexOf(line.text, from);
				expect(at, `line "${line.id}" of ${call.id}, in order`).toBeGreaterThanOrEqual(0);
				from = at + line.text.length;
			}
			// Quotes in quotation marks, summaries labelled and not quoted.
			for (const line of call.lines) {
				if (line.kind === 'verbatim') expect(text).toContain(`“${line.text}”`);
				else {
					expect(text).not.toContain(`“${line.text}`);
					expect(text).toMatch(new RegExp(`Summary[^\\n]*${line.text.slice(0, 20)}`));
				}
			}
		}
		// The static copies after each step are there too, with nothing focusable inside.
		const focusable = await page.$$eval(
			'.scrolly-step-graphic :is(a, button, input, select, textarea, [tabindex])',
			(els) => els.length
		);
		expect(focusable).toBe(0);
		expect(await page.isVisible('#c1-land .scrolly-step-graphic mark')).toBe(true);
		await close();
	});
});

describe('transcripts and motion', () => {
	/** Animations running on the transcript's lines and marks right after a step arrives. */
	async function animationsAfterStep(page: Page, stepId: string) {
		await page.evaluate((id) => {
			const el = document.getElementById(id)!;
			window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.6 + 20);
		}, stepId);
		await expect.poll(() => activeStep(page, stepId)).toBe(stepId);
		return page.evaluate(() =>
			document
				.getAnimations()
				.filter((a) => {
					const target = (a.effect as KeyframeEffect | null)?.target;
					return target instanceof Element && target.closest('.transcript') !== null;
				})
				.map((a) => (a as CSSTransition).transitionProperty ?? a.constructor.name)
		);
	}

	it('fades lines in and sweeps the highlight when motion is allowed', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', {
			viewport: VIEWPORTS.desktop
		});
		await waitForScrolly(page);
		await scrollStepToTrigger(page, 'c1-flattery');
		const running = await animationsAfterStep(page, 'c1-land');
		expect(running).toEqual(expect.arrayContaining(['opacity', 'background-size']));
		await close();
	});

	it('changes state at once under reduced motion: no transition or animation on the lines', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', {
			viewport: VIEWPORTS.desktop,
			reducedMotion: 'reduce'
		});
		await waitForScrolly(page);
		await scrollStepToTrigger(page, 'c1-flattery');
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

describe('the fixture story’s made-up call', () => {
	it('draws any call that fits the schema', async () => {
		const { page, errors, close } = await openPage(browser(), '/harbour-vote/', {
			viewport: VIEWPORTS.phone
		});
		await waitForScrolly(page);
		const [{ section, call }] = transcriptSections(fixture) as [
			ReturnType<typeof transcriptSections>[number]
		];
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
