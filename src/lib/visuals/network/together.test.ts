import { describe, expect, it } from 'vitest';
import { FRAMES, labelHeight, separation } from './geometry';
import { refine } from './refine';
import { fansOf } from './together';

describe('the lines that fan out', () => {
	const room = 60;
	// Five nodes; lines by index: 0 s–p, 1 s–q, 2 p–s (the pair of 0), 3 p–q, 4 s–r without words.
	const links = [
		{ a: 0, b: 1, room },
		{ a: 0, b: 2, room },
		{ a: 1, b: 0, room },
		{ a: 1, b: 2, room },
		{ a: 0, b: 3, room: 0 }
	];
	it.each([
		[
			'two lines that leave one node',
			[[0, 1]],
			[{ first: 0, second: 1, farFirst: 1, farSecond: 2 }]
		],
		['ends named either way round', [[1, 3]], [{ first: 1, second: 3, farFirst: 0, farSecond: 1 }]],
		['not two lines of one pair: they bow apart already', [[0, 2]], []],
		['not a line without words', [[0, 4]], []],
		['not lines of two steps', [[0], [1]], []],
		[
			'each pair once, in the order first met',
			[
				[1, 0],
				[0, 1, 3]
			],
			[
				{ first: 0, second: 1, farFirst: 1, farSecond: 2 },
				{ first: 0, second: 3, farFirst: 0, farSecond: 2 },
				{ first: 1, second: 3, farFirst: 0, farSecond: 1 }
			]
		]
	])('%s', (_name, together, fans) => {
		expect(fansOf(links, together)).toEqual(fans);
	});
});

describe('lines shown together', () => {
	// From s, two labelled lines leave at nearly one angle, to p and, further, to q.
	const start = [
		{ id: 's', w: 20, x: 60, y: 180 },
		{ id: 'p', w: 20, x: 190, y: 170 },
		{ id: 'q', w: 20, x: 280, y: 160 }
	];
	const room = 60;
	const links = [
		{ a: 0, b: 1, room },
		{ a: 0, b: 2, room }
	];
	// The room each line's words need on its middle, as refine.ts measures it.
	const middle = (nodes: readonly { x: number; y: number }[], b: number) => {
		const [s, e] = [nodes[0]!, nodes[b]!];
		const angle = Math.atan2(e.y - s.y, e.x - s.x);
		const hh = (labelHeight(FRAMES.narrow.linkFont) + 2) / 2;
		return { x: (s.x + e.x) / 2, y: (s.y + e.y) / 2, hw: room / 2, hh, angle };
	};
	const gap = (nodes: readonly { x: number; y: number }[]) =>
		separation(middle(nodes, 1), middle(nodes, 2));

	it('turn apart until the words on their middles have room, when a step shows both', () => {
		expect(gap(refine(start, links, 'narrow'))).toBeLessThan(0);
		// Apart, to the half pixel the label placer takes for rounding.
		expect(gap(refine(start, links, 'narrow', [[0, 1]]))).toBeGreaterThan(-0.5);
	});
});
