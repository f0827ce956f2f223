import { describe, expect, it } from 'vitest';
import { formatDayRange, formatLongDate } from './dates';

describe('dates', () => {
	it('formats day ranges within and across months', () => {
		expect(formatDayRange('2025-10-14')).toBe('Oct 14');
		expect(formatDayRange('2025-10-24', '2025-10-26')).toBe('Oct 24–26');
		expect(formatDayRange('2025-10-30', '2025-11-02')).toBe('Oct 30–Nov 2');
		expect(formatDayRange('2025-10-14', '2025-10-14')).toBe('Oct 14');
	});
	it('formats long dates with as much precision as is known', () => {
		expect(formatLongDate('2025-11-25')).toBe('November 25, 2025');
		expect(formatLongDate('2025-11')).toBe('November 2025');
		expect(formatLongDate('2019')).toBe('2019');
		expect(formatLongDate('2026-11-29T10:00+00:00')).toBe('November 29, 2026');
	});
});
