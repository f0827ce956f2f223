/**
 * The overview strip above the timeline: the whole span of the events on one true time scale,
 * every event a tick, the step's events marked, and a bracket over the window of time the main
 * axis shows. The reader always sees where the step sits in the whole story, and how far apart
 * things are, even when the main axis is zoomed in. Pure; positions are fractions of the
 * strip's width, so it fits any frame without measuring.
 */
import { textWidth } from '../textMetrics';
import { formatShortDate } from '../../ui/dates';
import type { DayGroup } from './timelineEvents';
import { TYPE } from './timelineLayout';
import { isoDay, monthStarts, timeScale, yearOf } from './timeScale';

export interface OverviewLabel {
	/** Centre of the label, as a fraction of the strip's width. */
	x: number;
	text: string;
}

export interface Overview {
	/** Day numbers at the strip's left and right ends. */
	range: [number, number];
	/** Fractions of the width where months (or quarters, or years) begin: thin rules. */
	rules: number[];
	labels: OverviewLabel[];
	/** Each day group's place, as a fraction of the width, and its day number. */
	marks: number[];
	days: number[];
}

/** The narrowest strip the labels are chosen for (px): a 320 px phone's frame. */
export const OVERVIEW_MIN_WIDTH = 296;

/** "Nov." for November; "Jan. 2026" when the year must be said; "2026" for a whole year. */
function periodText(day: number, months: number, withYear: boolean, locale: string): string {
	const iso = isoDay(day).slice(0, 7);
	if (months >= 12) return iso.slice(0, 4);
	if (locale !== 'en') return formatShortDate(iso, { year: withYear, locale });
	const text = formatShortDate(iso);
	return withYear ? text : text.replace(/,?\s*\d{4}$/, '');
}

export function overview(groups: readonly DayGroup[], locale = 'en'): Overview | undefined {
	if (groups.length === 0) return undefined;
	const first = groups[0]!.start;
	const last = Math.max(...groups.map((g) => g.end));
	const pad = Math.max(1, (last - first) * 0.02);
	const range: [number, number] = [first - pad, last + pad];
	const x = timeScale(range);
	const multiYear = yearOf(first) !== yearOf(last);
	const style = TYPE.narrow.date;

	for (const months of [1, 2, 3, 6, 12]) {
		const starts = monthStarts(range[0], range[1], months);
		// Each period is labelled in the middle of the part of it the strip shows.
		const periods = [range[0], ...starts].map((start, i, all) => {
			const end = all[i + 1] ?? range[1];
			return { start, end, x: (x(start) + x(end)) / 2 };
		});
		const labels: (OverviewLabel & { width: number })[] = [];
		let year: number | undefined;
		let crowded = false;
		for (const [i, period] of periods.entries()) {
			const periodYear = yearOf(Math.ceil(period.start));
			const text = periodText(
				Math.ceil(period.start),
				months,
				multiYear && periodYear !== year,
				locale
			);
			const width = (textWidth(text, style) + 6) / OVERVIEW_MIN_WIDTH;
			// A sliver of a period at either end, too narrow for its name, stays unnamed; a whole
			// period too narrow means the periods must be longer.
			if (x(period.end) - x(period.start) < width * 0.6) {
				if (i > 0 && i < periods.length - 1) crowded = true;
				continue;
			}
			// Kept inside the strip: the first and last labels lean in rather than run off.
			const centre = Math.min(1 - width / 2, Math.max(width / 2, period.x));
			labels.push({ x: centre, text, width });
			// The year is said at the first label of each year that is shown, not at a sliver
			// left unnamed.
			year = periodYear;
		}
		const clear =
			!crowded &&
			labels.every((label, i) => {
				const next = labels[i + 1];
				return !next || label.x + label.width / 2 <= next.x - next.width / 2;
			});
		if (clear || months === 12)
			return {
				range,
				rules: starts.map(x),
				labels: labels.map(({ x, text }) => ({ x, text })),
				marks: groups.map((g) => x(g.start)),
				days: groups.map((g) => g.start)
			};
	}
	return undefined;
}
