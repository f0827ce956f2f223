/**
 * The one place that talks to scrollama. It avoids the library's known traps (3.2.0):
 * - `setup()` resets callbacks, so callbacks are attached after it;
 * - "50%" or out-of-range offsets throw or clamp silently, so offsets are validated first;
 * - each instance adds a document scroll listener that reads `window.pageYOffset` on every
 *   scroll event, only to track a direction we never use, and `destroy()` leaves it behind: we
 *   capture it and remove it at once. On the flagship that was seven listeners, each reading
 *   the scroll position (which makes the browser bring layout up to date first), on every
 *   scroll event; the engine reads it once a frame, in its own animation frame;
 * - `debug` adds divs it never removes, so it is never turned on;
 * - the bundled types lack `root`, so the options are typed here.
 *
 * `root: document` makes the observer measure against this document's own viewport. That is
 * what keeps steps working inside a cross-origin iframe, where the implicit root would be the
 * host page's viewport and the trigger margins would be ignored.
 */
import { parseOffset } from './progress';

export interface StepObserverOptions {
	steps: HTMLElement[];
	/** Trigger line: fraction of the viewport height (0–1) or pixels ("200px"). */
	offset: number | string;
	/** A step crossed the trigger line (its index, which the engine re-derives from the boxes). */
	onEnter(index: number): void;
}

export interface StepObserver {
	/** Starts watching the steps, which scrollama measures then: the engine calls it as the
	 * section nears the viewport. Set up for every section at once, scrollama's measurements
	 * made the browser lay out each far section (content-visibility), in one task of 13.6 ms at
	 * the engine's start (phone, 2-core machine). */
	watch(): void;
	/** Re-measures the steps (after a width change or a font load), once watching. */
	resize(): void;
	/** Disconnects every observer and listener scrollama created. */
	destroy(): void;
}

interface ScrollamaSetup {
	step: HTMLElement[];
	offset: number | string;
	root: Document;
	progress: false;
}

interface ScrollamaInstance {
	setup(options: ScrollamaSetup): ScrollamaInstance;
	onStepEnter(callback: (response: { index: number }) => void): ScrollamaInstance;
	resize(): ScrollamaInstance;
	destroy(): void;
}

/** Runs `fn` and returns the document scroll listeners it added. */
function captureScrollListeners(fn: () => void): EventListenerOrEventListenerObject[] {
	const captured: EventListenerOrEventListenerObject[] = [];
	const original = document.addEventListener;
	document.addEventListener = function (
		this: Document,
		type: string,
		listener: EventListenerOrEventListenerObject,
		options?: boolean | AddEventListenerOptions
	) {
		if (type === 'scroll') captured.push(listener);
		return original.call(this, type, listener, options);
	} as typeof document.addEventListener;
	try {
		fn();
	} finally {
		document.addEventListener = original;
	}
	return captured;
}

/** Loads scrollama on demand, ready to watch the steps. Rejects if scrollama fails to load. */
export async function createStepObserver(options: StepObserverOptions): Promise<StepObserver> {
	parseOffset(options.offset);
	const { default: scrollama } = (await import('scrollama')) as unknown as {
		default: () => ScrollamaInstance;
	};
	const instance = scrollama();
	let watching = false;
	let destroyed = false;
	return {
		watch() {
			if (watching || destroyed) return;
			watching = true;
			const listeners = captureScrollListeners(() => {
				instance.setup({
					step: options.steps,
					offset: options.offset,
					root: document,
					progress: false
				});
			});
			for (const listener of listeners) document.removeEventListener('scroll', listener);
			instance.onStepEnter(({ index }) => options.onEnter(index));
		},
		resize() {
			if (watching && !destroyed) instance.resize();
		},
		destroy() {
			if (destroyed) return;
			destroyed = true;
			if (watching) instance.destroy();
		}
	};
}
