import { describe, expect, it } from 'vitest';
import { curveBox, sampleCurve, type Curve, type Point } from './curve';

describe('curveBox: the box a flow is revealed in', () => {
	const line = (x1: number, y1: number, x2: number, y2: number): Curve => ({
		type: 'line',
		from: { x: x1, y: y1 },
		to: { x: x2, y: y2 }
	});
	const bulge: Curve = {
		type: 'cubic',
		from: { x: 0, y: 0 },
		c1: { x: 10, y: -8 },
		c2: { x: 20, y: 8 },
		to: { x: 30, y: 0 }
	};
	it.each([
		['a diagonal, its corners', line(10, 40, 2, 4), 1, { x: 2, y: 4, w: 8, h: 36 }],
		[
			'a level line, made as tall as the least extent',
			line(0, 5, 30, 5),
			2,
			{ x: 0, y: 4, w: 30, h: 2 }
		],
		['an upright line, as wide', line(7, 0, 7, 9), 1, { x: 6.5, y: 0, w: 1, h: 9 }],
		['a cubic, its control points', bulge, 2, { x: 0, y: -8, w: 30, h: 16 }]
	])('%s', (_case, curve, minExtent, box) => {
		expect(curveBox(curve, minExtent)).toEqual(box);
	});

	it('holds every point of the curve, mapped', () => {
		const map = (p: Point) => ({ x: p.x * 2, y: p.y + 1 });
		const box = curveBox(bulge, 0, map);
		for (const p of sampleCurve(bulge, 48).map(map)) {
			expect(p.x).toBeGreaterThanOrEqual(box.x);
			expect(p.x).toBeLessThanOrEqual(box.x + box.w);
			expect(p.y).toBeGreaterThanOrEqual(box.y);
			expect(p.y).toBeLessThanOrEqual(box.y + box.h);
		}
	});
});
