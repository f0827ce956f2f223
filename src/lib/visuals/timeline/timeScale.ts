/**
 * A true time scale over calendar days: the timeline's axes and the share card's strip place
 * dates with it. Days are whole numbers (days since 1970-01-01, UTC), read from `YYYY-MM-DD`
 * strings, so no time zone can move a date. Pure.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date (`YYYY-MM-DD`, or `YYYY-MM` for its first day). */
export function dayNumber(iso: string): number {
	const [y, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
	return Math.round(Date.UTC(y!, m - 1, d) / MS_PER_DAY);
}

/** The calendar date (`YYYY-MM-DD`) of a day number. */
export function isoDay(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A linear map from days onto a range (pixels, or 0–1): equal spans of time, equal lengths. */
export function timeScale(
	[from, to]: readonly [number, number],
	[start, end]: readonly [number, number] = [0, 1]
): (day: number) => number {
	const span = to - from || 1;
	return (day) => start + ((day - from) / span) * (end - start);
}

/** The year of a day number. */
export function yearOf(day: number): number {
	return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** First days of the months that start after `from` and on or before `to`. */
export function monthStarts(from: number, to: number, everyMonths = 1): number[] {
	const first = new Date(from * MS_PER_DAY);
	const starts: number[] = [];
	for (let m = first.getUTCMonth() + 1; ; m++) {
		const day = Math.round(Date.UTC(first.getUTCFullYear(), m, 1) / MS_PER_DAY);
		if (day > to) return starts;
		if ((new Date(day * MS_PER_DAY).getUTCMonth() + 12) % everyMonths === 0) starts.push(day);
	}
}

/**
 * Days for the ticks of an axis over [from, to], at the finest of these steps that keeps ticks at
 * least `minGap` apart on a scale of `perDay` (length per day): every day, every other day,
 * Mondays, the 1st and 15th of each month, months, quarters, half-years, years.
 */
export function tickDays(from: number, to: number, perDay: number, minGap: number): number[] {
	const inRange = (day: number) => day >= from && day <= to;
	const every = (step: number, offset = 0) => {
		const days: number[] = [];
		const first = from + ((((offset - from) % step) + step) % step);
		for (let day = first; day <= to; day += step) days.push(day);
		return days;
	};
	if (perDay >= minGap) return every(1);
	if (perDay * 2 >= minGap) return every(2);
	// Day 4 (Jan. 5, 1970) was a Monday.
	if (perDay * 7 >= minGap) return every(7, 4);
	if (perDay * 14 >= minGap)
		return monthStarts(from - 32, to)
			.flatMap((start) => [start, start + 14])
			.filter(inRange);
	for (const months of [1, 3, 6]) {
		if (perDay * 28 * months >= minGap) return monthStarts(from - 1, to, months);
	}
	return monthStarts(from - 1, to, 12);
}
