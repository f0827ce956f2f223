/**
 * The gallery pages of the transcript, draft-path and network visuals in real Chromium: each
 * live demo follows the scroll; the draft path is drawn wide where its frame is large enough,
 * with labels placed at build time; the network's positions come with the page and d3-force
 * never reaches the browser. (axe runs on these pages in gallery.e2e.ts and a11y.e2e.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoStory } from '../../src/gallery/demoStory';
import { layoutNetworks } from '../../src/lib/visuals/network/layout';
import { storyLayoutOptions, storyNetwork } from '../../src/lib/visuals/network/storyNetwork';
import { openPage, scrollStepToTrigger, useBrowser, waitForScrolly } from './page';

const browser = useBrowser();

/** Opens a gallery page, checks its pinned demo draws `drawn` only once `step` is reached. */
async function demoFollowsScroll(
	slug: string,
	step: string,
	drawn: string,
	check?: (page: Page) => Promise<void>
) {
	const { page, errors, close } = await openPage(browser(), `/components/${slug}/`);
	try {
		const pinned = `.live .scrolly-graphic-frame ${drawn}`;
		await waitForScrolly(page);
		expect(await page.locator(pinned).count(), 'before scrolling').toBe(0);
		await scrollStepToTrigger(page, step);
		await page.locator(pinned).first().waitFor({ state: 'attached', timeout: 3000 });
		await check?.(page);
		expect(errors).toEqual([]);
	} finally {
		await close();
	}
}

describe('gallery pages of the visuals', () => {
	it('transcript: the live demo brings in the lines of the step scrolled to', async () => {
		await demoFollowsScroll(
			'transcript',
			'demo-call-costs',
			'[data-line="costs"][data-phase="new"]'
		);
	});

	it('draft path: the plain-data demo follows the scroll; drawn wide in a large frame, laid out at build time', async () => {
		await demoFollowsScroll(
			'draft-path',
			'demo-path-2',
			'[data-stage="filed"][data-phase="lit"]',
			async (page) => {
				const wide = page.locator('#states .frame-wide .draft-path');
				const display = (selector: string) =>
					wide.locator(selector).evaluate((el) => getComputedStyle(el).display);
				expect(await display('.dp-wide')).toBe('block');
				expect(await display('.dp-narrow')).toBe('none');
				// Each label's place came with the page, as custom properties.
				const places = await wide
					.locator('.dp-label')
					.evaluateAll((els) =>
						els.map((el) => (el as HTMLElement).style.getPropertyValue('--x0'))
					);
				expect(places.length).toBeGreaterThan(3);
				expect(places.every((x) => /%$/.test(x.trim()))).toBe(true);
				expect(await page.locator('#states .dp-missing').count()).toBe(1);
			}
		);
	});

	it('network: the demo follows the scroll, placed from page data, no force layout in the browser', async () => {
		await demoFollowsScroll(
			'network',
			'demo-net-call',
			'[data-step="demo-net-call"]',
			async (page) => {
				// d3-force's simulation keeps this property name through minification.
				const scripts = await page.evaluate(async () => {
					const urls = performance
						.getEntriesByType('resource')
						.map((e) => e.name)
						.filter((name) => name.endsWith('.js'));
					return Promise.all(urls.map(async (url) => (await fetch(url)).text()));
				});
				expect(scripts.length).toBeGreaterThan(3);
				expect(scripts.filter((s) => s.includes('velocityDecay'))).toEqual([]);
				// Every node of the pinned demo, hydrated, sits where the build-time layout put it
				// (without layouts the nodes would be on a circle).
				const demo = storyNetwork(demoStory.entities, demoStory.links);
				const { wide } = layoutNetworks(demo.nodes, demo.links, storyLayoutOptions(demoStory));
				const drawn = await page.$$eval('.live .scrolly-graphic-frame [data-node]', (nodes) =>
					nodes.map((n) => {
						const style = (n as HTMLElement).style;
						return [
							n.getAttribute('data-node')!,
							Number(style.getPropertyValue('--xw')),
							Number(style.getPropertyValue('--yw'))
						] as const;
					})
				);
				expect(drawn.length).toBe(demoStory.entities.length);
				for (const [id, x, y] of drawn) {
					const at = wide.nodes[id]!;
					expect([x, y], id).toEqual([Math.round(at.x * 100) / 100, Math.round(at.y * 100) / 100]);
				}
			}
		);
	});
});
