/**
 * Drives one scrolly section in the browser: which step is active and how far the reader is
 * through it, both computed from the scroll position and cached step boxes (so the scroll path
 * never reads layout), by the one definition of a step reached (`lastStepReached`). scrollama
 * only says when to look again: its observers fire as a step crosses the trigger line. Re-measures when the width changes and when fonts load;
 * height-only viewport changes (a phone's address bar) are ignored so steps do not jump.
 */
import { lastStepReached, stepAt, stepProgress, triggerPosition, type StepBox } from './progress';
import { measureThenMutate } from './frameBatch';
import { createStepObserver, type StepObserver } from './stepObserver';

export interface ScrollEngineOptions {
	container: HTMLElement;
	steps: HTMLElement[];
	offset: number | string;
	onIndex(index: number): void;
	onProgress(progress: number): void;
	/** Called when the trigger line reaches the first step's top (`true`) or goes back above it
	 * (`false`): before it, the first step is active only because one always is. */
	onReach?(reached: boolean): void;
	/** Called after each measurement with the height of the longest step's text box
	 * (`.scrolly-step-body`, or the step itself), in CSS pixels. */
	onMeasure?(longestStep: number): void;
}

export interface ScrollEngine {
	/** Resolves once scrollama is watching; rejects if it could not be loaded. */
	ready: Promise<void>;
	destroy(): void;
}

export function startScrollEngine(options: ScrollEngineOptions): ScrollEngine {
	const { container, steps, offset } = options;
	let boxes: StepBox[] = [];
	let trigger = 0;
	/** The step announced to onIndex; -1 until the first measurement. */
	let active = -1;
	let lastProgress = -1;
	let reached: boolean | undefined;
	/** A read of the scroll position is queued for the next frame. */
	let pending = false;
	let width = 0;
	let observer: StepObserver | undefined;
	let destroyed = false;

	const bodies = steps.map((el) => el.querySelector<HTMLElement>('.scrolly-step-body') ?? el);
	let longestStep = 0;
	const measure = () => {
		const scrollY = window.scrollY;
		boxes = steps.map((el) => {
			const rect = el.getBoundingClientRect();
			return { top: rect.top + scrollY, height: rect.height };
		});
		trigger = triggerPosition(offset, window.innerHeight);
		longestStep = Math.max(0, ...bodies.map((el) => el.offsetHeight));
	};

	/** Brings index and progress up to date with the page scrolled to `scrollY`. */
	const updateProgress = (scrollY: number) => {
		if (active < 0 || !boxes.length) return;
		const last = lastStepReached(scrollY + trigger, boxes);
		if (last >= 0 !== reached) {
			reached = last >= 0;
			options.onReach?.(reached);
		}
		const expected = stepAt(scrollY, trigger, boxes);
		if (expected !== active) {
			setActive(expected, scrollY);
			return;
		}
		const box = boxes[active];
		if (!box) return;
		const progress = stepProgress(scrollY, trigger, box);
		if (progress !== lastProgress) {
			lastProgress = progress;
			options.onProgress(progress);
		}
	};

	// Reading the scroll position makes the browser bring layout up to date, and the callbacks
	// change the page: with one animation frame per section, each section's read came after the
	// previous section's changes and paid for a layout (about 1 s of a 23 s scroll of the
	// flagship on a phone, measured). Batched, every section reads in one pass, then all write.
	const onScroll = () => {
		if (pending) return;
		pending = true;
		let scrollY = 0;
		measureThenMutate(
			() => {
				scrollY = window.scrollY;
			},
			() => {
				pending = false;
				if (!destroyed) updateProgress(scrollY);
			}
		);
	};

	const setActive = (index: number, scrollY: number) => {
		if (index === active) return;
		active = index;
		options.onIndex(index);
		updateProgress(scrollY);
	};

	// After a font load or a width change, which every section sees at once: batched like the
	// scroll path, so that each section measures before any of them writes.
	const remeasure = () => {
		let scrollY = 0;
		measureThenMutate(
			() => {
				if (destroyed) return;
				measure();
				observer?.resize();
				scrollY = window.scrollY;
			},
			() => {
				if (destroyed) return;
				options.onMeasure?.(longestStep);
				updateProgress(scrollY);
			}
		);
	};

	const resizeObserver = new ResizeObserver(() => {
		const newWidth = container.clientWidth;
		if (newWidth !== width) {
			width = newWidth;
			remeasure();
		} else {
			// Content reflowed without a width change, here or anywhere above (the page's height
			// changed: an image, an ad, a section laid out late under content-visibility): steps
			// moved, scrollama's own per-step observers handle the trigger; only our cached
			// boxes need updating.
			measure();
			options.onMeasure?.(longestStep);
		}
	});

	// First measurement in the next frame, batched with the other sections starting now.
	let initial = 0;
	let initialScrollY = 0;
	measureThenMutate(
		() => {
			if (destroyed) return;
			width = container.clientWidth;
			measure();
			initialScrollY = window.scrollY;
			initial = stepAt(initialScrollY, trigger, boxes);
		},
		() => {
			if (destroyed) return;
			options.onMeasure?.(longestStep);
			setActive(initial, initialScrollY);
		}
	);
	window.addEventListener('scroll', onScroll, { passive: true });
	resizeObserver.observe(container);
	resizeObserver.observe(document.documentElement);
	document.fonts?.addEventListener('loadingdone', remeasure);
	void document.fonts?.ready.then(remeasure);

	// scrollama's index is not taken: a fast scroll or a jump can carry a step past its observer,
	// and two answers to "which step" would disagree. Its signal runs the same computation.
	const onEnter = () => {
		if (!destroyed) updateProgress(window.scrollY);
	};
	const ready = createStepObserver({ steps, offset, onEnter }).then((created) => {
		if (destroyed) created.destroy();
		else observer = created;
	});

	return {
		ready,
		destroy() {
			destroyed = true;
			window.removeEventListener('scroll', onScroll);
			resizeObserver.disconnect();
			document.fonts?.removeEventListener('loadingdone', remeasure);
			observer?.destroy();
		}
	};
}
