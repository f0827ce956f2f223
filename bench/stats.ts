/**
 * Pure arithmetic for the benchmark's figures: percentiles, frame times, layout-shift score.
 */

/** Nearest-rank percentile (p in 0–100) of `values`; undefined when there are none. */
export function percentile(values: readonly number[], p: number): number | undefined {
	if (!values.length) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * The median of `values` (the mean of the two middle ones for an even count); undefined when
 * there are none. Figures that vary from run to run are judged on the median of several runs.
 */
export function median(values: readonly number[]): number | undefined {
	if (!values.length) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Summary {
	count: number;
	p50?: number;
	p95?: number;
	max?: number;
}

export function summarize(values: readonly number[]): Summary {
	return {
		count: values.length,
		p50: round(percentile(values, 50)),
		p95: round(percentile(values, 95)),
		max: round(values.length ? Math.max(...values) : undefined)
	};
}

export function round(value: number | undefined, digits = 1): number | undefined {
	if (value === undefined) return undefined;
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}

export interface FrameStats extends Summary {
	/** The display's frame interval, taken as the median time between frames. */
	interval?: number;
	/** Frames the display would have shown but the page did not produce: a 50 ms gap at a
	 * 16.7 ms interval counts as 2 dropped frames. */
	dropped: number;
	/** Frames that took longer than 1.5 intervals. */
	slow: number;
}

/** Frame times from consecutive requestAnimationFrame timestamps. */
export function frameStats(timestamps: readonly number[]): FrameStats {
	const deltas = timestamps.slice(1).map((t, i) => t - timestamps[i]!);
	const interval = percentile(deltas, 50);
	let dropped = 0;
	let slow = 0;
	if (interval) {
		for (const delta of deltas) {
			dropped += Math.max(0, Math.round(delta / interval) - 1);
			if (delta > interval * 1.5) slow++;
		}
	}
	return { ...summarize(deltas), interval: round(interval, 2), dropped, slow };
}

export interface LayoutShift {
	start: number;
	value: number;
	hadRecentInput: boolean;
}

/**
 * Cumulative Layout Shift as Chrome defines it: shifts are grouped into session windows (a
 * window ends after a 1 s gap or once it spans 5 s); the score is the largest window's sum.
 * Shifts right after a discrete input (a click, a key) do not count.
 */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number {
	let best = 0;
	let sum = 0;
	let windowStart = -Infinity;
	let last = -Infinity;
	for (const shift of [...shifts].sort((a, b) => a.start - b.start)) {
		if (shift.hadRecentInput) continue;
		if (shift.start - last > 1000 || shift.start - windowStart > 5000) {
			sum = 0;
			windowStart = shift.start;
		}
		sum += shift.value;
		last = shift.start;
		best = Math.max(best, sum);
	}
	return best;
}
