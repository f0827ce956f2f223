import { describe, expect, it } from 'vitest';
import { frameScroll, hostScrollFor } from './geometry';

describe('frameScroll', () => {
	// A 3000px story in an 800px pinned iframe, pinned 56px below the top of the viewport.
	const scroll = (wrapTop: number) => frameScroll(wrapTop, 3000, 800, 56);

	it('is 0 until the wrapper reaches the pin line', () => {
		expect(scroll(500)).toBe(0);
		expect(scroll(56)).toBe(0);
	});
	it('follows the wrapper past the pin line', () => {
		expect(scroll(0)).toBe(56);
		expect(scroll(-1000)).toBe(1056);
	});
	it('stops at the end of the story', () => {
		expect(scroll(-5000)).toBe(2200);
	});
	it('is 0 for a story shorter than its frame', () => {
		expect(frameScroll(-100, 500, 800, 0)).toBe(0);
	});
});

describe('hostScrollFor', () => {
	it('puts position y of the story at the top of the pinned iframe', () => {
		// Host scrolled 1000px; wrapper 300px below the top of the viewport.
		const target = hostScrollFor(400, 1000, 300, 3000, 800, 56);
		// After scrolling there, the wrapper's top is at 56 - 400 and frameScroll gives back 400.
		expect(frameScroll(300 - (target - 1000), 3000, 800, 56)).toBe(400);
	});
	it('clamps y to what the wrapper can show', () => {
		expect(hostScrollFor(99999, 0, 0, 3000, 800, 0)).toBe(2200);
		expect(hostScrollFor(-50, 0, 0, 3000, 800, 0)).toBe(0);
	});
});
