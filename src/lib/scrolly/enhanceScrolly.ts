/**
 * Brings one server-rendered `.scrolly` section to life, with no framework: it owns the
 * section's behaviour in the DOM (layout attribute, active step class, keyboard stops) and
 * reports the state to whoever draws the graphic.
 *
 * Both ways of using the engine go through here:
 * - <Scrolly> (a hydrated Svelte component, as designers use it) calls it from an effect;
 * - story pages, which ship their prose as static HTML, call it from the island loader.
 *
 * Markup it expects (what Scrolly.svelte renders):
 *   .scrolly[data-layout][data-offset] > .scrolly-steps > .scrolly-step#id > .scrolly-step-body
 *   (+ .scrolly-graphic)
 */
import { prefersReducedMotion } from 'svelte/motion';
import { DEFAULT_OFFSET } from './progress';
import { afterFrame } from './frameBatch';
import { startScrollEngine } from './scrollEngine';
import { announceLayout, announceStep } from './stepEvent';
import { restoreStills, restoreStillsForPrint } from './stills';
import type { GraphicState, ScrollDirection, ScrollyLayout } from './types';

export interface EnhanceOptions {
	/** `stacked` keeps every step with its own static graphic (embeds without a host loader). */
	mode?: 'auto' | 'stacked';
	/** Called with the state the graphic should show, on every step change and progress tick. */
	onState?(state: GraphicState): void;
	/** Called when a step becomes active. */
	onStep?(step: { index: number; id: string; direction: ScrollDirection }): void;
	/** Brings a step to the trigger line for a keyboard reader; embeds ask their host instead. */
	scrollToStep?(step: HTMLElement): void;
	/** Who brings back the steps' stills when the stacked layout is shown (stills.ts). `kept`
	 * (the default): the engine, from the copies the server kept in `<noscript>`, for a page
	 * that is never hydrated. `drawn`: the caller mounts them (the hydrated <Scrolly>), told by
	 * `onLayout`, and watches print itself. */
	stills?: 'kept' | 'drawn';
	/** Called with each layout the section takes: `sticky`, or `stacked` (asked for, or the
	 * scroll engine failed). */
	onLayout?(layout: ScrollyLayout): void;
}

export interface ScrollyController {
	readonly layout: ScrollyLayout;
	readonly steps: HTMLElement[];
	destroy(): void;
}

/** One warning per page, however many sections fall back, so the console stays readable. */
let warnedFallback = false;

export function enhanceScrolly(
	container: HTMLElement,
	options: EnhanceOptions = {}
): ScrollyController {
	const steps = Array.from(
		container.querySelectorAll<HTMLElement>(':scope > .scrolly-steps > .scrolly-step')
	);
	const offset = parseOffsetAttribute(container.dataset.offset);
	let layout: ScrollyLayout = 'stacked';
	let index = 0;
	let progress = 0;
	let direction: ScrollDirection = 'down';
	let reached = false;
	let destroyed = false;

	const drawsStills = options.stills === 'drawn';
	if (drawsStills) container.dataset.stills = 'drawn';

	const setLayout = (next: ScrollyLayout) => {
		if (next === 'stacked' && !drawsStills) restoreStills(container);
		layout = next;
		container.dataset.layout = next;
		for (const step of steps) {
			if (next === 'sticky') step.tabIndex = 0;
			else step.removeAttribute('tabindex');
		}
		options.onLayout?.(next);
		announceLayout(container, next);
	};

	const stepId = () => steps[index]?.id ?? '';
	const announce = () => announceStep(container, { index, id: stepId(), reached });
	const emit = () => {
		// One query list for the page, as Scrolly.svelte reads it: a state goes out at every
		// scrolled frame, and a new matchMedia() each time cost 30 ms over the flagship's scroll.
		const reduced = prefersReducedMotion.current;
		options.onState?.({
			index,
			id: stepId(),
			progress: reduced ? 1 : progress,
			direction,
			stacked: false,
			reducedMotion: reduced
		});
	};

	// A new step's state goes out after the frame that found the step (frameBatch.ts's
	// afterFrame): the graphic's work on it is then not added to that frame's. Progress in the
	// meantime waits for it, and goes out with it.
	let stepStatePending = false;
	const emitAfterFrame = () => {
		if (stepStatePending) return;
		stepStatePending = true;
		afterFrame(() => {
			stepStatePending = false;
			if (!destroyed) emit();
		});
	};

	const onFocus = (event: FocusEvent) => {
		// Keyboard readers move step by step with Tab: put the focused step on the trigger line
		// (its scroll-margin) so the graphic shows its state.
		const step = event.target as HTMLElement;
		if (layout !== 'sticky' || !steps.includes(step)) return;
		if (options.scrollToStep) options.scrollToStep(step);
		else step.scrollIntoView({ block: 'start' });
	};

	if (!drawsStills) restoreStillsForPrint();
	if (options.mode === 'stacked' || !steps.length) {
		setLayout('stacked');
		return { layout, steps, destroy() {} };
	}

	setLayout('sticky');
	container.addEventListener('focusin', onFocus);
	let longest = '';
	// Set on the graphic, which alone reads it, as a property that is not inherited (registered in
	// properties.css, which says why).
	const graphic = container.querySelector<HTMLElement>(':scope > .scrolly-graphic') ?? container;
	const engine = startScrollEngine({
		container,
		steps,
		offset,
		onMeasure(longestStep) {
			// The phone layout keeps the pinned graphic short enough for the longest step to be
			// read whole beneath it (Scrolly.svelte's CSS).
			const value = `${Math.ceil(longestStep)}px`;
			if (value === longest) return;
			longest = value;
			graphic.style.setProperty('--scrolly-longest-step', value);
		},
		onIndex(next) {
			if (next !== index) direction = next > index ? 'down' : 'up';
			steps[index]?.classList.remove('is-active');
			steps[next]?.classList.add('is-active');
			const changed = next !== index;
			index = next;
			if (changed) options.onStep?.({ index, id: stepId(), direction });
			announce();
			emitAfterFrame();
		},
		onReach(next) {
			reached = next;
			announce();
		},
		onProgress(next) {
			progress = next;
			if (!stepStatePending) emit();
		}
	});
	engine.ready.catch((error: unknown) => {
		if (destroyed) return;
		if (!warnedFallback)
			console.warn(
				`Scrolly: the scroll engine could not start (${error instanceof Error ? error.message : String(error)}); showing every step with its own graphic instead.`
			);
		warnedFallback = true;
		engine.destroy();
		setLayout('stacked');
	});

	return {
		get layout() {
			return layout;
		},
		steps,
		destroy() {
			destroyed = true;
			engine.destroy();
			container.removeEventListener('focusin', onFocus);
		}
	};
}

/** `data-offset` holds "0.6" or "200px", as written by Scrolly.svelte. */
function parseOffsetAttribute(value: string | undefined): number | string {
	if (!value) return DEFAULT_OFFSET;
	return value.endsWith('px') ? value : Number(value);
}
