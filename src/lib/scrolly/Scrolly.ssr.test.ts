/**
 * What the server sends before any JavaScript runs: every step's text, a still for each step
 * (the stacked layout, shown without JavaScript and in print) and the pinned graphic.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ScrollyHarness from '../../../tests/helpers/scrolly/ScrollyHarness.svelte';
import LonelyStep from '../../../tests/helpers/scrolly/LonelyStep.svelte';

describe('Scrolly on the server', () => {
	/** The still of each step, and whether it waits in <noscript>. */
	const stillsOf = (body: string) =>
		[
			...body.matchAll(
				/<div class="scrolly-step-graphic[^"]*">(?:<!--[^>]*-->)*(<noscript>)?(?:<!--[^>]*-->)*<p class="state[^"]*">step (\d) \((\w+)\) stacked=true/g
			)
		].map((m) => [m[2], m[3], m[1] ? 'noscript' : 'inline']);

	it('renders every step, a still for each in <noscript>, and the pinned graphic at step 0', () => {
		const { body } = render(ScrollyHarness);
		expect(body).toContain('data-layout="ssr"');
		expect(body).toContain('data-graphic-position="right"');
		for (const id of ['one', 'two', 'three']) expect(body).toContain(`id="${id}"`);
		// A reader without JavaScript gets the stills; a browser with it keeps them as text.
		expect(stillsOf(body)).toEqual([
			['0', 'one', 'noscript'],
			['1', 'two', 'noscript'],
			['2', 'three', 'noscript']
		]);
		// The pinned graphic is not kept: it is what the reader sees.
		expect(body).toContain('step 0 (one) stacked=false');
		expect(body.match(/stacked=false/g)).toHaveLength(1);
		expect(body.indexOf('First step.')).toBeLessThan(body.indexOf('Second step.'));
		// No tab stops before the page knows it can scroll the steps.
		expect(body).not.toContain('tabindex');
	});

	it('renders the stills in the page when the section starts stacked (an embed)', () => {
		const { body } = render(ScrollyHarness, { props: { environment: { mode: 'stacked' } } });
		expect(body).toContain('data-layout="stacked"');
		expect(stillsOf(body)).toEqual([
			['0', 'one', 'inline'],
			['1', 'two', 'inline'],
			['2', 'three', 'inline']
		]);
		expect(body).not.toContain('<noscript>');
		// The pinned graphic too: a page that is never hydrated may pin it later.
		expect(body.match(/stacked=false/g)).toHaveLength(1);
	});

	it('explains how to fix a Step used outside a Scrolly', () => {
		expect(() => render(LonelyStep).body).toThrow(/<Step> must be placed inside a <Scrolly>/);
	});
});
