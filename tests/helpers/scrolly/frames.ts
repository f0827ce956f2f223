/**
 * The browser's animation frames and resize observer, stubbed for the scroll engine's unit tests
 * (jsdom has neither frames nor layout): what is queued for the next frame waits until the test
 * runs that frame. Call in `beforeEach`; `vi.unstubAllGlobals()` takes the stubs away.
 */
import { vi } from 'vitest';

export function stubFrames(): { runFrame(): void } {
	let queued: FrameRequestCallback[] = [];
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
		queued.push(callback);
		return queued.length;
	});
	vi.stubGlobal(
		'ResizeObserver',
		class {
			observe() {}
			disconnect() {}
		}
	);
	return {
		/** Runs the callbacks queued for this frame; those they queue wait for the next one. */
		runFrame() {
			const due = queued;
			queued = [];
			for (const callback of due) callback(performance.now());
		}
	};
}
