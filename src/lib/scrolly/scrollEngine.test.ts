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
	createStepObserver: () => Promise.resolve({ watch() {}, resize() {}, destroy() {} })
}));

const STEP_HEIGHT = 500;
let frames: ReturnType<typeof stubFrames>;
let runFrame: () => void;
/** How many times each section's steps were measured. */
let measured: Record<string, number> = {};
const containers: Record<string, HTMLElement> = {};
let scrollY = 0;
let log: string[] = [];
const started: ScrollEngine[] = [];

/** A section whose three steps start at `top`, each STEP_HEIGHT tall; `far` from the viewport
 * (its intersection observer says so) if asked. */
function section(
	name: string,
	top: number,
	far: boolean
): { container: HTMLElement; steps: HTMLElement[] } {
	const container = document.createElement('div');
	if (far) container.dataset.far = '';
	containers[name] = container;
	const steps = [0, 1, 2].map((i) => {
		const step = document.createElement('div');
		step.getBoundingClientRect = () => {
			if (i === 0) measured[name] = (measured[name] ?? 0) + 1;
			return { top: top + i * STEP_HEIGHT - scrollY, height: STEP_HEIGHT } as DOMRect;
		};
		container.append(step);
		return step;
	});
	document.body.append(container);
	return { container, steps };
}

function engine(name: string, top: number, far = false): ScrollEngine {
	const created = startScrollEngine({
		...section(name, top, far),
		offset: 0,
		onIndex: (index) => log.push(`${name} step ${index}`),
		onProgress: (progress) => log.push(`${name} progress ${progress}`)
	});
	started.push(created);
	return created;
}

beforeEach(() => {
	frames = stubFrames((target) => !('far' in (target as HTMLElement).dataset));
	({ runFrame } = frames);
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
	measured = {};
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

	it('measures a section far from the viewport only as the reader nears it', async () => {
		const engines = [engine('a', 0), engine('b', 5000, true)];
		await Promise.all(engines.map((e) => e.ready));
		runFrame();
		expect(measured).toEqual({ a: 1 });
		expect(log.filter((entry) => entry.startsWith('b'))).toEqual([]);

		// The page's height changed (an island mounted above both): the near section measures
		// again at once, the far one not yet.
		frames.resize(document.documentElement, 375);
		runFrame();
		expect(measured).toEqual({ a: 2 });

		// Scrolled into the far section before it measured: its stale boxes are not used…
		scrollY = 5750;
		window.dispatchEvent(new Event('scroll'));
		runFrame();
		expect(log.filter((entry) => entry.startsWith('b'))).toEqual([]);
		// …until it comes near and measures: then it takes its step.
		frames.setNear(containers.b!, true);
		runFrame();
		expect(measured).toEqual({ a: 2, b: 1 });
		expect(log.filter((entry) => entry.startsWith('b'))).toEqual(['b step 1', 'b progress 0.5']);
	});

	it('measures once in a frame however many changes arrive in it', async () => {
		const e = engine('a', 0);
		await e.ready;
		runFrame();
		frames.resize(containers.a!, 375);
		frames.resize(document.documentElement, 375);
		frames.resize(containers.a!, 375);
		runFrame();
		expect(measured).toEqual({ a: 2 });
		runFrame();
		expect(measured).toEqual({ a: 2 });
	});
});
