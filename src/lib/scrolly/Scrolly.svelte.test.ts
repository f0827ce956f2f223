/**
 * Scrolly in a DOM (jsdom, with inert observers): the layout the engine settles on, the tab
 * stops it adds, the bindings it fills, and the stacked layout an embed asks for.
 */
import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import ScrollyHarness from './test/ScrollyHarness.svelte';

describe('Scrolly in the browser', () => {
	it('switches to the sticky layout: the first step is active and steps become keyboard stops', async () => {
		const { container } = render(ScrollyHarness);
		await tick();
		const scrolly = container.querySelector<HTMLElement>('.scrolly')!;
		expect(scrolly.dataset.layout).toBe('sticky');
		expect(container.querySelector('.scrolly-graphic')!.textContent).toContain('step 0 (one)');
		const steps = [...container.querySelectorAll<HTMLElement>('.scrolly-step')];
		expect(steps.map((s) => s.getAttribute('tabindex'))).toEqual(['0', '0', '0']);
		// The first step is marked in the next frame, with the other sections' measurements.
		await vi.waitFor(() =>
			expect(steps.map((s) => s.classList.contains('is-active'))).toEqual([true, false, false])
		);
		// Each step still carries its static graphic, for print; CSS hides it on screen.
		expect(container.querySelectorAll('.scrolly-step-graphic').length).toBe(3);
	});

	it('keeps the stacked layout when the page around it asks for it', async () => {
		const { container } = render(ScrollyHarness, { environment: { mode: 'stacked' } });
		await tick();
		expect(container.querySelector<HTMLElement>('.scrolly')!.dataset.layout).toBe('stacked');
		expect(container.querySelectorAll('.scrolly-step-graphic').length).toBe(3);
		expect(container.querySelector('.scrolly-step')!.hasAttribute('tabindex')).toBe(false);
	});
});
