import { describe, expect, it } from 'vitest';
import { formatDayRange, formatShortDate } from '../../ui/dates';
import { chronological, dayGroups, eventDateText, yearsShown } from './timelineEvents';

const event = (id: string, date: string, more: { end?: string; dateLabel?: string } = {}) => ({
	id,
	date,
	title: id,
	...more
});

describe('chronological', () => {
	it('orders by date and keeps the given order for equal dates', () => {
		const ordered = chronological([
			event('b', '2025-11-25'),
			event('a', '2025-10-14'),
			event('c', '2025-11-25')
		]);
		expect(ordered.map((e) => e.id)).toEqual(['a', 'b', 'c']);
	});
});

describe('dayGroups', () => {
	it('puts the events of one day under one date, and days apart apart', () => {
		const groups = dayGroups([
			event('leak', '2025-11-25'),
			event('plan', '2025-11-18'),
			event('deadline', '2025-11-25'),
			event('miami', '2025-10-24', { end: '2025-10-26' }),
			event('talks', '2025-10-24')
		]);
		expect(groups.map((g) => g.events.map((e) => e.id))).toEqual([
			['miami'],
			['talks'],
			['plan'],
			['leak', 'deadline']
		]);
		expect(groups[0]!.end - groups[0]!.start).toBe(2);
		expect(groups[0]!.dateText).toBe(formatDayRange('2025-10-24', '2025-10-26'));
	});
});

describe('yearsShown', () => {
	it('writes no year when every event falls in one year', () => {
		expect(yearsShown([event('a', '2025-10-14'), event('b', '2025-12-28')])).toEqual(new Set());
	});
	it('writes the year on the first event of each year when they run over more than one', () => {
		const shown = yearsShown([
			event('a', '2025-10-14'),
			event('b', '2025-12-28'),
			event('c', '2026-01-23'),
			event('d', '2026-03-05')
		]);
		expect(shown).toEqual(new Set(['a', 'c']));
	});
	it('counts a span that ends in the next year', () => {
		expect(yearsShown([event('a', '2025-12-30', { end: '2026-01-02' })])).toEqual(new Set(['a']));
	});
});

describe('eventDateText', () => {
	it.each([
		[event('a', '2025-10-14'), false, formatDayRange('2025-10-14')],
		[event('a', '2025-10-14'), true, `${formatDayRange('2025-10-14')}, 2025`],
		[
			event('a', '2026-01-23', { end: '2026-02-18' }),
			true,
			`${formatDayRange('2026-01-23', '2026-02-18')}, 2026`
		],
		[
			event('a', '2025-12-30', { end: '2026-01-02' }),
			true,
			`${formatShortDate('2025-12-30')}–${formatShortDate('2026-01-02')}`
		],
		[
			event('a', '2025-10-18', { end: '2025-10-19', dateLabel: 'Mid-October' }),
			false,
			'Mid-October'
		],
		[event('a', '2025-10-18', { dateLabel: 'Mid-October' }), true, 'Mid-October']
	])('%o, with year %s: %s', (e, withYear, text) => {
		expect(eventDateText(e, withYear)).toBe(text);
	});
});
