import { describe, expect, it } from 'vitest';
import { apDate, listNames, publishedByLine, speakerInitials } from './callLabels';

describe('apDate', () => {
	it('abbreviates long months with a period and writes short ones out', () => {
		expect(apDate('2025-10-14')).toBe('Oct. 14, 2025');
		expect(apDate('2025-11-25')).toBe('Nov. 25, 2025');
		expect(apDate('2025-09-01')).toBe('Sept. 1, 2025');
		expect(apDate('2026-03-16')).toBe('March 16, 2026');
		expect(apDate('2026-07-04')).toBe('July 4, 2026');
	});

	it('writes partial dates with what is known', () => {
		expect(apDate('2026-03')).toBe('March 2026');
		expect(apDate('2019')).toBe('2019');
	});
});

describe('listNames', () => {
	it('joins names as a sentence would', () => {
		expect(listNames([])).toBe('');
		expect(listNames(['Ann'])).toBe('Ann');
		expect(listNames(['Ann', 'Ben'])).toBe('Ann and Ben');
		expect(listNames(['Ann', 'Ben', 'Cy'])).toBe('Ann, Ben and Cy');
	});
});

describe('publishedByLine', () => {
	it('credits the outlet and the date from the data', () => {
		expect(publishedByLine('Bloomberg News', '2025-11-25')).toBe(
			'Transcript published by Bloomberg News, Nov. 25, 2025'
		);
		expect(publishedByLine('The Harbour Gazette (fictional)', '2026-03-17')).toBe(
			'Transcript published by The Harbour Gazette (fictional), March 17, 2026'
		);
	});
});

describe('speakerInitials', () => {
	it('takes the first letters of the first and last names', () => {
		const marks = speakerInitials([
			{ id: 'w', name: 'Steve Witkoff' },
			{ id: 'u', name: 'Yuri Ushakov' },
			{ id: 'd', name: 'Kirill Dmitriev' }
		]);
		expect([...marks.values()]).toEqual(['SW', 'YU', 'KD']);
	});

	it('keeps marks distinct when two speakers share initials', () => {
		const marks = speakerInitials([
			{ id: 'a', name: 'Mara Holt' },
			{ id: 'b', name: 'Max Hale' },
			{ id: 'c', name: 'Mia Hart' },
			{ id: 'd', name: 'Mo Harrow' }
		]);
		expect(marks.get('a')).toBe('MH');
		expect(marks.get('b')).toBe('MHA');
		expect(marks.get('c')).toBe('MHAR');
		expect(new Set(marks.values()).size).toBe(4);
	});

	it('skips articles and handles single names and organisations', () => {
		const marks = speakerInitials([
			{ id: 'k', name: 'The Kremlin' },
			{ id: 'x', name: 'Cher' },
			{ id: 'h', name: 'Jean-Luc Picard' }
		]);
		expect(marks.get('k')).toBe('KR');
		expect(marks.get('x')).toBe('CH');
		expect(marks.get('h')).toBe('JP');
	});
});
