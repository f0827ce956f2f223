import { describe, expect, it } from 'vitest';
import { boxesOverlap, boxInside, overlapArea, polylineHitsBox, segmentHitsBox } from './geometry';

const box = { x: 10, y: 10, w: 20, h: 10 };

describe('geometry', () => {
	it('tells overlapping boxes from separate ones, with a gap', () => {
		expect(boxesOverlap(box, { x: 25, y: 15, w: 10, h: 10 })).toBe(true);
		expect(boxesOverlap(box, { x: 31, y: 10, w: 10, h: 10 })).toBe(false);
		expect(boxesOverlap(box, { x: 31, y: 10, w: 10, h: 10 }, 2)).toBe(true);
		expect(overlapArea(box, { x: 25, y: 15, w: 10, h: 10 })).toBe(25);
	});

	it('knows when a box is inside another', () => {
		expect(boxInside({ x: 12, y: 12, w: 5, h: 5 }, box)).toBe(true);
		expect(boxInside({ x: 28, y: 12, w: 5, h: 5 }, box)).toBe(false);
	});

	it('finds a line that crosses a box, and one that passes by', () => {
		expect(segmentHitsBox({ x: 0, y: 0 }, { x: 40, y: 30 }, box)).toBe(true);
		expect(segmentHitsBox({ x: 0, y: 0 }, { x: 40, y: 0 }, box)).toBe(false);
		expect(segmentHitsBox({ x: 20, y: 0 }, { x: 20, y: 5 }, box)).toBe(false);
		expect(segmentHitsBox({ x: 20, y: 0 }, { x: 20, y: 12 }, box)).toBe(true);
		expect(
			polylineHitsBox(
				[
					{ x: 0, y: 0 },
					{ x: 5, y: 40 },
					{ x: 15, y: 40 },
					{ x: 15, y: 15 }
				],
				box
			)
		).toBe(true);
	});
});
