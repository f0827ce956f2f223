import { describe, expect, it } from 'vitest';
import { cumulativeLayoutShift, frameStats, median, percentile, summarize } from './stats';

describe('percentile', () => {
	it('uses the nearest rank', () => {
		const values = [5, 1, 4, 2, 3];
		expect(percentile(values, 50)).toBe(3);
		expect(percentile(values, 95)).toBe(5);
		expect(percentile(values, 0)).toBe(1);
		expect(percentile([], 50)).toBeUndefined();
	});

	it('summarizes count, p50, p95 and max', () => {
		const values = Array.from({ length: 100 }, (_, i) => i + 1);
		expect(summarize(values)).toEqual({ count: 100, p50: 50, p95: 95, max: 100 });
		expect(summarize([])).toEqual({ count: 0, p50: undefined, p95: undefined, max: undefined });
	});
});

describe('median', () => {
	it.each([
		[[], undefined],
		[[7], 7],
		[[96, 98, 95], 96],
		[[3, 1, 2, 10], 2.5],
		[[2000, 1800, 2600], 2000]
	])('of %j is %s', (values, expected) => {
		expect(median(values)).toBe(expected);
	});
});

describe('frameStats', () => {
	it('counts the frames a long gap swallowed', () => {
		// Ten 60 Hz frames, then a 50 ms gap (two frames missed), then two more frames.
		const timestamps = Array.from({ length: 11 }, (_, i) => i * 16.7);
		timestamps.push(timestamps.at(-1)! + 50.1, timestamps.at(-1)! + 50.1 + 16.7);
		const stats = frameStats(timestamps);
		expect(stats.interval).toBeCloseTo(16.7, 1);
		expect(stats.dropped).toBe(2);
		expect(stats.slow).toBe(1);
		expect(stats.max).toBeCloseTo(50.1, 1);
	});

	it('reports nothing dropped for a steady stream', () => {
		const stats = frameStats(Array.from({ length: 60 }, (_, i) => i * 16.7));
		expect(stats.dropped).toBe(0);
		expect(stats.slow).toBe(0);
	});
});

describe('cumulativeLayoutShift', () => {
	const shift = (start: number, value: number, hadRecentInput = false) => ({
		start,
		value,
		hadRecentInput
	});

	it('takes the largest session window, not the sum of all shifts', () => {
		// Two windows separated by more than a second: 0.03 + 0.02, then 0.04.
		expect(
			cumulativeLayoutShift([shift(0, 0.03), shift(500, 0.02), shift(3000, 0.04)])
		).toBeCloseTo(0.05);
	});

	it('closes a window after five seconds even without a gap', () => {
		const shifts = Array.from({ length: 12 }, (_, i) => shift(i * 900, 0.01));
		// Shifts at 0…4500 ms fall in the first window (6 × 0.01); the next starts at 5400 ms.
		expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.06);
	});

	it('ignores shifts right after input', () => {
		expect(cumulativeLayoutShift([shift(0, 0.5, true), shift(10, 0.01)])).toBeCloseTo(0.01);
	});
});
