/**
 * The timeline's plain data and what is read from it before anything is drawn: the date order,
 * the events that share a day, and how each date is written. Pure; no story types, so designers
 * can pass their own arrays.
 */
import type { Status } from '../../model/status';
import { formatDayRange, formatShortDate } from '../../ui/dates';
import { dayNumber, yearOf } from './timeScale';

/** One dated event, as the timeline takes it. */
export interface TimelineEvent {
	id: string;
	/** `YYYY-MM-DD`: where the event sits on the time scale. */
	date: string;
	/** `YYYY-MM-DD`: the last day of an event that spans several days. */
	end?: string;
	/** Written instead of the date when only an approximate date is known ("Mid-December"). */
	dateLabel?: string;
	title: string;
	text?: string;
	/** How well it stands up; shown as the dot's shape and, when it matters, in words. */
	status?: Status;
	/** Who claims a `claimed` event. */
	claimant?: string;
	/** Source ids, for the text alternative (the graphic does not list them). */
	sources?: readonly string[];
}

/** Events in date order (stable for equal dates), as the timeline draws them. ISO dates
 * (`2025-10-14`) sort as plain strings; `localeCompare` would sort them the same, but its first
 * call sets up the browser's collator, about 10 ms of the timeline's first mount on a phone. */
export function chronological<E extends Pick<TimelineEvent, 'date'>>(events: readonly E[]): E[] {
	return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Events that share one date line and one dot: same day, same end, same written date. */
export interface DayGroup<E extends TimelineEvent = TimelineEvent> {
	events: E[];
	/** Day numbers of the dot and of the end of the event's span (equal for a single day). */
	start: number;
	end: number;
	/** The date as written above the group's titles. */
	dateText: string;
}

/** The events grouped by day, in date order; the year is written where `yearsShown` says. */
export function dayGroups<E extends TimelineEvent>(
	events: readonly E[],
	locale = 'en'
): DayGroup<E>[] {
	const ordered = chronological(events);
	const withYear = yearsShown(ordered);
	const groups: DayGroup<E>[] = [];
	for (const event of ordered) {
		const dateText = eventDateText(event, withYear.has(event.id), locale);
		const last = groups.at(-1);
		const start = dayNumber(event.date);
		const end = Math.max(start, dayNumber(event.end ?? event.date));
		if (last && last.start === start && last.end === end && last.dateText === dateText)
			last.events.push(event);
		else groups.push({ events: [event], start, end, dateText });
	}
	return groups;
}

/**
 * Ids of the events whose date is written with its year: when the events run over more than one
 * calendar year, the first event of each year (a reader never sees "Jan. 23" without knowing
 * which January). None when they all fall in one year.
 */
export function yearsShown(
	events: readonly Pick<TimelineEvent, 'id' | 'date' | 'end'>[]
): Set<string> {
	const ordered = chronological(events);
	const years = ordered.flatMap((e) => [e.date, e.end ?? e.date]).map((d) => yearOf(dayNumber(d)));
	if (new Set(years).size < 2) return new Set();
	const shown = new Set<string>();
	let year: number | undefined;
	for (const event of ordered) {
		const y = yearOf(dayNumber(event.date));
		if (y !== year) shown.add(event.id);
		year = y;
	}
	return shown;
}

/** "Oct. 24–26", "Jan. 23, 2026", "Dec. 30, 2025–Jan. 2, 2026", or the event's `dateLabel`. */
export function eventDateText(
	event: Pick<TimelineEvent, 'date' | 'end' | 'dateLabel'>,
	withYear: boolean,
	/** The page's locale: AP style in English, Intl's dates in another. */
	locale = 'en'
): string {
	if (event.dateLabel) return event.dateLabel;
	if (locale !== 'en') return formatDayRange(event.date, event.end, { year: withYear, locale });
	if (!withYear) return formatDayRange(event.date, event.end);
	const end = event.end && event.end !== event.date ? event.end : undefined;
	if (end && end.slice(0, 4) !== event.date.slice(0, 4))
		return `${formatShortDate(event.date)}–${formatShortDate(end)}`;
	return `${formatDayRange(event.date, end)}, ${event.date.slice(0, 4)}`;
}
