/**
 * What Timeline.svelte draws at a step, for every frame class at once: rows (labels), dots and
 * axis dates, each with CSS custom properties per class (`--f2`: the fraction of the frame's
 * height where it sits in class 2, `--d2`: a label's nudge) and the list of classes it shows in.
 * The stylesheet picks a class's properties with a container query. Pure.
 */
import { messagesFor } from '../../i18n';
import { isEstablished, type Status } from '../../model/status';
import { formatDayRange } from '../../ui/dates';
import { dayGroups, type DayGroup, type TimelineEvent } from './timelineEvents';
import { FRAME_CLASSES, GEOMETRY, groupBoxes, type GroupBox } from './timelineLayout';
import { classView, type ClassView } from './timelineWindow';
import { overview, type Overview } from './timelineOverview';
import { isoDay, tickDays, timeScale, yearOf } from './timeScale';

/** What does not change from step to step: the groups and their label boxes per class. */
export interface TimelineModel<E extends TimelineEvent = TimelineEvent> {
	groups: DayGroup<E>[];
	boxes: GroupBox[][];
	overview: Overview | undefined;
	multiYear: boolean;
	/** The page's locale, for the words and dates drawn (English by default). */
	locale: string;
}

export function timelineModel<E extends TimelineEvent>(
	events: readonly E[],
	locale = 'en'
): TimelineModel<E> {
	// The status word is written beside the step's events and beside any that are not
	// established; room is kept for it on every event that has a status.
	const words = messagesFor(locale).status;
	const statusWord = (event: TimelineEvent) => (event.status ? words[event.status] : undefined);
	const groups = dayGroups(events, locale);
	const first = groups[0]?.start ?? 0;
	const last = Math.max(first, ...groups.map((g) => g.end));
	return {
		groups,
		boxes: FRAME_CLASSES.map((frame) => groupBoxes(groups, frame, statusWord)),
		overview: overview(groups, locale),
		multiYear: yearOf(first) !== yearOf(last),
		locale
	};
}

export interface RowView<E extends TimelineEvent = TimelineEvent> {
	event: E;
	/** The first event of its day: it carries the date line and the leader to the dot. */
	first: boolean;
	dateText: string;
	active: boolean;
	/** The status in words, when it is shown. */
	status: Status | undefined;
	style: string;
	/** Classes (indexes of FRAME_CLASSES) in which the row is shown, space-separated. */
	show: string;
	/** Classes in which the row shows its date only. */
	brief: string;
}

export interface DotView {
	key: string;
	/** The day it stands for (day number), for checks that it sits where its date falls. */
	day: number;
	active: boolean;
	/** Drawn as the status glyph is (StatusIcon): the weakest of the day's events, as a dot
	 * stands for all of them. Undefined when none has a status: a plain dot. */
	status: Status | undefined;
	style: string;
	show: string;
}

export interface TickView {
	key: string;
	/** The day it marks (day number). */
	day: number;
	text: string;
	/** The year, written under the date where the reader must be told it. */
	year: string | undefined;
	style: string;
	show: string;
}

export interface TimelineView<E extends TimelineEvent = TimelineEvent> {
	rows: RowView<E>[];
	dots: DotView[];
	ticks: TickView[];
	overview: Overview | undefined;
	/** CSS custom properties of the overview's bracket: the window, per class. */
	windowStyle: string;
	/** Indexes of the groups the step is about. */
	activeGroups: number[];
}

// Three decimals of the frame's height are well under a pixel in any frame; two of a rem too.
const round = (n: number, digits = 3) => Number(n.toFixed(digits));
const rem = (px: number) => `${round(px / 16, 2)}rem`;
/** Things outside the window wait just beyond the frame's edges, so they glide in, not fly. */
const nearby = (f: number) => round(Math.min(1.15, Math.max(-0.15, f)));

function showList(flags: readonly boolean[]): string {
	return flags.flatMap((on, c) => (on ? [String(c)] : [])).join(' ');
}

export function timelineView<E extends TimelineEvent>(
	model: TimelineModel<E>,
	active: ReadonlySet<string>
): TimelineView<E> {
	const { groups } = model;
	const activeGroups = groups.flatMap((g, i) =>
		g.events.some((e) => active.has(e.id)) ? [i] : []
	);
	const views: ClassView[] = FRAME_CLASSES.map((frame, c) =>
		classView(groups, model.boxes[c]!, new Set(activeGroups), frame)
	);
	const fractions = views.map((v) => timeScale(v.window));

	const dots: DotView[] = groups.map((group, g) => {
		const style = views
			.map((v, c) => {
				const f = fractions[c]!;
				const length = f(group.end) - f(group.start);
				const long = length > 0 ? `;--l${c}:${round(length)}` : '';
				return `--f${c}:${nearby(f(group.start))}${long}`;
			})
			.join(';');
		return {
			key: `${group.start}-${g}`,
			day: group.start,
			active: activeGroups.includes(g),
			status: weakest(group.events.map((e) => e.status)),
			style,
			show: showList(views.map((v) => v.tops.has(g)))
		};
	});

	const rows: RowView<E>[] = groups.flatMap((group, g) =>
		group.events.map((event, k) => {
			const style = views
				.map((v, c) => {
					const f = fractions[c]!(group.start);
					const top = v.tops.get(g);
					if (top === undefined) return `--f${c}:${nearby(f)}`;
					const nudge = top + model.boxes[c]![g]!.offsets[k]! - f * v.height;
					return `--f${c}:${round(f)};--d${c}:${rem(nudge)}`;
				})
				.join(';');
			const isActive = active.has(event.id);
			const notEstablished = !!event.status && !isEstablished(event.status);
			return {
				event,
				first: k === 0,
				dateText: group.dateText,
				active: isActive,
				status: isActive || notEstablished ? event.status : undefined,
				style,
				show: showList(views.map((v) => v.tops.has(g) && !v.brief.has(g))),
				brief: showList(views.map((v) => k === 0 && v.brief.has(g)))
			};
		})
	);

	const ov = model.overview;
	const windowStyle = ov
		? views
				.map((v, c) => {
					const x = timeScale(ov.range);
					const a = Math.max(0, x(v.window[0]));
					const b = Math.min(1, x(v.window[1]));
					return `--wa${c}:${round(a)};--wb${c}:${round(Math.max(0, b - a))}`;
				})
				.join(';')
		: '';

	return {
		rows,
		dots,
		ticks: ticks(views, fractions, model.multiYear, model.locale),
		overview: ov,
		windowStyle,
		activeGroups
	};
}

/** Statuses from the strongest to the weakest. */
const STRENGTH: readonly Status[] = ['documented', 'reported', 'claimed', 'disputed'];

function weakest(statuses: readonly (Status | undefined)[]): Status | undefined {
	const known = statuses.filter((s): s is Status => s !== undefined);
	return known.length ? STRENGTH[Math.max(...known.map((s) => STRENGTH.indexOf(s)))] : undefined;
}

/** Dates along the axis for each class's window, at least GEOMETRY.tickGap apart, none so near
 * an edge that the frame would cut them. The year is written under the first date shown and
 * under the first of a new year, when the events run over more than one year. */
function ticks(
	views: readonly ClassView[],
	fractions: readonly ((day: number) => number)[],
	multiYear: boolean,
	locale: string
): TickView[] {
	const byKey = new Map<string, { day: number; text: string; year?: string; in: boolean[] }>();
	views.forEach((v, c) => {
		const [a, b] = v.window;
		const days = tickDays(Math.ceil(a), Math.floor(b), v.height / (b - a), GEOMETRY.tickGap);
		let previousYear: number | undefined;
		for (const day of days) {
			const y = fractions[c]!(day) * v.height;
			const year = yearOf(day);
			const withYear = multiYear && year !== previousYear;
			const half = withYear ? 16 : 8;
			if (y < half + 1 || y > v.height - half - 1) continue;
			previousYear = year;
			const key = `${day}${withYear ? 'y' : ''}`;
			const tick = byKey.get(key) ?? {
				day,
				text: formatDayRange(isoDay(day), undefined, { locale }),
				year: withYear ? String(year) : undefined,
				in: views.map(() => false)
			};
			tick.in[c] = true;
			byKey.set(key, tick);
		}
	});
	return [...byKey.entries()]
		.sort(([, a], [, b]) => a.day - b.day)
		.map(([key, tick]) => ({
			key,
			day: tick.day,
			text: tick.text,
			year: tick.year,
			style: fractions.map((f, c) => `--f${c}:${nearby(f(tick.day))}`).join(';'),
			show: showList(tick.in)
		}));
}
