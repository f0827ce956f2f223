/**
 * The timelines of the flagship in real Chromium, on short and tall phones, a tablet and a desktop:
 * at every step, once it has settled (reduced motion), no two labels overlap, no text is cut by
 * the frame, the step's events and their dots are on screen, whole and not covered by the step's
 * text, and every dot, date on
 * the axis and mark of the overview sits where its date falls on one linear scale. One page
 * load per width, one evaluate per step.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/build/loader';
import type { SectionOf } from '../../src/lib/model/schema';
import { dayNumber } from '../../src/lib/visuals/timeline/timeScale';
import { openPage, useBrowser, waitForScrolly } from './page';

const browser = useBrowser();
const story = loadStory('stories/american-plan');
const sections = story.sections.filter((s): s is SectionOf<'timeline'> => s.visual === 'timeline');
/** Short phones first (360 × 640, 375 × 667: the smallest frame class, compact type), then
 * taller ones, a tablet and a desktop. */
const WIDTHS = [
	{ width: 360, height: 640 },
	{ width: 375, height: 667 },
	{ width: 375, height: 812 },
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 },
	{ width: 1440, height: 900 }
];

interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

interface Measured {
	active: string | undefined;
	shownActive: string[];
	frame: Box;
	plot: Box;
	rows: { id: string; brief: boolean; box: Box }[];
	/** The step's events whose titles something else (the step's text) is drawn over. */
	covered: string[];
	ticks: { day: number; box: Box }[];
	dots: { day: number; active: boolean; box: Box }[];
	overview: { labels: Box[]; marks: { day: number; x: number }[] };
}

/** Brings the step (if any) to the reading line, waits until the graphic in `rootSelector`
 * highlights the step's events, and measures it. */
function measureStep(page: Page, rootSelector: string, step: string | undefined, active: string[]) {
	return page.evaluate(
		async ({ rootSelector, step, active }): Promise<Measured> => {
			const el = step ? document.getElementById(step)! : undefined;
			if (el) window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.6 + 20);
			const root = document.querySelector(rootSelector)!;
			const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
			const shownActive = () =>
				[...root.querySelectorAll('.tl-row.active')].map((li) => li.getAttribute('data-event')!);
			for (let i = 0; i < 300; i++) {
				await frame();
				const ready =
					(!el || el.classList.contains('is-active')) &&
					active.every((id) => shownActive().includes(id)) &&
					shownActive().length === active.length;
				if (ready) break;
			}
			// Then until nothing moves for three frames: on a busy machine the pinned graphic may
			// still be taking its height (the scroll engine sizes it to the steps, and the fonts
			// swap in), and the container query's class with it.
			const layout = () =>
				[...root.querySelectorAll('.tl-row, .tl-dot, .tl-tick')]
					.map((n) => {
						const r = n.getBoundingClientRect();
						return `${r.top.toFixed(1)},${r.height.toFixed(1)}`;
					})
					.join(' ');
			await document.fonts.ready;
			let last = layout();
			for (let still = 0, i = 0; still < 3 && i < 120; i++) {
				await frame();
				const now = layout();
				still = now === last ? still + 1 : 0;
				last = now;
			}
			const seen = (node: Element) => {
				for (let n: Element | null = node; n && n !== root; n = n.parentElement) {
					const style = getComputedStyle(n);
					if (
						style.display === 'none' ||
						style.visibility !== 'visible' ||
						Number(style.opacity) < 0.01
					)
						return false;
				}
				return node.getClientRects().length > 0;
			};
			const box = (node: Element) => {
				const r = node.getBoundingClientRect();
				return { x: r.left, y: r.top, w: r.width, h: r.height };
			};
			const visible = (selector: string) => [...root.querySelectorAll(selector)].filter(seen);
			return {
				active: el
					?.closest('.scrolly')
					?.querySelector(':scope > .scrolly-steps > .scrolly-step.is-active')?.id,
				shownActive: shownActive(),
				frame: box(root.querySelector('.tl-body')!),
				plot: box(root.querySelector('.tl-plot')!),
				covered: [...root.querySelectorAll('.tl-row.active .tl-full')].flatMap((title) => {
					const r = title.getBoundingClientRect();
					const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
					return top && root.contains(top)
						? []
						: [title.closest('.tl-row')!.getAttribute('data-event')!];
				}),
				rows: visible('.tl-row').map((li) => ({
					id: li.getAttribute('data-event')!,
					brief: !li.querySelector('.tl-full') || !seen(li.querySelector('.tl-full')!),
					box: box(li)
				})),
				ticks: visible('.tl-tick').map((t) => ({
					day: Number(t.getAttribute('data-day')),
					box: box(t)
				})),
				dots: visible('.tl-dot').map((d) => ({
					day: Number(d.getAttribute('data-day')),
					active: d.classList.contains('active'),
					box: box(d)
				})),
				overview: {
					labels: visible('.tl-overview .label').map(box),
					marks: visible('.tl-overview .mark').map((m) => {
						const r = m.getBoundingClientRect();
						return { day: Number(m.getAttribute('data-day')), x: r.left + r.width / 2 };
					})
				}
			};
		},
		{ rootSelector, step, active }
	);
}

const overlap = (a: Box, b: Box) =>
	Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
	Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;

const inside = (a: Box, frame: Box, slack = 0.5) =>
	a.x >= frame.x - slack &&
	a.y >= frame.y - slack &&
	a.x + a.w <= frame.x + frame.w + slack &&
	a.y + a.h <= frame.y + frame.h + slack;

/** Whether places along one axis are a linear function of days: the largest miss, in px, of
 * the straight line through the first and last. */
function linearMiss(points: { day: number; at: number }[]): number {
	const sorted = [...points].sort((a, b) => a.day - b.day);
	const [first, last] = [sorted[0]!, sorted.at(-1)!];
	const slope = (last.at - first.at) / (last.day - first.day);
	return Math.max(...sorted.map((p) => Math.abs(first.at + (p.day - first.day) * slope - p.at)));
}

function problems(m: Measured, active: string[]): string[] {
	const found: string[] = [];
	// Labels: apart from one another, whole inside the frame.
	const labels = [
		...m.rows.map((r) => ({ name: r.id, box: r.box, within: m.plot })),
		...m.ticks.map((t) => ({ name: `axis ${t.day}`, box: t.box, within: m.plot })),
		...m.overview.labels.map((box, i) => ({ name: `overview ${i}`, box, within: m.frame }))
	];
	labels.forEach((a, i) => {
		if (!inside(a.box, a.within)) found.push(`${a.name} is cut by the frame`);
		for (const b of labels.slice(i + 1))
			if (overlap(a.box, b.box)) found.push(`${a.name} × ${b.name}`);
	});
	// The step's events: their dots on screen and whole, every one of them labelled in full.
	const days = new Set(active.map((id) => dayNumber(story.events.find((e) => e.id === id)!.date)));
	for (const day of days) {
		const dot = m.dots.find((d) => d.day === day && d.active);
		if (!dot) found.push(`no highlighted dot for day ${day}`);
		else if (!inside({ ...dot.box, h: Math.min(dot.box.h, dot.box.w) }, m.plot, 0))
			found.push(`the highlighted dot of day ${day} is clipped`);
	}
	for (const id of active) {
		const row = m.rows.find((r) => r.id === id);
		if (!row || row.brief) found.push(`${id} is not labelled in full`);
	}
	for (const id of m.covered) found.push(`${id} is covered`);
	// One linear time scale for dots (their first day) and the axis's dates; another for the
	// overview's marks.
	const axis = [
		...m.dots.map((d) => ({ day: d.day, at: d.box.y + d.box.w / 2 })),
		...m.ticks.map((t) => ({ day: t.day, at: t.box.y + t.box.h / 2 }))
	];
	if (new Set(axis.map((p) => p.day)).size < 2) found.push('fewer than two days on the axis');
	else if (linearMiss(axis) > 1.5)
		found.push(`axis off its time scale by ${linearMiss(axis).toFixed(1)}px`);
	const marks = m.overview.marks.map((k) => ({ day: k.day, at: k.x }));
	if (linearMiss(marks) > 1.5)
		found.push(`overview off its time scale by ${linearMiss(marks).toFixed(1)}px`);
	return found;
}

describe.each(WIDTHS)('timelines at $width × $height px', (viewport) => {
	it('show every step with labels apart and whole, on a true time scale', async () => {
		const { page, errors, close } = await openPage(browser(), '/american-plan/', {
			viewport,
			reducedMotion: 'reduce'
		});
		await waitForScrolly(page);
		expect(sections.length).toBeGreaterThan(0);
		for (const section of sections)
			for (const step of section.steps) {
				const root = `section[data-section="${section.id}"] .scrolly-graphic`;
				const m = await measureStep(page, root, step.id, step.events);
				expect(m.active, step.id).toBe(step.id);
				expect(m.shownActive.sort(), step.id).toEqual([...step.events].sort());
				expect(problems(m, step.events), step.id).toEqual([]);
				// It fills its frame: no blank band above the axis.
				expect(m.plot.h, step.id).toBeGreaterThan(viewport.height * 0.3);
			}
		expect(errors).toEqual([]);
		await close();
	});
});

describe('the single-visual embed of the timeline', () => {
	it('steps through every step inside a 900 px column, labels apart and whole', async () => {
		const { page, errors, close } = await openPage(browser(), '/embed/american-plan/timeline/', {
			viewport: { width: 868, height: 900 },
			reducedMotion: 'reduce'
		});
		const all = sections.flatMap((s) => s.steps);
		for (const [i, step] of all.entries()) {
			if (i > 0) await page.click('button:has-text("Next")');
			await page.waitForSelector(`.graphic[data-step="${step.id}"]`);
			const m = await measureStep(page, '.graphic', undefined, step.events);
			expect(m.shownActive.sort(), step.id).toEqual([...step.events].sort());
			expect(problems(m, step.events), step.id).toEqual([]);
		}
		expect(errors).toEqual([]);
		await close();
	});
});
