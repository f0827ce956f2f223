/**
 * What the server sends before any JavaScript runs: every step's text, a graphic for each step
 * (the stacked layout, shown without JavaScript and in print) and the sticky graphic.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ScrollyHarness from './test/ScrollyHarness.svelte';
import LonelyStep from './test/LonelyStep.svelte';

describe('Scrolly on the server', () => {
	it('renders every step with its own static graphic, and the sticky graphic at step 0', () => {
		const { body } = render(ScrollyHarness);
		expect(body).toContain('data-layout="ssr"');
		for (const [i, id] of ['one', 'two', 'three'].entries()) {
			expect(body).toContain(`id="${id}"`);
			expect(body).toContain(`step ${i} (${id}) stacked=true`);
		}
		expect(body).toContain('step 0 (one) stacked=false');
		expect(body.indexOf('First step.')).toBeLessThan(body.indexOf('Second step.'));
		// No tab stops before the page knows it can scroll the steps.
		expect(body).not.toContain('tabindex');
	});

	it('keeps each static graphic in <noscript> on a page that is never hydrated', () => {
		const { body } = render(ScrollyHarness, {
			props: { environment: { mode: 'auto', stills: 'noscript' } }
		});
		const stills = [
			...body.matchAll(
				/<div class="scrolly-step-graphic[^"]*">(?:<!--[^>]*-->)*<noscript>(.*?)<\/noscript>/g
			)
		];
		expect(stills.map((m) => /step (\d) \((\w+)\) stacked=true/.exec(m[1]!)?.slice(1))).toEqual([
			['0', 'one'],
			['1', 'two'],
			['2', 'three']
		]);
		// The sticky graphic is not kept: it is what the reader sees.
		expect(body).toContain('step 0 (one) stacked=false');
		expect(body.match(/stacked=false/g)).toHaveLength(1);
	});

	it('explains how to fix a Step used outside a Scrolly', () => {
		expect(() => render(LonelyStep).body).toThrow(/<Step> must be placed inside a <Scrolly>/);
	});
});
