/**
 * Provenance in the running prose, as a reader meets it: documented and reported facts carry a
 * quiet mark and no word, claimed and disputed ones their word where it is first needed (their
 * glyph where a fact is mentioned again or the word was just said); no mark starts a line of its
 * own; the words themselves open the note (with and without JavaScript), and a second click on
 * them closes it; the keyboard reaches every mark and sees where it is; the reaction cards do
 * not repeat their column's heading.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, openPage, PHONE, useBrowser } from './page';

const browser = useBrowser();
const STORY = '/american-plan/';

/** Claims whose mark sits on a later line than the last line of their words. */
const marksOnALineOfTheirOwn = (page: Page) =>
	page.$$eval('.claim', (claims) =>
		claims.flatMap((claim) => {
			const words = claim.querySelector('.claim-text')!;
			const face = claim.querySelector('.claim-face')!.getBoundingClientRect();
			const range = document.createRange();
			range.selectNodeContents(words);
			const last = [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
			if (!last || face.height === 0) return [];
			const middle = face.top + face.height / 2;
			return middle > last.bottom ? [words.textContent!.slice(-30)] : [];
		})
	);

/** The middle of the first line of a claim's words (a multi-line inline box's own box starts
 * where its first line does not). */
const firstLineOf = (page: Page, selector: string) =>
	page.locator(selector).evaluate((el) => {
		el.scrollIntoView({ block: 'center' });
		const r = el.getClientRects()[0]!;
		return { x: r.left + Math.min(30, r.width / 2), y: r.top + r.height / 2 };
	});

const isOpen = (page: Page, selector: string) =>
	page.locator(selector).evaluate((el) => el.matches(':popover-open'));

describe('marks in the running prose', () => {
	it('are quiet for documented and reported facts, and a word for claimed and disputed ones, once per fact', async () => {
		const { page, close } = await openPage(browser(), STORY, { viewport: PHONE });
		const faces = await page.$$eval('.claim', (claims) =>
			claims.map((c) => {
				const shown = (el: Element | null) => !!el && el.getBoundingClientRect().width > 0;
				const word = c.querySelector('.claim-word');
				return {
					status: c.getAttribute('data-status')!,
					ref: c.getAttribute('data-ref')!,
					word: shown(word) ? word!.textContent!.trim() : '',
					glyph: shown(c.querySelector('.status-icon.claim-glyph'))
				};
			})
		);
		expect(faces.length).toBeGreaterThan(20);
		const mentioned = new Set<string>();
		for (const { status, ref, word, glyph } of faces) {
			// The word or the glyph, never both, never neither.
			expect(glyph, ref).toBe(word === '');
			if (status === 'documented' || status === 'reported') expect(word).toBe('');
			else if (word) expect(word.toLowerCase()).toBe(status);
			// A claimed or disputed fact says its word where the story first mentions it.
			else if (ref !== 'stated') expect(mentioned.has(ref), ref).toBe(true);
			mentioned.add(ref);
		}
		// Some claims stand in a glyph for a word said before them (Claim.svelte).
		const unsaid = faces.filter((f) => f.status === 'claimed' || f.status === 'disputed');
		expect(unsaid.filter((f) => f.word === '').length).toBeGreaterThan(0);
		await close();
	});

	for (const viewport of [PHONE, DESKTOP])
		it(`never start a line of their own at ${viewport.width} px, which they would unglued`, async () => {
			const { page, close } = await openPage(browser(), STORY, { viewport });
			expect(await marksOnALineOfTheirOwn(page)).toEqual([]);
			// Without the no-wrap box the browser may break before the mark: the check sees it.
			if (viewport === PHONE) {
				await page.$$eval('.claim-mark', (marks) =>
					marks.forEach((m) => ((m as HTMLElement).style.whiteSpace = 'normal'))
				);
				expect((await marksOnALineOfTheirOwn(page)).length).toBeGreaterThan(0);
			}
			await close();
		});
});

describe('the words of a claim', () => {
	const documented = '.claim[data-status=documented] >> nth=0';

	it('open its note on a click, and a second click closes it', async () => {
		const { page, close } = await openPage(browser(), STORY, { viewport: DESKTOP });
		const at = await firstLineOf(page, `${documented} >> .claim-text`);
		const note = `${documented} >> .claim-note`;
		await page.mouse.click(at.x, at.y);
		await expect.poll(() => isOpen(page, note)).toBe(true);
		expect(await page.locator(note).textContent()).toMatch(/Documented.*Source/s);
		await page.mouse.click(at.x, at.y);
		await expect.poll(() => isOpen(page, note)).toBe(false);
		await close();
	});

	it('open its note with a tap on a phone, and without JavaScript', async () => {
		for (const options of [
			{ viewport: PHONE, hasTouch: true, isMobile: true },
			{ viewport: PHONE, javaScriptEnabled: false }
		]) {
			const { page, close } = await openPage(browser(), STORY, options);
			const at = await firstLineOf(page, `${documented} >> .claim-text`);
			if (options.hasTouch) await page.touchscreen.tap(at.x, at.y);
			else await page.mouse.click(at.x, at.y);
			expect(await isOpen(page, `${documented} >> .claim-note`)).toBe(true);
			await close();
		}
	});

	it('leave the note alone when the reader selects them', async () => {
		const { page, close } = await openPage(browser(), STORY, { viewport: DESKTOP });
		const at = await firstLineOf(page, `${documented} >> .claim-text`);
		await page.mouse.dblclick(at.x, at.y);
		expect(await isOpen(page, `${documented} >> .claim-note`)).toBe(false);
		await close();
	});
});

describe('the mark of a documented fact', () => {
	it('is reached by Tab, shows where focus is, says what it is, and opens its note', async () => {
		const { page, close } = await openPage(browser(), STORY, { viewport: DESKTOP });
		const claim = page.locator('.claim[data-status=documented]').first();
		await claim.evaluate((el) => {
			const before = document.createElement('button');
			before.id = 'before-claim';
			el.before(before);
		});
		await page.focus('#before-claim');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			const style = getComputedStyle(el);
			const box = el.getBoundingClientRect();
			return {
				isMark: el.classList.contains('claim-trigger'),
				outline: `${style.outlineStyle} ${style.outlineWidth}`,
				size: [Math.round(box.width), Math.round(box.height)]
			};
		});
		expect(focused.isMark).toBe(true);
		expect(focused.outline).toMatch(/^solid [23]px$/);
		expect(Math.min(...focused.size)).toBeGreaterThanOrEqual(8);
		// Its own short name, not the sentence that labels it for a click.
		expect(await claim.locator('.claim-trigger').getAttribute('aria-label')).toBe(
			'Documented: show sources'
		);
		expect(await claim.ariaSnapshot()).toContain('button "Documented: show sources"');
		await expect
			.poll(() => isOpen(page, '.claim[data-status=documented] >> nth=0 >> .claim-note'))
			.toBe(true);
		await page.keyboard.press('Escape');
		await close();
	});
});

describe('status glyphs', () => {
	/** The share of an image's pixels that differ clearly from its top-left one (the background:
	 * every glyph leaves the corners of its box empty), decoded in a blank page. */
	const inkShare = async (page: Page, png: Buffer) =>
		page.evaluate(
			async (src) => {
				const img = new Image();
				img.src = src;
				await img.decode();
				const canvas = document.createElement('canvas');
				[canvas.width, canvas.height] = [img.width, img.height];
				const context = canvas.getContext('2d')!;
				context.drawImage(img, 0, 0);
				const { data } = context.getImageData(0, 0, img.width, img.height);
				let ink = 0;
				for (let i = 0; i < data.length; i += 4) {
					const d = [0, 1, 2].map((k) => Math.abs(data[i + k]! - data[k]!));
					if (Math.max(...d) > 80) ink++;
				}
				return ink / (data.length / 4);
			},
			`data:image/png;base64,${png.toString('base64')}`
		);

	// Drawn by CSS (statusShapes.css): a fill in the text's color, cut by a mask. Forced colors
	// repaint fills in the background's color, which would leave the glyphs blank.
	for (const forcedColors of ['none', 'active'] as const)
		it(`are drawn for each status${forcedColors === 'active' ? ', in forced colors too' : ''}`, async () => {
			const { page, errors, close } = await openPage(browser(), STORY, {
				viewport: DESKTOP,
				deviceScaleFactor: 4,
				forcedColors
			});
			const scratch = await page.context().newPage();
			for (const status of ['documented', 'reported', 'claimed', 'disputed']) {
				// A badge draws its glyph before its word (::before): the glyph's box, from the
				// badge's box, border and padding and the pseudo-element's own size.
				const badge = page.locator(`#status-legend .status-badge[data-status=${status}]`);
				await badge.scrollIntoViewIfNeeded();
				const clip = await badge.evaluate((badge) => {
					const box = badge.getBoundingClientRect();
					const style = getComputedStyle(badge);
					const glyph = getComputedStyle(badge, '::before');
					const [width, height] = [parseFloat(glyph.width), parseFloat(glyph.height)];
					return {
						x: box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
						y: box.top + (box.height - height) / 2,
						width,
						height
					};
				});
				const badgeGlyph = await inkShare(scratch, await page.screenshot({ clip }));
				expect(badgeGlyph, `${status} badge`).toBeGreaterThan(0.12);
			}
			// And a glyph of its own (StatusIcon), as a claim's mark shows it.
			const icon = page.locator('.claim-glyph.status-icon:visible').first();
			await icon.scrollIntoViewIfNeeded();
			expect(await inkShare(scratch, await icon.screenshot()), 'claim glyph').toBeGreaterThan(0.12);
			// The masks are data: URLs, which the page's policy allows for images.
			expect(errors).toEqual([]);
			await close();
		});
});

describe('reaction cards', () => {
	it('do not repeat their column’s heading on wide screens, and name their kind on phones', async () => {
		for (const viewport of [DESKTOP, PHONE]) {
			const { page, close } = await openPage(browser(), STORY, { viewport });
			const kinds = await page.$$eval('#reactions .quote-card .kind', (els) =>
				els.map((el) => {
					const box = el.getBoundingClientRect();
					return { text: el.textContent!.trim(), seen: box.width > 1 && box.height > 1 };
				})
			);
			expect(kinds.length).toBeGreaterThan(5);
			// Screen readers do not get the column headings, so every card keeps its kind for them.
			expect(kinds.every((k) => k.text.length > 0)).toBe(true);
			expect(kinds.every((k) => k.seen)).toBe(viewport === PHONE);
			await close();
		}
	});
});
