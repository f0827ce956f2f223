// @vitest-environment jsdom
/**
 * The engine's scroll path, with the browser's frame and layout stubbed: several sections share
 * one read of the scroll position a frame, taken before any of them changes the page (reading it
 * after a change makes the browser lay the page out again, once per section).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFrames } from '../../../tests/helpers/scrolly/frames';
import { startScrollEngine, type ScrollEngine } from './scrollEngine';

vi.mock('./stepObserver', () => ({
	createStepObserver: () => Promise.resolve({ resize() {}, destroy() {} })
}));

const STEP_HEIGHT = 500;
let runFrame: () => void;
let scrollY = 0;
let log: string[] = [];
const started: ScrollEngine[] = [];

/** A section whose three steps start at `top`, each STEP_HEIGHT tall. */
function section(top: number): { container: HTMLElement; steps: HTMLElement[] } {
	const container = document.createElement('div');
	const steps = [0, 1, 2].map((i) => {
		const step = document.createElement('div');
		step.getBoundingClientRect = () =>
			({ top: top + i * STEP_HEIGHT - scrollY, height: STEP_HEIGHT }) as DOMRect;
		container.append(step);
		return step;
	});
	document.body.append(container);
	return { container, steps };
}

function engine(name: string, top: number): ScrollEngine {
	const created = startScrollEngine({
		...section(top),
		offset: 0,
		onIndex: (index) => log.push(`${name} step ${index}`),
		onProgress: (progress) => log.push(`${name} progress ${progress}`)
	});
	started.push(created);
	return created;
}

beforeEach(() => {
	({ runFrame } = stubFrames());
	Object.defineProperty(window, 'scrollY', {
		configurable: true,
		get() {
			log.push('read');
			return scrollY;
		}
	});
});

afterEach(() => {
	for (const e of started.splice(0)) e.destroy();
	vi.unstubAllGlobals();
	scrollY = 0;
	log = [];
	document.body.replaceChildren();
});

describe('the scroll engine', () => {
	it('reads the scroll position once a frame for every section, before any section writes', async () => {
		const engines = [engine('a', 0), engine('b', 1500)];
		await Promise.all(engines.map((e) => e.ready));
		runFrame();
		log = [];
		for (const y of [250, 700]) {
			scrollY = y;
			// A frame's scroll events: however many arrive, each section reads once.
			for (let i = 0; i < 3; i++) window.dispatchEvent(new Event('scroll'));
			runFrame();
		}
		expect(log).toEqual([
			'read',
			'read',
			'a progress 0.5',
			'read',
			'read',
			'a step 1',
			'a progress 0.4'
		]);
	});

	it('measures every section after a font load before any section writes', async () => {
		const fonts = Object.assign(new EventTarget(), { ready: new Promise(() => {}) });
		Object.defineProperty(document, 'fonts', { configurable: true, value: fonts });
		try {
			const engines = [engine('a', 0), engine('b', 1500)];
			await Promise.all(engines.map((e) => e.ready));
			runFrame();
			log = [];
			// The page scrolled while a font loaded: the next frame measures, then updates.
			scrollY = 1750;
			fonts.dispatchEvent(new Event('loadingdone'));
			runFrame();
			const firstWrite = log.findIndex((entry) => entry !== 'read');
			expect(log.slice(firstWrite)).not.toContain('read');
			expect(log.slice(firstWrite)).toEqual(['a step 2', 'a progress 1', 'b progress 0.5']);
		} finally {
			Reflect.deleteProperty(document, 'fonts');
		}
	});

	it('stops reading once destroyed', async () => {
		const e = engine('a', 0);
		await e.ready;
		runFrame();
		e.destroy();
		log = [];
		scrollY = 250;
		window.dispatchEvent(new Event('scroll'));
		runFrame();
		expect(log).toEqual([]);
	});
});
