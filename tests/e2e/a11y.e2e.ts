/**
 * Accessibility, WCAG 2.2 AA: axe finds nothing on any page of the built site, whole, at phone
 * and desktop widths, in light and dark themes (every step of every section, reduced motion, and
 * the pages without JavaScript are in a11y-steps.e2e.ts). Plus what axe cannot see: keyboard
 * paths, visible focus, the heading outline (one h1, no skipped level) and text alternatives.
 * Opening every page, it also checks that each loads and scrolls through with no error and no
 * Content-Security-Policy violation.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { violations } from './axe';
import {
	openPage,
	scrollThrough,
	useBrowser,
	VIEWPORTS,
	waitForScrolly,
	waitForStillness
} from './page';
import { builtPages } from './sitePages';

const browser = useBrowser();
/**
 * The fixture stories' embeds and embed builders are left out: the same routes and components
 * make the flagship's, checked here in both its languages. The fixture's story page, whose data
 * differs from the flagship's, is checked.
 */
const fixtures = readdirSync('tests/fixtures/stories');
const madeLikeTheFlagships = (path: string) =>
	fixtures.some((slug) => path.startsWith(`/embed/${slug}/`) || path === `/${slug}/embed/`);
const pages = builtPages().filter((path) => !madeLikeTheFlagships(path));

/**
 * Widths change the layout (what axe sees of targets, overflow and scrolling); themes change
 * colors (what it sees of contrast). Every page is checked whole at phone width in the light
 * theme, and every page but the embeds (built from the stories' sections) at desktop width in
 * the dark theme. a11y-steps.e2e.ts checks every step in the other combinations. Together they
 * cover all four within CI's time.
 */
const desktopPages = pages.filter((path) => !path.startsWith('/embed/'));

/** One h1, and no heading more than one level below the one before it. */
async function headingProblems(page: Page): Promise<string[]> {
	const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (els) =>
		els.map((el) => Number(el.tagName[1]))
	);
	const problems: string[] = [];
	const h1s = levels.filter((l) => l === 1).length;
	if (h1s !== 1) problems.push(`${h1s} h1 elements`);
	levels.forEach((level, i) => {
		if (i > 0 && level - levels[i - 1]! > 1)
			problems.push(`heading ${i} is an h${level} after an h${levels[i - 1]}`);
	});
	return problems;
}

describe.each([
	['phone', 'light', pages],
	['desktop', 'dark', desktopPages]
] as const)('axe at %s width, %s theme', (size, theme, paths) => {
	it.each(paths)(
		'%s: the whole page, and its heading outline',
		async (path) => {
			const { page, errors, close } = await openPage(browser(), path, {
				viewport: VIEWPORTS[size],
				colorScheme: theme
			});
			// Once per page: what loads as the reader scrolls (islands, stills) loads without an
			// error or a policy violation.
			if (size === 'phone') await scrollThrough(page);
			// Back at the top, the first graphic returns to its first step, its rows fading in
			// for a second or two: axe reads the colors of the settled page.
			await waitForStillness(page);
			expect(await violations(page)).toEqual([]);
			expect(await headingProblems(page)).toEqual([]);
			expect(errors).toEqual([]);
			await close();
		},
		120_000
	);
});

describe('keyboard', () => {
	it('has a skip link that moves focus to the main content', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
			'Skip to main content'
		);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe('#main');
		await close();
	});

	it('reaches every control with Tab, each with a visible focus indicator, and moves step by step', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', {
			viewport: VIEWPORTS.desktop
		});
		await waitForScrolly(page);
		const focusable = await page.$$eval(
			'a[href], button, summary, [tabindex="0"], input, select, textarea',
			(els) =>
				els.filter((el) => (el as HTMLElement).offsetParent !== null || el.tagName === 'SUMMARY')
					.length
		);
		const seen = new Set<string>();
		const steps: string[] = [];
		const invisible: string[] = [];
		for (let i = 0; i < focusable + 40; i++) {
			await page.keyboard.press('Tab');
			const info = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const visible =
					(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
					style.boxShadow !== 'none';
				const key = `${el.tagName}#${el.id}.${el.className}@${el.textContent?.slice(0, 30)}`;
				return { key, visible, step: el.classList.contains('scrolly-step') ? el.id : '' };
			});
			if (!info) break;
			if (seen.has(info.key)) continue;
			seen.add(info.key);
			if (!info.visible) invisible.push(info.key);
			if (info.step) {
				steps.push(info.step);
				await expect
					.poll(() => page.$eval(`#${info.step}`, (el) => el.classList.contains('is-active')), {
						message: `focusing step ${info.step} makes it active`,
						timeout: 5_000
					})
					.toBe(true);
			}
		}
		expect(invisible).toEqual([]);
		const allSteps = await page.$$eval('.scrolly-step', (els) => els.map((el) => el.id));
		expect(steps).toEqual(allSteps);
		await close();
	}, 180_000);
});

describe('structure', () => {
	it('gives every visual a text alternative', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', {
			javaScriptEnabled: false
		});
		const sections = await page.$$eval('.story-section', (els) =>
			els.map((el) => ({
				id: el.getAttribute('data-section'),
				text: el.querySelector('details.text-alternative')?.textContent?.trim().length ?? 0,
				stills: el.querySelectorAll('.scrolly-step-graphic img').length,
				unlabelled: Array.from(
					el.querySelectorAll('.scrolly-step-graphic :is([role="img"], img)')
				).filter((img) => !(img.getAttribute('aria-label') || img.getAttribute('alt'))).length
			}))
		);
		expect(sections.length).toBeGreaterThan(0);
		for (const section of sections) {
			expect(section.text, `${section.id} has a text alternative`).toBeGreaterThan(40);
			expect(section.stills, `${section.id} has its stills`).toBeGreaterThan(0);
			expect(section.unlabelled, `${section.id} static graphics are labelled`).toBe(0);
		}
		await close();
	});
});
