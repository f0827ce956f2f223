import { describe, expect, it } from 'vitest';
import { loadStory } from '../../build/loader';
import { dayGroups, type TimelineEvent } from './timelineEvents';
import { FRAME_CLASSES, GEOMETRY, groupBoxes, REM } from './timelineLayout';
import { classView, dodge, type ClassView } from './timelineWindow';
import { dayNumber, timeScale } from './timeScale';

/** Five months, dense at first (three events on one day), then sparse, with spans and an
 * approximate date: the shape of the flagship's timeline, in made-up words. */
const events: TimelineEvent[] = [
	['a', '2025-10-14', 'The first call between the two envoys'],
	['b', '2025-10-16', 'The presidents speak by phone'],
	['c', '2025-10-17', 'A visit to the White House'],
	['d', '2025-10-24', 'A meeting in Miami with a long title that wraps', '2025-10-26'],
	['e', '2025-10-29', 'The second call, about a paper'],
	['f', '2025-11-18', 'A plan is reported'],
	['g', '2025-11-19', 'A deleted post'],
	['h', '2025-11-21', 'A denial'],
	['i', '2025-11-21', 'A deadline'],
	['j', '2025-11-25', 'The transcripts are published'],
	['k', '2025-11-25', 'The deadline is dropped'],
	['l', '2025-11-25', 'The plan is fine-tuned'],
	['m', '2025-11-26', 'Moscow responds'],
	['n', '2025-12-02', 'A meeting in the Kremlin'],
	['o', '2025-12-14', 'Talks in Berlin', '2025-12-15'],
	['p', '2026-01-23', 'Three rounds of talks', '2026-02-18'],
	['q', '2026-03-05', 'A pause', '2026-03-19']
].map(([id, date, title, end]) => ({
	id: id!,
	date: date!,
	title: title!,
	end,
	status: 'documented'
}));

const groups = dayGroups(events);
const groupOf = (id: string) => groups.findIndex((g) => g.events.some((e) => e.id === id));
const steps = [
	['a'],
	['b', 'c', 'd'],
	['e'],
	['f', 'g', 'h'],
	['j', 'm'],
	['n'],
	['o'],
	['p', 'q']
];
const word = () => 'Documented';

/** Everything that must hold for a view made for a frame of the class's smallest size, and
 * for taller frames of the class (a dot's place scales with the height, a nudge does not). */
function checkView(
	view: ClassView,
	boxes: ReturnType<typeof groupBoxes>,
	active: number[],
	scale = 1
) {
	const gap = view.gap;
	const height = view.height * scale;
	const y = timeScale(view.window, [0, height]);
	const f = timeScale(view.window);
	const labels = [...view.tops.entries()]
		.map(([g, top]) => {
			const nudge = top - f(groups[g]!.start) * view.height;
			const h = view.brief.has(g) ? GEOMETRY.briefHeight : boxes[g]!.height;
			return { g, top: f(groups[g]!.start) * height + nudge, h };
		})
		.sort((a, b) => a.top - b.top);
	const problems: string[] = [];
	labels.forEach((l, k) => {
		const next = labels[k + 1];
		if (next && next.top < l.top + l.h + gap - 0.01) problems.push(`${l.g} overlaps ${next.g}`);
		if (l.top < GEOMETRY.edge - 0.01 || l.top + l.h > height - GEOMETRY.edge + 0.01)
			problems.push(`${l.g} is cut by the frame`);
	});
	// Every dot in the window is labelled (in full or by its date), and kept off the edges.
	groups.forEach((group, g) => {
		const at = y(group.start);
		if (at >= 0 && at <= height && !view.tops.has(g)) problems.push(`${g} has no label`);
		if (view.tops.has(g) && (at < GEOMETRY.dotEdge - 0.5 || at > height - GEOMETRY.dotEdge + 0.5))
			problems.push(`${g}'s dot is at ${at.toFixed(1)} of ${height}`);
	});
	// The step's events are all in the window; the first of them in full.
	for (const g of active) if (!view.tops.has(g)) problems.push(`active ${g} is not shown`);
	if (active.length && view.brief.has(active[0]!)) problems.push(`active ${active[0]} is brief`);
	return problems;
}

describe('classView', () => {
	describe.each(FRAME_CLASSES.map((frame, c) => [c, frame] as const))(
		'frame class %i',
		(c, frame) => {
			const boxes = groupBoxes(groups, frame, word);
			it.each(steps.map((ids) => [ids.join(' '), ids] as const))(
				'step %s: labels whole, apart, beside their dots, in its smallest and a taller frame',
				(_name, ids) => {
					const active = [...new Set(ids.map(groupOf))];
					const view = classView(groups, boxes, new Set(active), frame);
					expect(checkView(view, boxes, active)).toEqual([]);
					expect(checkView(view, boxes, active, 1.7)).toEqual([]);
				}
			);
		}
	);

	it('shows the three weeks of silence after the second call, on a phone', () => {
		const phone = FRAME_CLASSES.findIndex((f) => f.minWidth === 21 && f.minHeight === 21);
		const frame = FRAME_CLASSES[phone]!;
		const view = classView(groups, groupBoxes(groups, frame, word), new Set([groupOf('e')]), frame);
		expect(view.tops.has(groupOf('f'))).toBe(true);
		const y = timeScale(view.window, [0, view.height]);
		const silence = y(dayNumber('2025-11-18')) - y(dayNumber('2025-10-29'));
		const week = y(dayNumber('2025-10-24')) - y(dayNumber('2025-10-17'));
		expect(silence / week).toBeCloseTo(20 / 7, 6);
	});

	it('shows the neighbours of a lone event when they fit', () => {
		const frame = FRAME_CLASSES.at(-1)!;
		const view = classView(groups, groupBoxes(groups, frame, word), new Set([groupOf('n')]), frame);
		expect(view.tops.has(groupOf('m'))).toBe(true);
		expect(view.tops.has(groupOf('o'))).toBe(true);
	});

	it('labels the days between far-apart events with their dates when the titles do not fit', () => {
		const frame = FRAME_CLASSES[1]!;
		const active = [groupOf('a'), groupOf('e')];
		const boxes = groupBoxes(groups, frame, word);
		const view = classView(groups, boxes, new Set(active), frame);
		expect(checkView(view, boxes, active)).toEqual([]);
		for (const id of 'bcd') expect(view.brief.has(groupOf(id))).toBe(true);
		for (const g of active) expect(view.brief.has(g)).toBe(false);
	});

	it('shows as much of the whole as fits when no event is active', () => {
		const frame = FRAME_CLASSES.at(-1)!;
		const boxes = groupBoxes(groups, frame, word);
		const view = classView(groups, boxes, new Set(), frame);
		expect(view.tops.has(0)).toBe(true);
		expect(checkView(view, boxes, [])).toEqual([]);
	});
});

describe('the flagship’s timelines', () => {
	const story = loadStory('stories/american-plan');
	const storyGroups = dayGroups(story.events);
	const sections = story.sections.filter((s) => s.visual === 'timeline');

	it('has timelines to check', () => {
		expect(sections.length).toBeGreaterThan(0);
	});

	it.each(FRAME_CLASSES.map((frame, c) => [c, frame] as const))(
		'in frame class %i shows every step’s events, labelled, apart and whole',
		(_c, frame) => {
			const boxes = groupBoxes(storyGroups, frame, word);
			for (const section of sections)
				for (const step of section.steps) {
					const ids = new Set(step.events);
					const active = storyGroups.flatMap((g, i) =>
						g.events.some((e) => ids.has(e.id)) ? [i] : []
					);
					const view = classView(storyGroups, boxes, new Set(active), frame);
					const height = view.height;
					const f = timeScale(view.window);
					const tops = [...view.tops.entries()].sort((a, b) => a[1] - b[1]);
					for (const g of active) expect(view.tops.has(g), step.id).toBe(true);
					tops.forEach(([g, top], k) => {
						const h = view.brief.has(g) ? GEOMETRY.briefHeight : boxes[g]!.height;
						expect(top + h, step.id).toBeLessThanOrEqual(height - GEOMETRY.edge + 0.01);
						const next = tops[k + 1];
						if (next) expect(next[1], step.id).toBeGreaterThanOrEqual(top + h - 0.01);
						expect(f(storyGroups[g]!.start)).toBeGreaterThanOrEqual(0);
					});
				}
		}
	);
});

describe('dodge', () => {
	it.each([
		{ desired: [0, 100, 200], heights: [20, 20, 20], bottom: 400, want: [0, 100, 200] },
		{ desired: [50, 50, 50], heights: [20, 20, 20], bottom: 400, want: [20, 50, 80] },
		{ desired: [0, 10], heights: [20, 20], bottom: 400, want: [0, 30] },
		{ desired: [90, 95], heights: [20, 20], bottom: 110, want: [60, 90] }
	])(
		'moves labels at $desired as little as it can: $want',
		({ desired, heights, bottom, want }) => {
			expect(dodge(desired, heights, 10, [0, bottom])).toEqual(want);
		}
	);

	it('keeps order, gaps and bounds for any wishes', () => {
		for (let seed = 1; seed < 200; seed++) {
			let x = seed;
			const random = () => ((x = (x * 16807) % 2147483647) / 2147483647) * 300;
			const desired = Array.from({ length: 8 }, random).sort((a, b) => a - b);
			const heights = desired.map(() => 10 + (random() % 30));
			const tops = dodge(desired, heights, 6, [0, 400]);
			tops.forEach((top, i) => {
				expect(top).toBeGreaterThanOrEqual(-1e-9);
				if (i + 1 < tops.length)
					expect(tops[i + 1]!).toBeGreaterThanOrEqual(top + heights[i]! + 6 - 1e-9);
			});
			expect(tops.at(-1)! + heights.at(-1)!).toBeLessThanOrEqual(400 + 1e-9);
		}
	});
});

it('lays frames out in rem, at the root size the rem values assume', () => {
	expect(REM).toBe(16);
});
