/**
 * Dates as readers see them, in AP style everywhere, in text and graphics alike: "Oct. 14",
 * "Oct. 24–26", "Sept. 30–Oct. 2", "March 3, 2025", "November 2025". Months with a day are
 * abbreviated (Jan., Feb., Aug., Sept., Oct., Nov., Dec.; March to July are always spelled out);
 * a month with only a year, or alone, is spelled out.
 *
 * Inputs are calendar days (`YYYY-MM-DD`, anything after the day is ignored) or partial dates
 * (`YYYY-MM`, `YYYY`), never Date objects, so no time zone can shift a day.
 */
const MONTHS_AP = [
	'Jan.',
	'Feb.',
	'March',
	'April',
	'May',
	'June',
	'July',
	'Aug.',
	'Sept.',
	'Oct.',
	'Nov.',
	'Dec.'
];
const MONTHS_LONG = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export interface DateOptions {
	/** Add the year ("Oct. 14, 2025"). Leave it out where the story's context gives it. */
	year?: boolean;
	/** The page's locale (`en` by default: AP style); any other is formatted by Intl. */
	locale?: string;
}

function parts(date: string): [number, number | undefined, number | undefined] {
	const [y, m, d] = date.slice(0, 10).split('-').map(Number);
	return [y!, m, d];
}

/** "Oct. 14", "March 3". */
const monthDay = (m: number, d: number) => `${MONTHS_AP[m - 1]} ${d}`;

/**
 * A day or a span of days: "Oct. 14", "Oct. 24–26", "Oct. 30–Nov. 2"; with `{ year: true }`
 * "Oct. 24–26, 2025" and, across a new year, "Dec. 30, 2025–Jan. 2, 2026".
 */
export function formatDayRange(start: string, end?: string, options: DateOptions = {}): string {
	if (options.locale && options.locale !== 'en') return intlDayRange(start, end, options);
	const [sy, sm, sd] = parts(start);
	if (!sm || !sd) return formatShortDate(start, options);
	const first = monthDay(sm, sd);
	const withYear = (text: string, y: number) => (options.year ? `${text}, ${y}` : text);
	if (!end || end.slice(0, 10) === start.slice(0, 10)) return withYear(first, sy);
	const [ey, em, ed] = parts(end);
	if (ey !== sy && options.year) return `${first}, ${sy}–${monthDay(em!, ed!)}, ${ey}`;
	return withYear(em === sm ? `${first}–${ed}` : `${first}–${monthDay(em!, ed!)}`, ey);
}

/**
 * A date with as much precision as is known: "Nov. 25, 2025", "November 2025" or "2025"; with
 * `{ year: false }` "Nov. 25" or "November".
 */
export function formatShortDate(date: string, options: DateOptions = {}): string {
	const [y, m, d] = parts(date);
	const year = options.year ?? true;
	if (options.locale && options.locale !== 'en') return intlDate(options.locale, y, m, d, year);
	if (!m) return String(y);
	if (!d) return year ? `${MONTHS_LONG[m - 1]} ${y}` : MONTHS_LONG[m - 1]!;
	return year ? `${monthDay(m, d)}, ${y}` : monthDay(m, d);
}

/**
 * The same as `formatShortDate` ("Nov. 25, 2025"). It once wrote the month out in full
 * ("November 25, 2025"), which is not AP style; the name stays for code that imports it.
 */
export const formatLongDate = (date: string): string => formatShortDate(date);

// --- Other locales, through Intl: "14 жовтня 2025 р.", "24–26 жовтня", "жовтень 2025 р." ------

/** A calendar day at noon UTC, formatted in UTC, so no time zone can shift it. */
const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d, 12));

function intlFormat(locale: string, year: boolean, withDay: boolean) {
	return new Intl.DateTimeFormat(locale, {
		timeZone: 'UTC',
		month: 'long',
		...(withDay && { day: 'numeric' }),
		...(year && { year: 'numeric' })
	});
}

/** Intl's parts, without what it writes after the date ("р." after a Ukrainian year): the
 * date reads inside a sentence, which gives its own ending. */
const withoutTail = (parts: Intl.DateTimeFormatPart[]) =>
	parts
		.filter((part, i) => !(part.type === 'literal' && i === parts.length - 1))
		.map((part) => part.value)
		.join('');

function intlDate(locale: string, y: number, m?: number, d?: number, year = true): string {
	if (!m) return String(y);
	return withoutTail(intlFormat(locale, year, d !== undefined).formatToParts(utc(y, m, d)));
}

function intlDayRange(start: string, end: string | undefined, options: DateOptions): string {
	const locale = options.locale!;
	const [sy, sm, sd] = parts(start);
	if (!sm || !sd) return intlDate(locale, sy, sm, sd, options.year ?? true);
	const format = intlFormat(locale, options.year ?? false, true);
	if (!end || end.slice(0, 10) === start.slice(0, 10))
		return withoutTail(format.formatToParts(utc(sy, sm, sd)));
	const [ey, em, ed] = parts(end);
	return withoutTail(format.formatRangeToParts(utc(sy, sm, sd), utc(ey, em, ed)));
}
