import { describe, expect, it } from 'vitest';
import { textWidth } from '../textMetrics';
import { dayGroups, type TimelineEvent } from './timelineEvents';
import { FRAME_CLASSES, TYPE } from './timelineLayout';
import { OVERVIEW_MIN_WIDTH, overview } from './timelineOverview';
import { timelineModel, timelineView } from './timelineView';

const events: TimelineEvent[] = [
	{ id: 'call', date: '2025-10-14', title: 'The first call', status: 'documented' },
	{
		id: 'paper',
		date: '2025-10-18',
		end: '2025-10-19',
		dateLabel: 'Mid-October',
		title: 'A paper',
		status: 'reported'
	},
	{ id: 'second', date: '2025-10-29', title: 'The second call', status: 'disputed' },
	{ id: 'plan', date: '2025-11-18', title: 'A plan is reported', status: 'claimed' },
	{ id: 'talks', date: '2026-01-23', end: '2026-02-18', title: 'Three rounds of talks' }
];

/** The custom property `name` from an inline style. */
const prop = (style: string, name: string) => new RegExp(`(?:^|;)${name}:([^;]+)`).exec(style)?.[1];

describe('timelineView', () => {
	const model = timelineModel(events);

	it('highlights the step’s events and says their status; others only when not established', () => {
		const view = timelineView(model, new Set(['call']));
		const row = (id: string) => view.rows.find((r) => r.event.id === id)!;
		expect(row('call')).toMatchObject({ active: true, status: 'documented' });
		expect(row('paper')).toMatchObject({ active: false, status: undefined });
		expect(row('second').status).toBe('disputed');
		expect(view.dots[0]).toMatchObject({ active: true, status: 'documented' });
		expect(view.dots[2]!.status).toBe('disputed');
	});

	it('writes the dateLabel for an approximate date, and years over more than one year', () => {
		const view = timelineView(model, new Set(['call']));
		const dates = view.rows.map((r) => r.dateText);
		expect(dates[1]).toBe('Mid-October');
		expect(dates[0]).toMatch(/2025$/);
		expect(dates[4]).toMatch(/2026$/);
		expect(dates[2]).not.toMatch(/20\d\d/);
	});

	it('places every row and dot for every frame class, the shown ones inside the frame', () => {
		const view = timelineView(model, new Set(['second']));
		for (const item of [...view.rows, ...view.dots]) {
			FRAME_CLASSES.forEach((_frame, c) => {
				const f = Number(prop(item.style, `--f${c}`));
				expect(Number.isFinite(f)).toBe(true);
				const shown = item.show.split(' ').includes(String(c));
				if (shown) expect(f >= 0 && f <= 1, `${item.style} in class ${c}`).toBe(true);
			});
		}
		// A range is drawn as long as its days.
		const talks = view.dots[4]!;
		expect(Number(prop(talks.style, '--l0'))).toBeGreaterThanOrEqual(0);
	});

	it('writes dates on the axis away from the edges, the first with its year', () => {
		for (const active of [['call'], ['second'], ['talks'], []]) {
			const view = timelineView(model, new Set(active));
			FRAME_CLASSES.forEach((frame, c) => {
				const shown = view.ticks.filter((t) => t.show.split(' ').includes(String(c)));
				expect(shown.length, `${active} in class ${c}`).toBeGreaterThan(0);
				expect(shown[0]!.year, `${active} in class ${c}`).toMatch(/^20\d\d$/);
				const height = frame.minHeight * 16;
				for (const tick of shown) {
					const y = Number(prop(tick.style, `--f${c}`)) * height;
					const half = tick.year ? 16 : 8;
					expect(y).toBeGreaterThanOrEqual(half);
					expect(y).toBeLessThanOrEqual(height - half);
				}
			});
		}
	});

	it('puts the window of every class on the overview', () => {
		const view = timelineView(model, new Set(['plan']));
		FRAME_CLASSES.forEach((_f, c) => {
			const start = Number(prop(view.windowStyle, `--wa${c}`));
			const width = Number(prop(view.windowStyle, `--wb${c}`));
			expect(start).toBeGreaterThanOrEqual(0);
			expect(width).toBeGreaterThan(0);
			expect(start + width).toBeLessThanOrEqual(1.0001);
		});
	});
});

describe('overview', () => {
	it.each([
		['five months', events],
		[
			'five years',
			['2019-03-04', '2020-06-15', '2021-01-02', '2022-09-30', '2024-06-01'].map((date, i) => ({
				id: String(i),
				date,
				title: date
			}))
		],
		['one week', events.slice(0, 1).concat({ id: 'x', date: '2025-10-20', title: 'x' })]
	])('labels %s without overlap, inside the strip, on a true scale', (_name, list) => {
		const strip = overview(dayGroups(list))!;
		const widths = strip.labels.map(
			(l) => (textWidth(l.text, TYPE.narrow.date) + 6) / OVERVIEW_MIN_WIDTH
		);
		strip.labels.forEach((label, i) => {
			expect(label.x - widths[i]! / 2).toBeGreaterThanOrEqual(-1e-9);
			expect(label.x + widths[i]! / 2).toBeLessThanOrEqual(1 + 1e-9);
			const next = strip.labels[i + 1];
			if (next)
				expect(label.x + widths[i]! / 2).toBeLessThanOrEqual(next.x - widths[i + 1]! / 2 + 1e-9);
		});
		expect(strip.labels.length).toBeGreaterThan(0);
		// Marks in date order, proportional to the days between them.
		const days = dayGroups(list).map((g) => g.start);
		const perDay = (strip.marks.at(-1)! - strip.marks[0]!) / (days.at(-1)! - days[0]!);
		strip.marks.forEach((x, i) =>
			expect(x - strip.marks[0]!).toBeCloseTo((days[i]! - days[0]!) * perDay, 9)
		);
	});

	it('names the years of a span of years', () => {
		const strip = overview(
			dayGroups(
				['2019-03-04', '2024-06-01'].map((date, i) => ({ id: String(i), date, title: date }))
			)
		)!;
		expect(strip.labels.map((l) => l.text)).toContain('2020');
	});
});
