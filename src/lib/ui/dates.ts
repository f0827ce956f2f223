/**
 * Dates as readers see them. Inputs are calendar days (`YYYY-MM-DD`) or partial dates, never
 * Date objects, so no time zone can shift a day.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
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

function parts(date: string): [number, number | undefined, number | undefined] {
	const [y, m, d] = date.slice(0, 10).split('-').map(Number);
	return [y!, m, d];
}

/** "Oct 14", "Oct 24–26", "Oct 30–Nov 2". */
export function formatDayRange(start: string, end?: string): string {
	const [, sm, sd] = parts(start);
	const first = `${MONTHS[sm! - 1]} ${sd}`;
	if (!end || end === start) return first;
	const [, em, ed] = parts(end);
	return em === sm ? `${first}–${ed}` : `${first}–${MONTHS[em! - 1]} ${ed}`;
}

/** "November 25, 2025", "November 2025" or "2025", depending on how much is known. */
export function formatLongDate(date: string): string {
	const [y, m, d] = parts(date);
	if (!m) return String(y);
	if (!d) return `${MONTHS_LONG[m - 1]} ${y}`;
	return `${MONTHS_LONG[m - 1]} ${d}, ${y}`;
}

/** Month names as news style abbreviates them (March to July are written out). */
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

/** "Nov. 25, 2025", "Nov. 2025" or "2025": dates in running text and source notes. */
export function formatShortDate(date: string): string {
	const [y, m, d] = parts(date);
	if (!m) return String(y);
	const month = MONTHS_AP[m - 1];
	return d ? `${month} ${d}, ${y}` : `${month} ${y}`;
}
