import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay, monthStarts, tickDays, timeScale, yearOf } from './timeScale';

describe('dayNumber and isoDay', () => {
	it.each([
		['1970-01-01', 0],
		['1970-01-02', 1],
		['2025-10-14', 20375],
		['2026-03-19', 20531]
	])('%s is day %i, and back', (iso, day) => {
		expect(dayNumber(iso)).toBe(day);
		expect(isoDay(day)).toBe(iso);
	});

	it('reads a month as its first day, and ignores anything after the date', () => {
		expect(dayNumber('2025-11')).toBe(dayNumber('2025-11-01'));
		expect(dayNumber('2025-11-25T23:59:00Z')).toBe(dayNumber('2025-11-25'));
		expect(yearOf(dayNumber('2026-01-01'))).toBe(2026);
		expect(yearOf(dayNumber('2025-12-31'))).toBe(2025);
	});
});

describe('timeScale', () => {
	it('gives equal spans of time equal lengths', () => {
		const y = timeScale([dayNumber('2025-10-14'), dayNumber('2025-11-25')], [0, 420]);
		expect(y(dayNumber('2025-10-14'))).toBe(0);
		expect(y(dayNumber('2025-11-25'))).toBe(420);
		const week1 = y(dayNumber('2025-10-21')) - y(dayNumber('2025-10-14'));
		const week5 = y(dayNumber('2025-11-25')) - y(dayNumber('2025-11-18'));
		expect(week1).toBeCloseTo(week5, 9);
		expect(week1).toBeCloseTo(70, 9);
	});
});

describe('monthStarts', () => {
	it('lists the first days of the months after the start, up to the end', () => {
		expect(monthStarts(dayNumber('2025-10-14'), dayNumber('2026-01-01')).map(isoDay)).toEqual([
			'2025-11-01',
			'2025-12-01',
			'2026-01-01'
		]);
	});
	it('keeps quarters, half-years or years only, when asked', () => {
		const from = dayNumber('2024-12-31');
		const to = dayNumber('2026-01-01');
		expect(monthStarts(from, to, 3).map(isoDay)).toEqual([
			'2025-01-01',
			'2025-04-01',
			'2025-07-01',
			'2025-10-01',
			'2026-01-01'
		]);
		expect(monthStarts(from, to, 12).map(isoDay)).toEqual(['2025-01-01', '2026-01-01']);
	});
});

describe('tickDays', () => {
	const from = dayNumber('2025-10-14');
	const to = dayNumber('2026-03-19');
	it.each([
		[60, '2025-10-14', 1],
		[30, '2025-10-15', 2],
		[8, '2025-10-20', 7],
		[4, '2025-10-15', undefined],
		[0.5, '2026-01-01', undefined]
	])('at %f px a day starts on %s (step %s days)', (perDay, first, step) => {
		const days = tickDays(from, to, perDay, 48);
		expect(isoDay(days[0]!)).toBe(first);
		if (step) expect(days[1]! - days[0]!).toBe(step);
	});

	it('never puts two dates closer than asked, at any scale', () => {
		for (const perDay of [0.2, 0.5, 1, 2, 3.5, 4, 7, 10, 20, 30, 47, 48, 100]) {
			const days = tickDays(from, to, perDay, 48);
			expect(days.length, `${perDay} px a day`).toBeGreaterThan(0);
			for (let i = 1; i < days.length; i++)
				expect((days[i]! - days[i - 1]!) * perDay, `${perDay} px a day`).toBeGreaterThanOrEqual(48);
			for (const day of days) expect(day >= from && day <= to).toBe(true);
		}
	});

	it('puts weekly dates on Mondays and fortnightly ones on the 1st and 15th', () => {
		const mondays = tickDays(from, to, 8, 48).map((d) => new Date(isoDay(d)).getUTCDay());
		expect(new Set(mondays)).toEqual(new Set([1]));
		const halves = tickDays(from, to, 4, 48).map((d) => isoDay(d).slice(8));
		expect(new Set(halves)).toEqual(new Set(['01', '15']));
	});
});
