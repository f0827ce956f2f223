/**
 * Scrolls a whole story at a steady rate, as a wheel does, through the Chrome DevTools Protocol
 * (Input.synthesizeScrollGesture: the browser's own input pipeline, compositor scrolling
 * included), and reads what the page did meanwhile from the probe in scrollProbe.browser.js.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { trackNetworkIdle } from './networkIdle';
import {
	cumulativeLayoutShift,
	frameStats,
	round,
	type FrameStats,
	type LayoutShift
} from './stats';
import {
	pairStepChanges,
	summarizeStepChanges,
	type ProbeRecord,
	type StepChange,
	type StepLatencySummary
} from './stepLatency';

const PROBE = fileURLToPath(new URL('./scrollProbe.browser.js', import.meta.url));

/** Time after the gesture ends in which late work (a step change, a long task) still counts. */
const SETTLE_MS = 500;

export interface LongAnimationFrame {
	start: number;
	duration: number;
	blocking: number;
	renderStart: number;
	styleAndLayoutStart: number;
	scripts: { duration: number; invoker: string; source: string; function: string }[];
}

export interface AttributedShift extends LayoutShift {
	sources: { node: string; from: string; to: string }[];
}

interface ProbeData extends ProbeRecord {
	startedAt: number;
	stoppedAt: number;
	longTasks: { start: number; duration: number }[];
	animationFrames: LongAnimationFrame[];
	layoutShifts: AttributedShift[];
	sections: { steps: string[]; offset: string; layout: string }[];
}

export interface ScrollResult {
	path: string;
	viewport: { width: number; height: number };
	/** Scroll speed of the gesture, px/s, and the distance it covered. */
	speed: number;
	distance: number;
	/** Wall time of the scroll, ms. */
	durationMs: number;
	frames: FrameStats;
	/** Main-thread tasks over 50 ms while scrolling (PerformanceObserver "longtask"), with
	 * their start relative to the scroll start. */
	longTasks: { start: number; duration: number }[];
	/** Long animation frames (over 50 ms) while scrolling: duration, blocking time, and the
	 * scripts that ran longest in each (the likely cause). Times relative to the scroll start. */
	longAnimationFrames: LongAnimationFrame[];
	/** CLS of the whole visit (load and scroll), and of the shifts during the scroll alone. */
	cls: { visit: number; whileScrolling: number };
	/** Every layout shift of the visit, with the elements that moved (times relative to the
	 * scroll start; negative: during load). */
	layoutShifts: AttributedShift[];
	/** Rendering work during the scroll, from the DevTools Performance domain. */
	rendering: Record<string, number>;
	stepToGraphic: StepLatencySummary;
	stepChanges: StepChange[];
	sections: { steps: number; layout: string }[];
}

const METRICS = [
	'LayoutCount',
	'RecalcStyleCount',
	'LayoutDuration',
	'RecalcStyleDuration',
	'ScriptDuration',
	'TaskDuration'
];

export async function measureScrolling(
	browser: Browser,
	options: {
		url: string;
		path: string;
		viewport: { width: number; height: number };
		speed: number;
		/** Blocks the site's own scripts: the server-rendered page alone, as a control. */
		blockSiteScripts?: boolean;
	}
): Promise<ScrollResult> {
	const context = await browser.newContext({ viewport: options.viewport });
	try {
		if (options.blockSiteScripts)
			await context.route('**/_app/immutable/**/*.js', (route) => route.abort());
		const page = await context.newPage();
		await page.addInitScript({ path: PROBE });
		const idle = trackNetworkIdle(page);
		await page.goto(options.url, { waitUntil: 'load' });
		await idle.wait();
		idle.stop();
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await page.waitForTimeout(300);

		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const metrics = async () =>
			Object.fromEntries(
				(await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])
			);
		const before = await metrics();
		await page.evaluate('window.__scrollProbe.start()');

		const started = performance.now();
		let distance = 0;
		for (let attempt = 0; attempt < 5; attempt++) {
			const remaining = await page.evaluate(
				() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY
			);
			if (remaining < 2) break;
			await cdp.send('Input.synthesizeScrollGesture', {
				x: Math.round(options.viewport.width / 2),
				y: Math.round(options.viewport.height / 2),
				yDistance: -remaining,
				speed: options.speed,
				gestureSourceType: 'mouse',
				preventFling: true
			});
			distance += remaining;
		}
		const durationMs = Math.round(performance.now() - started);
		const gestureEnd = (await page.evaluate('performance.now()')) as number;
		await page.waitForTimeout(SETTLE_MS);
		const after = await metrics();
		const data = (await page.evaluate('window.__scrollProbe.stop()')) as ProbeData;

		const inScroll = (t: number) => t >= data.startedAt && t <= gestureEnd + SETTLE_MS;
		const longTasks = data.longTasks.filter((task) => inScroll(task.start));
		const longFrames = data.animationFrames.filter((frame) => inScroll(frame.start));
		const changes = pairStepChanges(data);
		const rendering: Record<string, number> = {};
		for (const name of METRICS) {
			const delta = (after[name] ?? 0) - (before[name] ?? 0);
			// Durations come in seconds; counts are counts.
			rendering[name.endsWith('Duration') ? `${name}Ms` : name] = name.endsWith('Duration')
				? round(delta * 1000)!
				: delta;
		}
		return {
			path: options.path,
			viewport: options.viewport,
			speed: options.speed,
			distance,
			durationMs,
			frames: frameStats(data.frames.filter((t) => t <= gestureEnd)),
			longTasks: longTasks.map((t) => ({
				start: round(t.start - data.startedAt)!,
				duration: round(t.duration)!
			})),
			longAnimationFrames: longFrames.map((f) => ({
				...f,
				start: round(f.start - data.startedAt)!,
				duration: round(f.duration)!,
				blocking: round(f.blocking)!,
				renderStart: round(f.renderStart - f.start)!,
				styleAndLayoutStart: round(f.styleAndLayoutStart - f.start)!,
				scripts: f.scripts.map((s) => ({ ...s, duration: round(s.duration)! }))
			})),
			cls: {
				visit: round(cumulativeLayoutShift(data.layoutShifts), 4)!,
				whileScrolling: round(
					cumulativeLayoutShift(data.layoutShifts.filter((s) => inScroll(s.start))),
					4
				)!
			},
			layoutShifts: data.layoutShifts.map((s) => ({
				...s,
				start: round(s.start - data.startedAt)!,
				value: round(s.value, 4)!
			})),
			rendering,
			stepToGraphic: summarizeStepChanges(changes),
			stepChanges: changes.map((c) => ({
				...c,
				toActive: round(c.toActive, 2),
				toGraphic: round(c.toGraphic, 2)
			})),
			sections: data.sections.map((s) => ({ steps: s.steps.length, layout: s.layout }))
		};
	} finally {
		await context.close();
	}
}
