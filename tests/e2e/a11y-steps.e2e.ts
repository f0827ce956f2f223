/**
 * Accessibility at every step: axe on what each step of each scrolly section of each story
 * changes, at desktop width in the light theme and at phone width in the dark theme (a11y.e2e.ts
 * checks whole pages in the other two), with reduced motion asked for and nothing moving; and
 * the stories and the index as a reader without JavaScript gets them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeInPage, violations } from './axe';
import {
	openPage,
	openPageWithoutJs,
	openStaticCopy,
	scrollStepToTrigger,
	useBrowser,
	VIEWPORTS,
	waitForScrolly,
	waitForTransitionsToEnd
} from './page';
import { builtPages } from './sitePages';

const browser = useBrowser();
/** The stories' pages (embeds and gallery demos are built from the same sections), and the index. */
const storyPages = builtPages().filter(
	(path) => /^\/[^/]+\/$/.test(path) && path !== '/components/'
);
const SECTION_COMBOS = [
	['desktop', 'light'],
	['phone', 'dark']
] as const;

/** The animations and transitions of the page that last longer than 1 ms, named. */
const motion = (page: Page) =>
	page.evaluate(() =>
		document
			.getAnimations()
			.filter((a) => Number(a.effect?.getComputedTiming().duration) > 1)
			.map(
				(a) =>
					`${(a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName} on ${(a.effect as KeyframeEffect | null)?.target?.className}`
			)
	);

/**
 * A step changes what its section shows: lit and dimmed marks, revealed lines, a moved camera,
 * and the step itself turns active. At every step, axe checks what the step changes: the
 * section's graphic and the active step (the rest of the page is checked whole above).
 */
describe.each(SECTION_COMBOS)(
	'axe inside scrolly sections at %s width, %s theme',
	(size, theme) => {
		it.each(storyPages)(
			'%s: every step of every section',
			async (path) => {
				// Reduced motion: each step's final state at once, the state the transitions end in
				// (network.e2e.ts and transcript.e2e.ts check that both land in the same place).
				const { page, close } = await openPage(browser(), path, {
					viewport: VIEWPORTS[size],
					colorScheme: theme,
					reducedMotion: 'reduce'
				});
				const sections = await page.$$eval('.scrolly', (els) =>
					els.map((el, i) => {
						if (!el.id) el.id = `a11y-scrolly-${i}`;
						const steps = Array.from(el.querySelectorAll('.scrolly-step'), (s) => s.id);
						return { id: el.id, steps };
					})
				);
				if (sections.length) await waitForScrolly(page);
				const axe = await axeInPage(page);
				const found: string[] = [];
				for (const section of sections) {
					for (const step of section.steps) {
						await scrollStepToTrigger(page, step);
						// The reader asked for reduced motion: nothing may move. Transitions cut to
						// 0.01 ms still exist for a frame; anything longer is motion.
						found.push(...(await motion(page)).map((m) => `#${step}: moves: ${m}`));
						// Axe would see colors halfway through a fade; wait for the step's state.
						await waitForTransitionsToEnd(page);
						const changed = [`#${section.id} .scrolly-graphic`, `#${step}`];
						found.push(...(await axe(changed)).map((v) => `#${step}: ${v}`));
					}
				}
				expect(found).toEqual([]);
				await close();
			},
			240_000
		);
	}
);

describe('without JavaScript', () => {
	it.each(['/', ...storyPages])('%s passes axe', async (path) => {
		// Axe runs in a static copy of the page; first check that the copy looks like the page
		// with JavaScript off: the same layout, the same graphics shown, the same height. Both
		// without the web fonts: they are `font-display: optional`, so on a busy machine one page
		// may get them in time and the other not, and lines set in the fallback faces wrap
		// differently (the flagship's height moved by up to 800 px); the same faces in both.
		const real = await openPageWithoutJs(browser(), path, { webFonts: false });
		const copy = await openStaticCopy(browser(), path, { webFonts: false });
		expect(await real.page.evaluate(() => matchMedia('(scripting: none)').matches)).toBe(true);
		const rendering = (page: Page) =>
			page.evaluate(() => ({
				height: document.documentElement.scrollHeight,
				shown: Array.from(
					document.querySelectorAll('.scrolly-graphic, .scrolly-step-graphic, details'),
					(el) => `${el.className}:${(el as HTMLElement).offsetParent !== null}`
				)
			}));
		expect(await rendering(copy.page)).toEqual(await rendering(real.page));
		expect(await violations(copy.page)).toEqual([]);
		await real.close();
		await copy.close();
	});
});
