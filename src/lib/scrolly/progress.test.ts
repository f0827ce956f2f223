import { describe, expect, it } from 'vitest';
import {
	clamp,
	lastStepReached,
	parseOffset,
	stepAt,
	stepProgress,
	triggerPosition
} from './progress';

describe('stepProgress', () => {
	const box = { top: 1000, height: 400 };
	it('is 0 when the trigger meets the top of the step and 1 at its bottom', () => {
		expect(stepProgress(500, 500, box)).toBe(0);
		expect(stepProgress(700, 500, box)).toBe(0.5);
		expect(stepProgress(900, 500, box)).toBe(1);
	});
	it('stays within 0 and 1 before and after the step', () => {
		expect(stepProgress(0, 500, box)).toBe(0);
		expect(stepProgress(5000, 500, box)).toBe(1);
	});
	it('treats a step of no height as passed', () => {
		expect(stepProgress(0, 0, { top: 10, height: 0 })).toBe(1);
	});
});

describe('lastStepReached', () => {
	const tops = [500, 1100, 1700].map((top) => ({ top }));
	it.each([
		['before the first step reaches the line', 499, tops, -1],
		['the first, as its top reaches the line', 500, tops, 0],
		['the last whose top has reached the line', 1699, tops, 1],
		['the last, far below', 99999, tops, 2],
		[
			'past a step that could not be measured',
			2000,
			[500, Infinity, 1700].map((top) => ({ top })),
			2
		]
	])('is %s', (_, line, given, expected) => {
		expect(lastStepReached(line, given)).toBe(expected);
	});
});

describe('stepAt', () => {
	const boxes = [
		{ top: 100, height: 100 },
		{ top: 200, height: 100 },
		{ top: 300, height: 100 }
	];
	it('picks the last step whose top is above the trigger line', () => {
		expect(stepAt(0, 50, boxes)).toBe(0);
		expect(stepAt(0, 250, boxes)).toBe(1);
		expect(stepAt(200, 150, boxes)).toBe(2);
		expect(stepAt(10_000, 0, boxes)).toBe(2);
	});
	it('starts at the first step when nothing is laid out yet', () => {
		expect(
			stepAt(500, 400, [
				{ top: 0, height: 0 },
				{ top: 0, height: 0 }
			])
		).toBe(0);
	});
});

describe('offsets', () => {
	it('accepts fractions and pixels', () => {
		expect(parseOffset(0.6)).toEqual({ value: 0.6, unit: 'fraction' });
		expect(parseOffset('200px')).toEqual({ value: 200, unit: 'px' });
		expect(triggerPosition(0.5, 800)).toBe(400);
		expect(triggerPosition('120px', 800)).toBe(120);
	});
	it('rejects what scrollama would mishandle, with a message that says what to write', () => {
		expect(() => parseOffset('50%')).toThrow(/not a percentage/);
		expect(() => parseOffset(1.5)).toThrow(/from 0 to 1/);
		expect(() => parseOffset(-0.1)).toThrow(/from 0 to 1/);
		expect(() => parseOffset(Number.NaN)).toThrow(RangeError);
	});
	it('clamps', () => {
		expect(clamp(2)).toBe(1);
		expect(clamp(-1)).toBe(0);
		expect(clamp(5, 0, 10)).toBe(5);
	});
});
