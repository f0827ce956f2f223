/**
 * Drives one scrolly section in the browser: which step is active and how far the reader is
 * through it, both computed from the scroll position and cached step boxes (so the scroll path
 * never reads layout), by the one definition of a step reached (`lastStepReached`). scrollama
 * only says when to look again: its observers fire as a step crosses the trigger line.
 *
 * Steps are measured while the section is near the viewport (NEAR_MARGIN): at the start, and
 * again when the width, a font or the page's height changes. A section further away only
 * notes that its boxes are out of date, and measures as the reader nears it. Height-only
 * viewport changes (a phone's address bar) are ignored so steps do not jump.
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

/** How near the viewport a section measures its steps: a viewport's height above and below.
 * Further away, a story page lays a section out only when asked (content-visibility), so
 * measuring every section at once cost a layout of each in one frame (14 ms at the engine's
 * start on a phone, 2-core machine), and again on each change of the page's height (an island
 * mounted: 9 ms). Measured as it comes near, each section costs one small frame of its own. */
export const NEAR_MARGIN = '100% 0px';

export interface ScrollEngine {
	/** Resolves once scrollama has loaded (it watches the steps from the section's first
	 * measurement); rejects if it could not be loaded. */
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
	/** The container's width, as the resize observer last gave it. */
	let width: number | undefined;
	let observer: StepObserver | undefined;
	/** scrollama watches the steps (observer.watch() was called). */
	let watching = false;
	let destroyed = false;
	/** Within NEAR_MARGIN of the viewport (the near observer says so at its start). */
	let near = false;
	/** The boxes are out of date (or were never measured): measured once the section is near. */
	let stale = true;
	/** scrollama's observers must be re-measured too (the width or a font changed). */
	let stepsResized = false;
	let measureQueued = false;

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
		// Boxes out of date are not used: the section is far, and measures as it comes near.
		if (active < 0 || !boxes.length || stale) return;
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

	// Every section measures in the same frame, batched like the scroll path, so that each
	// reads before any of them writes. The first measurement also sets the first step.
	const measureWhenNear = () => {
		if (!near || measureQueued || destroyed) return;
		measureQueued = true;
		let scrollY = 0;
		measureThenMutate(
			() => {
				measureQueued = false;
				if (destroyed) return;
				measure();
				// scrollama starts watching at the section's first measurement after it has loaded
				// (it measures the steps too); a new width or font later has it measure again.
				if (observer && !watching) {
					watching = true;
					observer.watch();
				} else if (stepsResized) observer?.resize();
				stepsResized = false;
				stale = false;
				scrollY = window.scrollY;
			},
			() => {
				if (destroyed) return;
				options.onMeasure?.(longestStep);
				if (active < 0) setActive(stepAt(scrollY, trigger, boxes), scrollY);
				else updateProgress(scrollY);
			}
		);
	};
	/** The boxes no longer hold: measured now if the section is near, else once it is. */
	const invalidate = (resized: boolean) => {
		stale = true;
		stepsResized ||= resized;
		measureWhenNear();
	};
	const remeasure = () => invalidate(true);

	const resizeObserver = new ResizeObserver((entries) => {
		// A new width moves every step (and scrollama's observers with them). Otherwise content
		// reflowed, here or anywhere above (an island mounted, an image, a section laid out
		// late under content-visibility): steps moved, and scrollama's own per-step observers
		// follow them; only our cached boxes need updating. The width comes from the entry:
		// reading it from a far section would make the browser lay that section out.
		let resized = false;
		for (const entry of entries) {
			if (entry.target !== container) continue;
			resized = width !== undefined && entry.contentRect.width !== width;
			width = entry.contentRect.width;
		}
		invalidate(resized);
	});

	const nearObserver = new IntersectionObserver(
		(entries) => {
			near = entries[entries.length - 1]!.isIntersecting;
			if (stale) measureWhenNear();
		},
		// The document's own viewport, as scrollama's (stepObserver.ts): inside an iframe too.
		{ root: document, rootMargin: NEAR_MARGIN }
	);

	window.addEventListener('scroll', onScroll, { passive: true });
	nearObserver.observe(container);
	resizeObserver.observe(container);
	resizeObserver.observe(document.documentElement);
	document.fonts?.addEventListener('loadingdone', remeasure);
	// Fonts already in (the engine usually starts as the reader scrolls): scrollama was set up
	// with them, and the first measurement sees them.
	if (document.fonts && document.fonts.status !== 'loaded')
		void document.fonts.ready.then(remeasure);

	// scrollama's index is not taken: a fast scroll or a jump can carry a step past its observer,
	// and two answers to "which step" would disagree. Its signal runs the same computation.
	const onEnter = () => {
		if (!destroyed) updateProgress(window.scrollY);
	};
	const ready = createStepObserver({ steps, offset, onEnter }).then((created) => {
		if (destroyed) return created.destroy();
		observer = created;
		// Loaded after the section came near: it starts watching with a new measurement.
		if (near) invalidate(false);
	});

	return {
		ready,
		destroy() {
			destroyed = true;
			window.removeEventListener('scroll', onScroll);
			resizeObserver.disconnect();
			nearObserver.disconnect();
			document.fonts?.removeEventListener('loadingdone', remeasure);
			observer?.destroy();
		}
	};
}
