/**
 * jsdom lacks the observers the scroll engine uses; component tests get stand-ins. jsdom lays
 * nothing out (every box is empty, at the viewport's corner), so an intersection observer says
 * once that its target is in view, as a browser would of a page that fits its window; a resize
 * observer says nothing. Real scrolling is tested end to end in Chromium.
 */
class InertObserver {
	observe() {}
	unobserve() {}
	disconnect() {}
	takeRecords() {
		return [];
	}
}

class InViewObserver {
	#callback: IntersectionObserverCallback;
	#observed = new Set<Element>();
	constructor(callback: IntersectionObserverCallback) {
		this.#callback = callback;
	}
	observe(target: Element) {
		this.#observed.add(target);
		queueMicrotask(() => {
			if (this.#observed.has(target))
				this.#callback(
					[{ target, isIntersecting: true } as IntersectionObserverEntry],
					this as unknown as IntersectionObserver
				);
		});
	}
	unobserve(target: Element) {
		this.#observed.delete(target);
	}
	disconnect() {
		this.#observed.clear();
	}
	takeRecords() {
		return [];
	}
}

globalThis.IntersectionObserver ??= InViewObserver as unknown as typeof IntersectionObserver;
globalThis.ResizeObserver ??= InertObserver as unknown as typeof ResizeObserver;
window.matchMedia ??= ((query: string) => ({
	matches: false,
	media: query,
	onchange: null,
	addEventListener() {},
	removeEventListener() {},
	addListener() {},
	removeListener() {},
	dispatchEvent: () => false
})) as typeof window.matchMedia;
