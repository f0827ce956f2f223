/**
 * Scrolly in a DOM (jsdom, with inert observers): the layout it settles on, the tab stops it
 * adds, and the stacked layout an embed asks for.
 */
import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import ScrollyHarness from './test/ScrollyHarness.svelte';

describe('Scrolly in the browser', () => {
	it('switches to the sticky layout: one graphic, steps become keyboard stops', async () => {
		const { container } = render(ScrollyHarness);
		await tick();
		const scrolly = container.querySelector('.scrolly')!;
		expect(scrolly.getAttribute('data-layout')).toBe('sticky');
		expect(container.querySelectorAll('.scrolly-graphic').length).toBe(1);
		expect(container.querySelectorAll('.scrolly-step-graphic').length).toBe(0);
		expect(container.querySelector('.scrolly-graphic')!.textContent).toContain('step 0 (one)');
		expect(
			[...container.querySelectorAll('.scrolly-step')].map((s) => s.getAttribute('tabindex'))
		).toEqual(['0', '0', '0']);
		expect(container.querySelector('#one')!.classList.contains('is-active')).toBe(true);
	});

	it('keeps the stacked layout when the page around it asks for it', async () => {
		const { container } = render(ScrollyHarness, { environment: { mode: 'stacked' } });
		await tick();
		expect(container.querySelector('.scrolly')!.getAttribute('data-layout')).toBe('stacked');
		expect(container.querySelectorAll('.scrolly-graphic').length).toBe(0);
		expect(container.querySelectorAll('.scrolly-step-graphic').length).toBe(3);
		expect(container.querySelector('.scrolly-step')!.hasAttribute('tabindex')).toBe(false);
	});
});
