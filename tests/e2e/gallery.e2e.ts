/**
 * The component gallery in real Chromium: the index links every page (each of which a11y.e2e.ts
 * opens, checks for errors and runs axe on, at phone width in the light theme and at desktop
 * width in the dark theme), the copy buttons copy, and a page's props table is the one read
 * from the component's source.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser, VIEWPORTS } from './page';
import { builtPages } from './sitePages';

const browser = useBrowser();

async function galleryPages(): Promise<string[]> {
	const { page, close } = await openPage(browser(), '/components/');
	const hrefs = await page.$$eval('nav[aria-label="Components"] a', (links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
	);
	await close();
	return [...new Set(hrefs)];
}

describe('component gallery', () => {
	it('links every page from its sidebar, each of them a page the build wrote', async () => {
		const pages = await galleryPages();
		for (const slug of [
			'scrolly',
			'timeline',
			'transcript',
			'draft-path',
			'network',
			'status-badge',
			'sources',
			'story-section',
			'tokens'
		])
			expect(pages).toContain(`/components/${slug}/`);
		const built = builtPages();
		expect(pages.filter((path) => !built.includes(path))).toEqual([]);
	});

	it('copies a usage snippet to the clipboard', async () => {
		const context = await browser().newContext({ viewport: VIEWPORTS.desktop });
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const page = await context.newPage();
		await page.goto(`${inject('baseUrl')}/components/status-badge/#usage`, {
			waitUntil: 'networkidle'
		});
		const block = page.locator('#usage .code-block').first();
		await block.locator('button').click();
		await expect.poll(() => block.locator('[role="status"]').textContent()).toBe('Copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await block.locator('code').textContent());
		expect(copied).toContain('<StatusBadge status="claimed" claimant="The Insider" />');
		await context.close();
	});

	it('shows the props read from the component source', async () => {
		const { page, close } = await openPage(browser(), '/components/scrolly/');
		const rows = await page.$$eval('#props table', (tables) =>
			tables.map((table) =>
				Array.from(table.querySelectorAll('tbody tr')).map((row) =>
					Array.from(row.children).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim())
				)
			)
		);
		const scrolly = Object.fromEntries(rows[0]!.map((cells) => [cells[0]!.split(' ')[0], cells]));
		expect(scrolly.index).toEqual([
			'index bindable',
			'number',
			'0',
			'Index of the active step (0-based). Bindable.'
		]);
		expect(scrolly.children![0]).toBe('children required');
		expect(rows[1]!.map((cells) => cells[0]!.split(' ')[0])).toEqual(['id', 'children']);
		await close();
	});
});
