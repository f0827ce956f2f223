/**
 * The scrolly engine in real Chromium, on the fixture story (which has nothing to do with the
 * flagship): step order while scrolling, the sticky graphic staying in view, deep links, the
 * page without JavaScript, and a clean console.
 */
import { describe, expect, it } from 'vitest';
import {
	activeStepsWhileScrolling,
	openPage,
	scrollStepToTrigger,
	useBrowser,
	VIEWPORTS,
	waitForScrolly
} from './page';

const browser = useBrowser();
const STORY = '/harbour-vote/';
const STEPS = ['hv-proposal', 'hv-debate', 'hv-vote'];

describe.each(Object.entries(VIEWPORTS))('scrolly on %s', (_name, viewport) => {
	it('activates the steps in order while scrolling down, and back while scrolling up', async () => {
		const { page, errors, close } = await openPage(browser(), STORY, { viewport });
		await waitForScrolly(page);
		// Only the timeline section's steps: the fixture has other sections after it.
		expect(
			await activeStepsWhileScrolling(page, '[data-section="vote-timeline"] .scrolly')
		).toEqual(STEPS);

		await scrollStepToTrigger(page, 'hv-debate');
		await expect.poll(() => page.$eval('.scrolly-step.is-active', (el) => el.id)).toBe('hv-debate');
		await scrollStepToTrigger(page, 'hv-proposal');
		await expect
			.poll(() => page.$eval('.scrolly-step.is-active', (el) => el.id))
			.toBe('hv-proposal');
		expect(errors).toEqual([]);
		await close();
	});

	it('keeps the sticky graphic in view while the steps scroll past', async () => {
		const { page, close } = await openPage(browser(), STORY, { viewport });
		await waitForScrolly(page);
		for (const id of STEPS) {
			await scrollStepToTrigger(page, id);
			const box = await page.$eval('.scrolly-graphic', (el) => {
				const r = el.getBoundingClientRect();
				return { top: r.top, bottom: r.bottom, height: r.height };
			});
			expect(box.top).toBeGreaterThanOrEqual(-1);
			expect(box.bottom).toBeLessThanOrEqual(viewport.height + 1);
			expect(box.height).toBeGreaterThan(viewport.height * 0.4);
			// The graphic shows the active step's event.
			const highlighted = await page.$eval('.scrolly-graphic li.active', (el) =>
				el.getAttribute('data-event')
			);
			expect(highlighted).toBe(
				{ 'hv-proposal': 'proposal', 'hv-debate': 'debate', 'hv-vote': 'vote' }[id]
			);
		}
		await close();
	});

	it('lands on a step from a #step-id link, with its state showing', async () => {
		const { page, errors, close } = await openPage(browser(), `${STORY}#hv-vote`, { viewport });
		await waitForScrolly(page);
		await expect.poll(() => page.$eval('.scrolly-step.is-active', (el) => el.id)).toBe('hv-vote');
		const top = await page.$eval('#hv-vote', (el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(viewport.height);
		expect(errors).toEqual([]);
		await close();
	});
});

describe('scrolly without JavaScript', () => {
	it('shows every step with its own static graphic (the stacked layout)', async () => {
		const { page, close } = await openPage(browser(), STORY, {
			javaScriptEnabled: false,
			viewport: VIEWPORTS.phone
		});
		for (const id of STEPS) {
			expect(await page.isVisible(`#${id}`)).toBe(true);
			expect(await page.isVisible(`#${id} .scrolly-step-graphic`)).toBe(true);
		}
		expect(await page.isVisible('.scrolly-graphic')).toBe(false);
		const text = await page.textContent('.scrolly-steps');
		expect(text).toContain('The harbour master proposes a new pier.');
		expect(text).toContain('The council votes, seven to four.');
		await close();
	});
});
