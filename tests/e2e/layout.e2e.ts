/**
 * Every graphic of the flagship, at every step, as a reader sees it on a phone (375 px), a
 * tablet (768 px) and a desktop (1440 px), once the step's transitions have ended: no two
 * visible labels overlap, no visible text is cut by a frame (a transcript may slide its lines
 * through a faded edge, but nothing is cut at the sides), every legend entry is wholly in view,
 * every link label sits on its line, and the graphics' words are in the house style. Also: at
 * most a dozen status pills in the running prose, and a graphic within two phone screens.
 *
 * One page load per width, reduced motion, one `evaluate` per step (layoutMeasure.ts); the
 * checks are pure functions over what it measures (layoutChecks.ts, unit-tested). Each check
 * lists every failing step with what fails there, so one run shows the whole picture.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	describeProblem,
	houseStyleProblems,
	statusWordProblems
} from '../../src/lib/ui/houseStyle';
import {
	cutTexts,
	legendOutOfView,
	linkLabelsOffTheirLines,
	overlappingLabels
} from './layoutChecks';
import { measureStep, type StepMeasurement } from './layoutMeasure';
import { openPage, useBrowser, waitForScrolly } from './page';

const browser = useBrowser();
const STORY = '/american-plan/';
const WIDTHS = [375, 768, 1440];
const PHONE_SCREEN = { width: 375, height: 812 };
/** Legend entries, in any visual: marked `data-legend-entry`, or by their class names. */
const LEGEND_ENTRIES = '[data-legend-entry], [class*="legend-entry"], [class*="legend"] > li';
/** Link labels: `data-edge-label` names the link whose drawn line carries `data-edge`. */
const LINK_LABELS = '[data-edge-label]';
/** The most status pills (visible status words) the running prose may carry. */
const MAX_PROSE_PILLS = 12;

interface PageTop {
	/** Visible status words in the running prose (the marks of claimed and disputed facts). */
	pills: string[];
	/** Distance from the top of the page to the first graphic. */
	firstGraphic: number;
}

describe.each(WIDTHS)('the flagship at %i px', (width) => {
	const viewport = { width, height: width < 600 ? PHONE_SCREEN.height : 900 };
	let top: PageTop;
	const steps: StepMeasurement[] = [];
	/** The last step again, after one of its labels was moved onto another on purpose. */
	let broken: StepMeasurement;

	beforeAll(async () => {
		const { page, close } = await openPage(browser(), STORY, { viewport, reducedMotion: 'reduce' });
		try {
			top = await page.evaluate(() => {
				const shown = (el: Element) => {
					const r = el.getBoundingClientRect();
					return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
				};
				const graphics = [...document.querySelectorAll('.scrolly-graphic, main figure')];
				return {
					pills: [...document.querySelectorAll('.claim .status-badge')]
						.filter(shown)
						.map((el) => el.textContent!.trim()),
					firstGraphic: Math.min(
						...graphics.filter(shown).map((el) => el.getBoundingClientRect().top + scrollY)
					)
				};
			});
			await waitForScrolly(page);
			const ids = await page.$$eval('.scrolly .scrolly-step[id]', (els) => els.map((e) => e.id));
			for (const step of ids)
				steps.push(
					await page.evaluate(measureStep, {
						step,
						legendEntries: LEGEND_ENTRIES,
						linkLabels: LINK_LABELS
					})
				);
			// Break the layout on purpose: the overlap check must see it.
			const last = ids.at(-1)!;
			await page.evaluate(moveOneLabelOntoAnother, last);
			broken = await page.evaluate(measureStep, {
				step: last,
				legendEntries: LEGEND_ENTRIES,
				linkLabels: LINK_LABELS
			});
		} finally {
			await close();
		}
	}, 300_000);

	/** "step: problem" for every problem a check finds, step by step: [] when it finds none. */
	const failing = (check: (step: StepMeasurement) => string[]) =>
		steps.flatMap((s) => check(s).map((problem) => `${s.step}: ${problem}`));

	it('walks every step of every section, each becoming active', () => {
		expect(steps.length).toBeGreaterThan(25);
		expect(steps.filter((s) => !s.active).map((s) => s.step)).toEqual([]);
	});

	it('finds legend entries and link labels to check (the checks below are not empty)', () => {
		expect(steps.some((s) => s.legend.length > 0)).toBe(true);
		expect(steps.filter((s) => s.step.startsWith('nw-')).some((s) => s.links.length > 0)).toBe(
			true
		);
		expect(steps.every((s) => s.texts.length > 0)).toBe(true);
	});

	it('never lets two visible labels overlap', () => {
		expect(failing((s) => overlappingLabels(s.texts))).toEqual([]);
	});

	it('sees two labels overlap when one is moved onto another (the check can fail)', () => {
		expect(overlappingLabels(broken.texts).length).toBeGreaterThan(0);
	});

	it('never cuts visible text at the frame of a graphic', () => {
		expect(failing((s) => cutTexts(s.texts))).toEqual([]);
	});

	it('keeps every legend entry wholly in view', () => {
		expect(failing((s) => legendOutOfView(s.legend))).toEqual([]);
	});

	it('keeps every link label on its line', () => {
		expect(failing((s) => linkLabelsOffTheirLines(s.links))).toEqual([]);
	});

	it('writes the graphics’ words in the house style, statuses in the four words', () => {
		const seen = new Set<string>();
		expect(
			failing((s) =>
				s.words.flatMap(({ text, verbatim }) => {
					if (seen.has(text)) return [];
					seen.add(text);
					const where = ` in “${text.slice(0, 60)}”`;
					return [
						...houseStyleProblems(text, { verbatim }).map((p) => describeProblem(p) + where),
						...(verbatim ? [] : statusWordProblems(text).map((p) => p + where))
					];
				})
			)
		).toEqual([]);
	});

	it(`shows at most ${MAX_PROSE_PILLS} status pills in the running prose`, () => {
		expect(top.pills.length, top.pills.join(', ')).toBeLessThanOrEqual(MAX_PROSE_PILLS);
	});

	// A phone's measure: defined for the phone's width only (not skipped at the others).
	if (width === PHONE_SCREEN.width)
		it('starts the first graphic within two phone screens', () => {
			expect(top.firstGraphic).toBeGreaterThan(0);
			expect(top.firstGraphic).toBeLessThan(2 * PHONE_SCREEN.height);
		});
});

/** Puts a new label on top of the first visible label of a step's graphic, the way a badly
 * placed label would sit (runs in the page). */
function moveOneLabelOntoAnother(step: string) {
	const graphic = document
		.getElementById(step)!
		.closest('.scrolly')!
		.querySelector('.scrolly-graphic')!;
	// A label a reader sees: the element found at its middle is itself.
	const label = [...graphic.querySelectorAll<HTMLElement>('span, p, li, strong, em')].find((el) => {
		const r = el.getBoundingClientRect();
		const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return (
			el.childElementCount === 0 &&
			el.textContent!.trim().length > 2 &&
			hit !== null &&
			el.contains(hit)
		);
	});
	if (!label) throw new Error(`No label to cover in the graphic of #${step}`);
	const r = label.getBoundingClientRect();
	const frame = graphic.getBoundingClientRect();
	const misplaced = document.createElement('span');
	misplaced.textContent = 'a misplaced label';
	misplaced.style.cssText = `position: absolute; z-index: 9; left: ${r.left - frame.left + 4}px; top: ${r.top - frame.top + 2}px; font: 14px sans-serif; white-space: nowrap`;
	graphic.append(misplaced);
}
