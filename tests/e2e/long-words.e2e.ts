/**
 * A word longer than its line (an address, a name without spaces) wraps in headlines, titles,
 * captions and labels, on a 280 px screen: nothing runs out of its box or past the page's edge,
 * and the headline is not cut off. The words are put into the built pages' text here; the story
 * data cannot hold them for long (see the loader's limits), but a newsroom's next story may.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './page';

const browser = useBrowser();
const NARROW = { width: 280, height: 700 };
const LABELS = 'h1, h2, h3, h4, figcaption, caption, legend, label, dt, summary';

describe.each([
	'/',
	'/harbour-vote/',
	'/american-plan/',
	'/embed/harbour-vote/',
	'/embed/harbour-vote/timeline/'
])('%s at 280 px', (path) => {
	it('wraps a 920-character word in every headline, title and label', async () => {
		const { page, errors, close } = await openPage(browser(), path, { viewport: NARROW });
		const result = await page.evaluate((selector) => {
			const word = 'Longwordwithoutanyspace'.repeat(40);
			const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter(
				(el) => el.getClientRects().length > 0
			);
			for (const el of shown) {
				// The first text that may wrap at all: badges of a fixed vocabulary (a status word)
				// are set not to, and never hold a story's words.
				const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
				for (let text = walker.nextNode(); text; text = walker.nextNode()) {
					if (!text.textContent?.trim()) continue;
					if (getComputedStyle(text.parentElement!).whiteSpace.startsWith('nowrap')) continue;
					text.textContent = `${word} ${text.textContent}`;
					break;
				}
			}
			const outside = shown.filter(
				(el) =>
					el.scrollWidth > el.clientWidth + 1 ||
					el.getBoundingClientRect().right > document.documentElement.clientWidth + 1
			);
			return {
				changed: shown.length,
				pageWidth: document.documentElement.scrollWidth,
				outside: outside.map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
			};
		}, LABELS);
		expect(result.changed).toBeGreaterThan(0);
		expect(result.outside).toEqual([]);
		expect(result.pageWidth).toBe(NARROW.width);
		expect(errors).toEqual([]);
		await close();
	});
});
