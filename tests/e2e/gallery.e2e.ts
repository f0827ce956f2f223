/**
 * The component gallery in real Chromium: every page the index links to loads without errors
 * and passes axe in both themes, the copy buttons copy, and a page's props table is the one
 * read from the component's source.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser, VIEWPORTS } from './page';

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
	it('links every page from its sidebar, and each loads cleanly and passes axe in both themes', async () => {
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
		for (const path of pages) {
			const { page, errors, close } = await openPage(browser(), path, {
				viewport: VIEWPORTS.desktop
			});
			expect(await page.locator('h1').count(), path).toBe(1);
			for (const colorScheme of ['light', 'dark'] as const) {
				// Reduced motion, so that no colour is caught halfway through a transition.
				await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
				await page.evaluate(
					() =>
						new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
				);
				const { violations } = await new AxeBuilder({ page }).analyze();
				expect(
					violations.map(
						(v) => `${path} (${colorScheme}): ${v.id}: ${v.nodes[0]?.target.join(' ')}`
					)
				).toEqual([]);
			}
			expect(errors, path).toEqual([]);
			await close();
		}
	}, 300_000);

	it('passes axe on a phone, where tables and code scroll sideways', async () => {
		for (const path of ['/components/', '/components/scrolly/', '/components/timeline/']) {
			const { page, close } = await openPage(browser(), path, { viewport: VIEWPORTS.phone });
			await page.emulateMedia({ reducedMotion: 'reduce' });
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.map((v) => `${path}: ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual(
				[]
			);
			await close();
		}
	}, 120_000);

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
