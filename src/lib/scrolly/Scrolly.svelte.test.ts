/**
 * Scrolly in a DOM (jsdom, with inert observers): the layout the engine settles on, the tab
 * stops it adds, the bindings it fills, the stacked layout an embed asks for, and how many
 * copies of the graphic are mounted in each case (one, except while the stacked layout shows).
 */
import { render } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScrollyHarness from '../../../tests/helpers/scrolly/ScrollyHarness.svelte';
import { mounted } from '../../../tests/helpers/scrolly/CountedGraphic.svelte';
import type { ScrollyEnvironment } from './types';

const scrollama = vi.hoisted(() => ({ fails: false }));
vi.mock('./stepObserver', async (original) => {
	const actual = await original<typeof import('./stepObserver')>();
	return {
		createStepObserver: (options: Parameters<typeof actual.createStepObserver>[0]) =>
			scrollama.fails
				? Promise.reject(new Error('Failed to fetch dynamically imported module'))
				: actual.createStepObserver(options)
	};
});

const stills = (container: HTMLElement) =>
	[...container.querySelectorAll('.scrolly-step-graphic')].map(
		(el) => el.querySelector('.state')?.textContent ?? null
	);
const EVERY_STILL = ['one', 'two', 'three'].map((id, i) => `step ${i} (${id}) stacked=true`);
const pinned = (container: HTMLElement) =>
	container.querySelector('.scrolly-graphic .state')?.textContent ?? null;

beforeEach(() => expect(mounted.count).toBe(0));
afterEach(() => {
	scrollama.fails = false;
	vi.restoreAllMocks();
});

describe('Scrolly in the browser', () => {
	it('switches to the sticky layout, with one live graphic: the first step is active and steps become keyboard stops', async () => {
		const { container } = render(ScrollyHarness);
		await tick();
		const scrolly = container.querySelector<HTMLElement>('.scrolly')!;
		expect(scrolly.dataset.layout).toBe('sticky');
		expect(pinned(container)).toBe('step 0 (one) stacked=false');
		const steps = [...container.querySelectorAll<HTMLElement>('.scrolly-step')];
		expect(steps.map((s) => s.getAttribute('tabindex'))).toEqual(['0', '0', '0']);
		// The first step is marked in the next frame, with the other sections' measurements.
		await vi.waitFor(() =>
			expect(steps.map((s) => s.classList.contains('is-active'))).toEqual([true, false, false])
		);
		// One graphic is mounted; each step's still waits in an empty <noscript>.
		expect(mounted.count).toBe(1);
		expect(stills(container)).toEqual([null, null, null]);
		expect(container.querySelectorAll('.scrolly-step-graphic > noscript')).toHaveLength(3);
		// The engine measured the longest step for the phone layout, for the graphic alone.
		const graphic = scrolly.querySelector<HTMLElement>(':scope > .scrolly-graphic')!;
		expect(graphic.style.getPropertyValue('--scrolly-longest-step')).toMatch(/^\d+px$/);
		expect(scrolly.style.getPropertyValue('--scrolly-longest-step')).toBe('');
	});

	it('keeps the stacked layout when the page around it asks for it: stills only', async () => {
		const { container } = render(ScrollyHarness, { environment: { mode: 'stacked' } });
		await tick();
		expect(container.querySelector<HTMLElement>('.scrolly')!.dataset.layout).toBe('stacked');
		expect(stills(container)).toEqual(EVERY_STILL);
		expect(pinned(container)).toBeNull();
		expect(mounted.count).toBe(3);
		expect(container.querySelector('.scrolly-step')!.hasAttribute('tabindex')).toBe(false);
	});

	it('trades the stills for the one pinned graphic when an embed’s host loader takes over', async () => {
		const environment: ScrollyEnvironment = $state({ mode: 'stacked' });
		const { container } = render(ScrollyHarness, { environment });
		await tick();
		expect(mounted.count).toBe(3);
		environment.mode = 'auto';
		await tick();
		expect(container.querySelector<HTMLElement>('.scrolly')!.dataset.layout).toBe('sticky');
		expect(stills(container)).toEqual([null, null, null]);
		expect(pinned(container)).toBe('step 0 (one) stacked=false');
		expect(mounted.count).toBe(1);
	});

	it('mounts the stills, in place of the pinned graphic, when the scroll engine fails', async () => {
		scrollama.fails = true;
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { container } = render(ScrollyHarness);
		await vi.waitFor(() =>
			expect(container.querySelector<HTMLElement>('.scrolly')!.dataset.layout).toBe('stacked')
		);
		await tick();
		expect(stills(container)).toEqual(EVERY_STILL);
		expect(pinned(container)).toBeNull();
		expect(mounted.count).toBe(3);
		expect(warn).toHaveBeenCalledTimes(1);
	});

	it('mounts the stills for print, before the page is laid out for paper, and removes them after', async () => {
		const { container } = render(ScrollyHarness);
		await tick();
		expect(mounted.count).toBe(1);
		// `print()` from a script fires beforeprint and lays the page out before returning.
		dispatchEvent(new Event('beforeprint'));
		expect(stills(container)).toEqual(EVERY_STILL);
		expect(mounted.count).toBe(4);
		dispatchEvent(new Event('afterprint'));
		flushSync();
		expect(stills(container)).toEqual([null, null, null]);
		expect(mounted.count).toBe(1);
	});
});
