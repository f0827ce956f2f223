/**
 * The flagship story's reader-facing parts in real Chromium: the publishing metadata and share
 * image, the status notes of inline claims (keyboard, pointer, touch, no JavaScript), the
 * sources one click away, and the reactions block at both widths (axe checks the whole page in
 * a11y.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openPage, PHONE, useBrowser, DESKTOP } from './page';

const browser = useBrowser();
const STORY = '/american-plan/';

/** The first claim of a status inside a container, and its note. */
const claimIn = (scope: string, status: string) => ({
	trigger: `${scope} .claim[data-status=${status}] .claim-trigger >> nth=0`,
	note: `${scope} .claim[data-status=${status}] .claim-note >> nth=0`
});
const isOpen = (page: import('playwright-core').Page, selector: string) =>
	page.locator(selector).evaluate((el) => el.matches(':popover-open'));

describe('publishing metadata', () => {
	it('has title, description, canonical, Open Graph, Twitter and NewsArticle data, with no console or CSP error', async () => {
		const { page, errors, close } = await openPage(browser(), STORY);
		const meta = (selector: string) => page.locator(selector).getAttribute('content');
		expect(await page.title()).toContain('Who wrote the 28-point plan');
		expect(await meta('meta[name=description]')).toMatch(/Every account on record/);
		const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
		expect(canonical).toMatch(/^https?:\/\/[^/]+\/american-plan\/$/);
		expect(await meta('meta[property="og:url"]')).toBe(canonical);
		expect(await meta('meta[property="og:type"]')).toBe('article');
		expect(await meta('meta[property="og:image"]')).toBe(`${canonical}share.png`);
		expect(await meta('meta[property="og:image:width"]')).toBe('1200');
		expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
		expect(await meta('meta[name="twitter:image:alt"]')).toBeTruthy();

		const jsonLd = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').textContent()) ?? ''
		);
		expect(jsonLd).toMatchObject({
			'@type': 'NewsArticle',
			datePublished: '2026-12-05',
			dateModified: '2026-12-05',
			mainEntityOfPage: { '@id': canonical }
		});
		// One publisher everywhere, from the site's configuration: the header, the share card's
		// site name, the structured data and the byline of a story that names no author.
		const siteName = await meta('meta[property="og:site_name"]');
		expect(siteName).toBeTruthy();
		expect((await page.textContent('.site-name'))?.trim()).toBe(siteName);
		expect(jsonLd.publisher).toEqual({ '@type': 'Organization', name: siteName });
		expect(jsonLd.author).toEqual([{ '@type': 'Organization', name: `${siteName} staff` }]);
		expect(await page.textContent('.story-header .by')).toBe(`By ${siteName} staff`);
		const oembed = await (
			await fetch(
				new URL(
					new URL(
						(await page.locator('link[type="application/json+oembed"]').getAttribute('href'))!
					).pathname,
					page.url()
				)
			)
		).json();
		expect(oembed).toMatchObject({ provider_name: siteName, author_name: `By ${siteName} staff` });
		// The dateline says which period the story covers and how current its facts are.
		expect(await page.textContent('.story-header .currency')).toMatch(
			/Covers Oct\. 14, 2025, to March 19, 2026\.\s+Facts checked through\s+March 19, 2026\./
		);
		expect(errors).toEqual([]);
		await close();
	});

	it('serves a 1200×630 PNG share image for every story', async () => {
		for (const slug of ['american-plan', 'harbour-vote']) {
			const response = await fetch(`${inject('baseUrl')}/${slug}/share.png`);
			expect(response.status).toBe(200);
			const png = new Uint8Array(await response.arrayBuffer());
			const view = new DataView(png.buffer);
			expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
			expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
		}
	});
});

describe('status notes of inline claims', () => {
	it.each([STORY, '/uk/american-plan/'])(
		'%s: sets every claim in a paragraph or another block of text',
		async (path) => {
			// A paragraph of story.svx that begins with a <Claim> was once left bare (no <p>): the
			// White House's answer ran the full width of the page (remarkInlineParagraphs.js).
			const { page, close } = await openPage(browser(), path, { javaScriptEnabled: false });
			const bare = await page.$$eval('.claim', (claims) =>
				claims
					.filter((c) => !c.parentElement!.closest('p, li, td, th, blockquote, dd, h2, h3, .claim'))
					.map((c) => c.textContent!.slice(0, 60))
			);
			expect(bare).toEqual([]);
			expect(await page.locator('.claim').count()).toBeGreaterThan(50);
			await close();
		}
	);

	it('open on keyboard focus, close on Escape, and are pinned by Enter', async () => {
		const { page, errors, close } = await openPage(browser(), STORY);
		const { trigger, note } = claimIn('#what-we-know', 'claimed');
		// Focus the element before the trigger, then Tab, as a keyboard reader would.
		await page.locator(trigger).evaluate((el) => {
			const before = document.createElement('button');
			before.id = 'before-trigger';
			el.before(before);
		});
		await page.focus('#before-trigger');
		await page.keyboard.press('Tab');
		expect(
			await page.evaluate(() => document.activeElement?.classList.contains('claim-trigger'))
		).toBe(true);
		// The popover's toggle event, which sets aria-expanded, comes a task after it opens.
		const expanded = () => page.locator(trigger).getAttribute('aria-expanded');
		await expect.poll(() => isOpen(page, note)).toBe(true);
		await expect.poll(expanded).toBe('true');
		expect(await page.locator(note).textContent()).toMatch(/Claimed by The Insider/);

		await page.keyboard.press('Escape');
		await expect.poll(() => isOpen(page, note)).toBe(false);
		await expect.poll(expanded).toBe('false');

		// Enter toggles it like any button; Tab moves into its source links.
		await page.keyboard.press('Enter');
		await expect.poll(() => isOpen(page, note)).toBe(true);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
			'#source-insider-draft'
		);
		expect(await isOpen(page, note)).toBe(true);
		expect(errors).toEqual([]);
		await close();
	});

	it('open when the mouse rests on the label, stay while it moves onto the note, and close after', async () => {
		const { page, close } = await openPage(browser(), STORY);
		const { trigger, note } = claimIn('#what-we-know', 'claimed');
		await page.locator(trigger).hover();
		await expect.poll(() => isOpen(page, note)).toBe(true);
		await page.locator(note).hover();
		await page.waitForTimeout(500);
		expect(await isOpen(page, note)).toBe(true);
		await page.mouse.move(5, 5);
		await expect.poll(() => isOpen(page, note)).toBe(false);

		// A click on a hover-opened label pins the note instead of closing it.
		await page.locator(trigger).hover();
		await expect.poll(() => isOpen(page, note)).toBe(true);
		await page.locator(trigger).click();
		await page.mouse.move(5, 5);
		await page.waitForTimeout(600);
		expect(await isOpen(page, note)).toBe(true);
		await close();
	});

	it('open on a tap on phones, as a sheet inside the screen, and a source is one tap away', async () => {
		const { page, close } = await openPage(browser(), STORY, {
			viewport: PHONE,
			hasTouch: true,
			isMobile: true
		});
		const { trigger, note } = claimIn('#what-we-know', 'claimed');
		await page.locator(trigger).tap();
		expect(await isOpen(page, note)).toBe(true);
		const box = (await page.locator(note).boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
		expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);

		await page.locator(note).locator('a[href="#source-insider-draft"]').tap();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#source-insider-draft');
		expect(await isOpen(page, note)).toBe(false);
		const entry = (await page.locator('#source-insider-draft').boundingBox())!;
		expect(entry.y).toBeGreaterThanOrEqual(0);
		expect(entry.y).toBeLessThan(PHONE.height);
		await close();
	});

	it('work without JavaScript: a click opens the note, Escape closes it', async () => {
		const { page, close } = await openPage(browser(), STORY, { javaScriptEnabled: false });
		const { trigger, note } = claimIn('#what-we-know', 'claimed');
		expect(await isOpen(page, note)).toBe(false);
		await page.locator(trigger).click();
		expect(await isOpen(page, note)).toBe(true);
		await page.keyboard.press('Escape');
		expect(await isOpen(page, note)).toBe(false);
		await close();
	});
});

describe('sources', () => {
	it('every source link on the page leads to an entry of the sources section', async () => {
		const { page, close } = await openPage(browser(), STORY);
		const { targets, entries } = await page.evaluate(() => ({
			targets: [
				...new Set(
					[...document.querySelectorAll('a[href^="#source-"]')].map((a) =>
						a.getAttribute('href')!.slice(1)
					)
				)
			],
			entries: [...document.querySelectorAll('#sources li[id^="source-"]')].map((li) => li.id)
		}));
		expect(targets.length).toBeGreaterThan(10);
		for (const id of targets) expect(entries).toContain(id);
		await close();
	});
});

describe('reactions and responses', () => {
	it('sit in two columns of equal width on desktop, criticism left and answers right', async () => {
		const { page, close } = await openPage(browser(), STORY, { viewport: DESKTOP });
		const boxes = await page.$$eval('#reactions li', (items) =>
			items.map((li) => {
				const r = li.getBoundingClientRect();
				return {
					side: li.getAttribute('data-side'),
					x: Math.round(r.x),
					width: Math.round(r.width)
				};
			})
		);
		const left = boxes.filter((b) => b.side === 'criticism');
		const right = boxes.filter((b) => b.side === 'answer');
		expect(left.length).toBe(right.length);
		expect(new Set(left.map((b) => b.x)).size).toBe(1);
		expect(new Set(right.map((b) => b.x)).size).toBe(1);
		expect(right[0]!.x).toBeGreaterThan(left[0]!.x);
		expect(right[0]!.width).toBe(left[0]!.width);
		await close();
	});

	it('alternate in one column on phones', async () => {
		const { page, close } = await openPage(browser(), STORY, { viewport: PHONE });
		const sides = await page.$$eval('#reactions li', (items) =>
			items
				.map((li) => ({
					side: li.getAttribute('data-side'),
					y: li.getBoundingClientRect().y,
					x: li.getBoundingClientRect().x
				}))
				.sort((a, b) => a.y - b.y)
		);
		expect(new Set(sides.map((s) => Math.round(s.x))).size).toBe(1);
		expect(sides.slice(0, 4).map((s) => s.side)).toEqual([
			'criticism',
			'answer',
			'criticism',
			'answer'
		]);
		await close();
	});
});
