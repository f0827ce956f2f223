import { describe, expect, it } from 'vitest';
import {
	IDENTITY,
	MARGIN,
	MAX_ZOOM,
	aimCamera,
	innerFrame,
	outOfFrame,
	type Framed
} from './camera';
import { FRAMES } from './geometry';
import { graphModel } from './graphModel';

const box = (w: number, h: number) => ({ left: -w / 2, right: w / 2, top: -h / 2, bottom: h / 2 });
const item = (x: number, y: number, w = 20, h = 10): Framed => ({ p: { x, y }, box: box(w, h) });

describe('aimCamera', () => {
	const { width, height } = FRAMES.narrow;

	it.each([
		['nothing to frame', [], IDENTITY],
		['things that only fit unzoomed', [item(20, 20), item(width - 20, height - 20)], IDENTITY]
	])('does not move for %s', (_name, items, expected) => {
		expect(aimCamera(items, 'narrow')).toEqual(expected);
	});

	it('zooms in on two close things as far as it may, and centres them', () => {
		const camera = aimCamera([item(100, 100), item(120, 110)], 'narrow');
		expect(camera.s).toBe(MAX_ZOOM.narrow);
		const centre = (p: number, t: number) => camera.s * p + t;
		expect((centre(100, camera.x) + centre(120, camera.x)) / 2).toBeCloseTo(width / 2);
		expect((centre(100, camera.y) + centre(110, camera.y)) / 2).toBeCloseTo(height / 2);
	});

	it('never zooms past its cap', () => {
		expect(aimCamera([item(100, 100), item(120, 110)], 'narrow', 1.3).s).toBe(1.3);
	});

	it('keeps every box inside the frame, less the margin, at the zoom it picks', () => {
		const items = [item(60, 80, 80, 17), item(200, 150, 60, 17), item(140, 240, 100, 17)];
		const camera = aimCamera(items, 'narrow');
		expect(camera.s).toBeGreaterThan(1);
		for (const { p, box: b } of items) {
			const x = camera.s * p.x + camera.x;
			const y = camera.s * p.y + camera.y;
			expect(x + b.left).toBeGreaterThanOrEqual(MARGIN - 0.01);
			expect(x + b.right).toBeLessThanOrEqual(width - MARGIN + 0.01);
			expect(y + b.top).toBeGreaterThanOrEqual(MARGIN - 0.01);
			expect(y + b.bottom).toBeLessThanOrEqual(height - MARGIN + 0.01);
		}
	});
});

describe('outOfFrame', () => {
	it('leaves out the nodes whose box the camera puts past the fading edge', () => {
		const { width, height } = FRAMES.narrow;
		const nodes = [
			{ id: 'middle', label: 'Middle' },
			{ id: 'edge', label: 'Edge' }
		];
		const place = (x: number) => ({ x, y: 50, w: 40, side: 'right' as const });
		const layout = { ...FRAMES.narrow, nodes: { middle: place(50), edge: place(80) } };
		const model = graphModel(nodes, [], { narrow: layout, landscape: layout, wide: layout });
		expect([...outOfFrame(model, 'narrow', IDENTITY)]).toEqual([]);
		// Zoomed in on the middle node, the one at 80 % goes out: its label would be cut.
		const zoomed = { s: 1.8, x: -0.4 * width, y: -0.4 * height };
		expect([...outOfFrame(model, 'narrow', zoomed)]).toEqual(['edge']);
		expect(innerFrame('narrow').left).toBeGreaterThan(0);
	});
});
