/**
 * The browser's animation frames and observers, stubbed for the scroll engine's unit tests
 * (jsdom has neither frames nor layout): what is queued for the next frame waits until the test
 * runs that frame. Call in `beforeEach`; `vi.unstubAllGlobals()` takes the stubs away.
 *
 * Intersection observers say at once (a microtask after `observe`) whether their target is
 * near, by `isNear` (near unless told), and again on `setNear`; resize observers report only
 * when the test calls `resize`.
 */
import { vi } from 'vitest';

interface Observed<Entry> {
	target: Element;
	callback: (entries: Entry[]) => void;
}

export function stubFrames(isNear: (target: Element) => boolean = () => true): {
	runFrame(): void;
	/** The target comes near the viewport, or leaves it: its observers are told at once. */
	setNear(target: Element, near: boolean): void;
	/** The target's size changed (its content box `width` wide): its observers are told. */
	resize(target: Element, width: number): void;
} {
	let queued: FrameRequestCallback[] = [];
	const intersections: Observed<Partial<IntersectionObserverEntry>>[] = [];
	const sizes: Observed<Partial<ResizeObserverEntry>>[] = [];
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
		queued.push(callback);
		return queued.length;
	});
	vi.stubGlobal(
		'IntersectionObserver',
		observerClass(intersections, (observed) =>
			// As a browser does, it says at once whether its target is near.
			queueMicrotask(() => {
				if (intersections.includes(observed))
					observed.callback([{ target: observed.target, isIntersecting: isNear(observed.target) }]);
			})
		)
	);
	vi.stubGlobal('ResizeObserver', observerClass(sizes));
	return {
		runFrame() {
			const due = queued;
			queued = [];
			for (const callback of due) callback(performance.now());
		},
		setNear(target, near) {
			for (const o of intersections.filter((o) => o.target === target))
				o.callback([{ target, isIntersecting: near }]);
		},
		resize(target, width) {
			for (const o of sizes.filter((o) => o.target === target))
				o.callback([{ target, contentRect: { width } as DOMRectReadOnly }]);
		}
	};
}

/** An observer class whose instances list what they observe in `observed`, and call
 * `onObserve` for each new target. */
function observerClass<Entry>(
	observed: Observed<Entry>[],
	onObserve?: (target: Observed<Entry>) => void
) {
	return class {
		#callback: Observed<Entry>['callback'];
		constructor(callback: Observed<Entry>['callback']) {
			this.#callback = callback;
		}
		observe(target: Element) {
			const entry = { target, callback: this.#callback };
			observed.push(entry);
			onObserve?.(entry);
		}
		disconnect() {
			for (let i = observed.length - 1; i >= 0; i--)
				if (observed[i]!.callback === this.#callback) observed.splice(i, 1);
		}
	};
}
