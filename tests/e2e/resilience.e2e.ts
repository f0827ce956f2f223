/**
 * The story keeps working when things go wrong or are unusual: the scroll library fails to load,
 * a 320 px phone or a 2560 px screen, 200% zoom, fonts that arrive late, and print.
 * And the static site's security: every page ships a strict Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	activeStepsWhileScrolling,
	openPage,
	scrollStepToTrigger,
	useBrowser,
	waitForScrolly
} from './page';
import { builtPages } from './sitePages';

const browser = useBrowser();
const STORY = '/american-plan/';

const noHorizontalOverflow = () =>
	document.documentElement.scrollWidth <= document.documentElement.clientWidth;

describe('when the scroll library cannot load', () => {
	it('falls back to the stacked layout and logs one clear warning', async () => {
		const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
		await context.route('**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes('scrollama')) await route.abort();
			else await route.fulfill({ response, body });
		});
		const page = await context.newPage();
		const warnings: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'warning') warnings.push(msg.text());
		});
		await page.goto(`${(await import('vitest')).inject('baseUrl')}${STORY}`, {
			waitUntil: 'networkidle'
		});
		await page.evaluate(() => document.querySelector('.scrolly')?.scrollIntoView());
		await page.waitForFunction(() =>
			Array.from(document.querySelectorAll('.scrolly')).every(
				(el) => el.getAttribute('data-layout') === 'stacked'
			)
		);
		expect(warnings.filter((w) => w.startsWith('Scrolly:'))).toHaveLength(1);
		expect(warnings[0]).toMatch(/showing every step with its own graphic instead/);
		const graphics = await page.$$eval(
			'.scrolly-step-graphic',
			(els) => els.filter((el) => (el as HTMLElement).offsetHeight > 100).length
		);
		const steps = await page.$$eval('.scrolly-step', (els) => els.length);
		expect(graphics).toBe(steps);
		// Requests still in flight would reach the route after the context is gone.
		await context.unrouteAll({ behavior: 'ignoreErrors' });
		await context.close();
	});
});

describe.each([
	['a 320 px phone', { width: 320, height: 640 }, 1],
	['a 2560 px screen', { width: 2560, height: 1440 }, 1],
	['200% zoom on a laptop', { width: 720, height: 450 }, 2]
])('on %s', (_name, viewport, deviceScaleFactor) => {
	it('has no horizontal overflow, activates every step in order and keeps text legible', async () => {
		const { page, errors, close } = await openPage(browser(), STORY, {
			viewport,
			deviceScaleFactor
		});
		expect(await page.evaluate(noHorizontalOverflow)).toBe(true);
		await waitForScrolly(page);
		const all = await page.$$eval('.scrolly-step', (els) => els.map((el) => el.id));
		expect(await activeStepsWhileScrolling(page)).toEqual(all);
		expect(await page.evaluate(noHorizontalOverflow)).toBe(true);
		const tiny = await page.$$eval('p, li, blockquote, figcaption, text', (els) =>
			els
				.filter((el) => {
					const box = (el as HTMLElement).getBoundingClientRect?.();
					return box && box.width > 0 && parseFloat(getComputedStyle(el).fontSize) < 12;
				})
				.map((el) => `${el.tagName}.${el.getAttribute('class')}: ${getComputedStyle(el).fontSize}`)
		);
		expect(tiny).toEqual([]);
		expect(errors).toEqual([]);
		await close();
	}, 180_000);
});

describe('with fonts that arrive late', () => {
	it('re-measures after the fonts swap in, so steps still land on the trigger', async () => {
		const context = await browser().newContext({ viewport: { width: 375, height: 812 } });
		await context.route(/\.woff2$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 2500));
			await route.continue();
		});
		const page = await context.newPage();
		await page.goto(`${(await import('vitest')).inject('baseUrl')}${STORY}`);
		await waitForScrolly(page);
		await page.waitForFunction(() => document.fonts.status === 'loaded', undefined, {
			timeout: 20_000
		});
		for (const id of ['c1-land', 'dp-claims', 'nw-family']) {
			await scrollStepToTrigger(page, id);
			await expect
				.poll(() => page.$eval(`#${id}`, (el) => el.classList.contains('is-active')))
				.toBe(true);
		}
		// Requests still in flight would reach the route after the context is gone.
		await context.unrouteAll({ behavior: 'ignoreErrors' });
		await context.close();
	}, 120_000);
});

describe('in print', () => {
	it('uses the stacked layout, opens the text alternatives and prints source addresses', async () => {
		const { page, close } = await openPage(browser(), STORY);
		await page.emulateMedia({ media: 'print' });
		expect(await page.isVisible('.scrolly-graphic')).toBe(false);
		const steps = await page.$$eval('.scrolly-step', (els) => els.length);
		const graphics = await page.$$eval(
			'.scrolly-step-graphic',
			(els) => els.filter((el) => getComputedStyle(el).display !== 'none').length
		);
		expect(graphics).toBe(steps);
		const alternatives = await page.$$eval('details.text-alternative', (els) =>
			els.map((el) => {
				const body = el.querySelector('.text-alternative-body') as HTMLElement;
				return body.getBoundingClientRect().height;
			})
		);
		for (const height of alternatives) expect(height).toBeGreaterThan(20);
		// Each source's address is printed after its title, in parentheses: what the browser
		// puts on paper after each link, read back from its computed style.
		const printed = await page.$$eval('.sources-list a', (els) =>
			els.map((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content] as const)
		);
		expect(printed.length).toBeGreaterThan(5);
		// Full addresses, as the fact base gives them (one official page is served over http).
		for (const [href, after] of printed) {
			expect(href).toMatch(/^https?:\/\//);
			expect(after).toBe(`" (${href})"`);
		}
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(50_000);
		await close();
	}, 120_000);
});

/**
 * The policy of every page, read from disk. That nothing on a page violates it is checked where
 * every page is opened and scrolled through (a11y.e2e.ts): `openPage` reports each violation as
 * an error.
 */
const pages = builtPages();
const policyOf = (path: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(
		readFileSync(join('build', path, 'index.html'), 'utf8')
	)?.[1] ?? '';

describe('security', () => {
	it.each(pages)('%s ships a strict Content-Security-Policy', (path) => {
		const csp = policyOf(path);
		const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
		expect(scriptSrc, path).toMatch(/'self'/);
		expect(scriptSrc, path).not.toMatch(/unsafe-inline|unsafe-eval/);
		expect(csp, path).toMatch(/default-src 'self'/);
		expect(csp, path).toMatch(/object-src 'none'/);
	});
});
