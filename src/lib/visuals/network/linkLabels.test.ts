import { describe, expect, it } from 'vitest';
import { IDENTITY, wordsFrame } from './camera';
import { curvePoint } from './curves';
import { FRAMES, labelHeight, oriented, separation } from './geometry';
import { lineStyle, textWidth } from '../textMetrics';
import { graphModel, linkCurve } from './graphModel';
import { ALONG, linkLabelSize, placeLinkLabels, readingAngle, type Obstacle } from './linkLabels';

// Two nodes across the middle of the frame, a third below, each link with words.
const nodes = [
	{ id: 'a', label: 'A' },
	{ id: 'b', label: 'B' },
	{ id: 'c', label: 'C' }
];
const links = [
	{ id: 'ab', source: 'a', target: 'b', label: 'works for' },
	{ id: 'ac', source: 'a', target: 'c', label: 'met' }
];
const place = (x: number, y: number) => ({ x, y, w: 20, side: 'right' as const });
const layout = {
	...FRAMES.narrow,
	nodes: { a: place(20, 40), b: place(80, 40), c: place(20, 90) }
};
const model = graphModel(nodes, links, { narrow: layout, landscape: layout, wide: layout });
const ab = model.links[0]!;
const label = (text: string) => [{ link: ab, text }];
const frame = wordsFrame('narrow');

describe('placeLinkLabels', () => {
	it('puts the words on the middle of their line, upright, when it is free', () => {
		const placed = placeLinkLabels(model, label('works for'), 'narrow', IDENTITY, [], frame).get(
			'ab'
		)!;
		expect(placed.t).toBe(0.5);
		expect(placed.angle).toBe(0);
		expect(placed.at).toEqual(curvePoint(linkCurve(model, ab, 'narrow'), 0.5));
		expect(placed.covers).toEqual([]);
	});

	it('slides them along the line, still on it, past something in the middle', () => {
		const mid = curvePoint(linkCurve(model, ab, 'narrow'), 0.5);
		const block: Obstacle = {
			id: 'block',
			shape: oriented({ left: mid.x - 15, right: mid.x + 15, top: mid.y - 15, bottom: mid.y + 15 }),
			weight: 10
		};
		const placed = placeLinkLabels(
			model,
			label('works for'),
			'narrow',
			IDENTITY,
			[block],
			frame
		).get('ab')!;
		expect(placed.t).not.toBe(0.5);
		expect(ALONG).toContain(placed.t);
		expect(placed.at.y).toBeCloseTo(mid.y);
		expect(placed.covers).toEqual([]);
	});

	it('keeps the words of two lines apart', () => {
		const placed = placeLinkLabels(
			model,
			[
				{ link: ab, text: 'works for' },
				{ link: model.links[1]!, text: 'met' }
			],
			'narrow',
			IDENTITY,
			[],
			frame
		);
		expect([...placed.values()].every((p) => p.covers.length === 0)).toBe(true);
	});

	it('moves the first words off their best place when only then do both lines have room', () => {
		// Two lines from s along one row, to p and, further, to q: their words can only take
		// turns along the row, in a gap just wide enough for both. Placed one at a time, either
		// line's words take its middle, which leaves the other's no room.
		const row = {
			...FRAMES.narrow,
			nodes: { s: place(6, 50), p: place(49.5, 50), q: place(64, 50) }
		};
		const fan = graphModel(
			[
				{ id: 's', label: 'S' },
				{ id: 'p', label: 'P' },
				{ id: 'q', label: 'Q' }
			],
			[
				{ id: 'sp', source: 's', target: 'p', label: 'works for' },
				{ id: 'sq', source: 's', target: 'q', label: 'works for' }
			],
			{ narrow: row, landscape: row, wide: row }
		);
		const { w } = linkLabelSize('works for', 'narrow');
		const y = FRAMES.narrow.height / 2;
		const [from, to] = [70, 70 + w + 8];
		const wall = (id: string, left: number, right: number): Obstacle => ({
			id,
			shape: oriented({ left, right, top: y - 20, bottom: y + 20 }),
			weight: 10
		});
		const walls = [wall('left', 0, from - w / 2), wall('right', to + w / 2, FRAMES.narrow.width)];
		const texts = fan.links.map((link) => ({ link, text: 'works for' }));
		const placed = placeLinkLabels(fan, texts, 'narrow', IDENTITY, walls, frame);
		const [sp, sq] = [placed.get('sp')!, placed.get('sq')!];
		expect([sp.covers, sq.covers]).toEqual([[], []]);
		expect(separation(sp.shape, sq.shape)).toBeGreaterThanOrEqual(-0.5);
		for (const label of [sp, sq]) {
			expect(ALONG).toContain(label.t);
			expect(label.at.y).toBeCloseTo(y);
		}
	});

	it('says what it covers when the line has no free place at all', () => {
		const { width, height } = FRAMES.narrow;
		const wall: Obstacle = {
			id: 'wall',
			shape: oriented({ left: 0, right: width, top: 0, bottom: height }),
			weight: 10
		};
		const placed = placeLinkLabels(
			model,
			label('works for'),
			'narrow',
			IDENTITY,
			[wall],
			frame
		).get('ab')!;
		expect(placed.covers).toEqual(['wall']);
	});

	it('sizes the words as the CSS draws them: text, padding and border', () => {
		const { w, h } = linkLabelSize('met', 'narrow');
		expect(w).toBe(Math.ceil(textWidth('met', lineStyle(FRAMES.narrow.linkFont))) + 2 * 4 + 2);
		expect(h).toBe(labelHeight(FRAMES.narrow.linkFont) + 2);
	});
});

describe('readingAngle', () => {
	it.each([
		[{ x: 1, y: 0 }, 0],
		[{ x: -1, y: 0 }, 0],
		[{ x: 1, y: 1 }, 45],
		[{ x: -1, y: -1 }, 45],
		[{ x: 0, y: 1 }, 90],
		[{ x: 0, y: -1 }, 90]
	])('turns %j to read left to right: %d°', (tangent, degrees) => {
		expect((readingAngle(tangent) * 180) / Math.PI).toBeCloseTo(degrees);
	});
});
