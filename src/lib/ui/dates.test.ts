import { describe, expect, it } from 'vitest';
import { formatDayRange, formatLongDate, formatShortDate } from './dates';

describe('formatDayRange', () => {
	it.each([
		['2025-10-14', undefined, {}, 'Oct. 14'],
		['2025-10-14', '2025-10-14', {}, 'Oct. 14'],
		['2025-10-24', '2025-10-26', {}, 'Oct. 24–26'],
		['2025-10-30', '2025-11-02', {}, 'Oct. 30–Nov. 2'],
		['2025-09-30', '2025-10-02', {}, 'Sept. 30–Oct. 2'],
		['2025-03-03', '2025-03-05', {}, 'March 3–5'],
		['2025-07-31', '2025-08-01', {}, 'July 31–Aug. 1'],
		['2025-01-02', undefined, {}, 'Jan. 2'],
		['2025-02-28', undefined, {}, 'Feb. 28'],
		['2025-04-01', undefined, {}, 'April 1'],
		['2025-05-09', undefined, {}, 'May 9'],
		['2025-06-30', undefined, {}, 'June 30'],
		['2025-12-24', undefined, {}, 'Dec. 24'],
		['2025-10-14', undefined, { year: true }, 'Oct. 14, 2025'],
		['2025-10-24', '2025-10-26', { year: true }, 'Oct. 24–26, 2025'],
		['2025-10-30', '2025-11-02', { year: true }, 'Oct. 30–Nov. 2, 2025'],
		['2025-12-30', '2026-01-02', { year: true }, 'Dec. 30, 2025–Jan. 2, 2026'],
		['2025-12-30', '2026-01-02', {}, 'Dec. 30–Jan. 2'],
		['2026-11-29T10:00+00:00', undefined, {}, 'Nov. 29'],
		['2025-11', undefined, {}, 'November 2025'],
		['2025-11', undefined, { year: false }, 'November']
	])('%s to %s %o: %s', (start, end, options, expected) => {
		expect(formatDayRange(start, end, options)).toBe(expected);
	});
});

describe('formatShortDate', () => {
	it.each([
		['2025-11-25', {}, 'Nov. 25, 2025'],
		['2025-09-02', {}, 'Sept. 2, 2025'],
		['2025-06-02', {}, 'June 2, 2025'],
		['2025-11-25', { year: false }, 'Nov. 25'],
		['2025-11', {}, 'November 2025'],
		['2025-03', {}, 'March 2025'],
		['2025-11', { year: false }, 'November'],
		['2019', {}, '2019'],
		['2026-11-29T10:00+00:00', {}, 'Nov. 29, 2026']
	])('%s %o: %s', (date, options, expected) => {
		expect(formatShortDate(date, options)).toBe(expected);
	});

	it('is what the older name formatLongDate gives too', () => {
		expect(formatLongDate('2025-11-25')).toBe('Nov. 25, 2025');
		expect(formatLongDate('2025-11')).toBe('November 2025');
	});
});

describe('dates in Ukrainian, by Intl', () => {
	it.each([
		[() => formatShortDate('2025-10-14', { locale: 'uk' }), '14 жовтня 2025'],
		[() => formatShortDate('2025-10-14', { locale: 'uk', year: false }), '14 жовтня'],
		[() => formatShortDate('2025-11', { locale: 'uk' }), 'листопад 2025'],
		[() => formatShortDate('2025', { locale: 'uk' }), '2025'],
		[() => formatDayRange('2025-10-24', '2025-10-26', { locale: 'uk' }), '24–26 жовтня'],
		[() => formatDayRange('2025-10-30', '2025-11-02', { locale: 'uk' }), '30 жовтня – 2 листопада'],
		[() => formatDayRange('2025-10-14', undefined, { locale: 'uk' }), '14 жовтня'],
		[
			() => formatDayRange('2025-12-30', '2026-01-02', { locale: 'uk', year: true }),
			'30 грудня 2025 – 2 січня 2026'
		]
	])('%#', (format, expected) => {
		expect(format()).toBe(expected);
	});

	it('keeps AP style for English', () => {
		expect(formatShortDate('2025-09-30', { locale: 'en' })).toBe('Sept. 30, 2025');
	});
});
