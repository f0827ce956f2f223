// @vitest-environment jsdom
/**
 * When a section's state reaches its graphic. Progress goes out in the frame that measured it;
 * a new step goes out after that frame, in a task of its own (afterFrame), so that the graphic's
 * work on the step does not fall in the frame too. Frames and layout are stubbed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFrames } from '../../../tests/helpers/scrolly/frames';
import { enhanceScrolly, type ScrollyController } from './enhanceScrolly';
import type { GraphicState } from './types';

vi.mock('./stepObserver', () => ({
	createStepObserver: () => Promise.resolve({ watch() {}, resize() {}, destroy() {} })
}));

const STEP_HEIGHT = 500;
let frames: ReturnType<typeof stubFrames>;
let scrollY = 0;
let log: string[] = [];
let controller: ScrollyController | undefined;

function runFrame() {
	log.push('frame');
	frames.runFrame();
	log.push('frame drawn');
}

/** Lets the tasks queued so far run (afterFrame's among them). */
const runTasks = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A sticky section of three steps, each STEP_HEIGHT tall, its trigger line at the top, started
 * and settled on its first step (its first frame and the task after it have run), with an
 * empty log. */
async function start() {
	const container = document.createElement('div');
	container.className = 'scrolly';
	container.dataset.offset = '0';
	const list = document.createElement('div');
	list.className = 'scrolly-steps';
	for (const i of [0, 1, 2]) {
		const step = document.createElement('div');
		step.className = 'scrolly-step';
		step.id = `step-${i}`;
		step.getBoundingClientRect = () =>
			({ top: i * STEP_HEIGHT - scrollY, height: STEP_HEIGHT }) as DOMRect;
		list.append(step);
	}
	container.append(list);
	document.body.append(container);
	controller = enhanceScrolly(container, {
		onState: (state: GraphicState) => log.push(`state: step ${state.index}, ${state.progress}`)
	});
	await runTasks();
	runFrame();
	await runTasks();
	log = [];
}

function scrollTo(y: number) {
	scrollY = y;
	window.dispatchEvent(new Event('scroll'));
}

beforeEach(() => {
	frames = stubFrames();
	vi.stubGlobal('matchMedia', () => ({
		matches: false,
		addEventListener() {},
		removeEventListener() {}
	}));
	Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scrollY });
});

afterEach(() => {
	controller?.destroy();
	controller = undefined;
	vi.unstubAllGlobals();
	scrollY = 0;
	log = [];
	document.body.replaceChildren();
});

describe("a section's state, frame by frame", () => {
	it('sends a new step after the frame that found it, and progress within its frame', async () => {
		await start();

		scrollTo(100);
		runFrame();
		scrollTo(600);
		runFrame();
		await runTasks();
		expect(log).toEqual([
			'frame',
			'state: step 0, 0.2',
			'frame drawn',
			'frame',
			'frame drawn',
			'state: step 1, 0.2'
		]);
	});

	it('holds progress while a new step waits, and sends the latest with it', async () => {
		await start();

		scrollTo(600);
		runFrame();
		scrollTo(700);
		runFrame();
		await runTasks();
		expect(log).toEqual(['frame', 'frame drawn', 'frame', 'frame drawn', 'state: step 1, 0.4']);
	});

	it('sends nothing once destroyed', async () => {
		await start();
		scrollTo(600);
		runFrame();
		controller!.destroy();
		log = [];
		await runTasks();
		expect(log).toEqual([]);
	});
});
