import { describe, expect, it } from 'vitest';
import {
	cutTexts,
	legendOutOfView,
	linkLabelsOffTheirLines,
	overlappingLabels,
	rectToLine,
	type Clip,
	type MeasuredText,
	type Rect
} from '../e2e/layoutChecks';

/** A rectangle from its left, top, width and height. */
const box = (left: number, top: number, width: number, height: number): Rect => ({
	left,
	top,
	right: left + width,
	bottom: top + height
});
const SCREEN: Clip = {
	what: 'the screen',
	rect: box(0, 0, 400, 800),
	scrollsX: false,
	scrollsY: false
};
const FRAME: Clip = {
	what: 'frame',
	rect: box(10, 10, 200, 100),
	scrollsX: false,
	scrollsY: false
};
const SCROLLER: Clip = { ...FRAME, what: 'scroller', scrollsY: true };
const text = (words: string, rects: Rect[], clips: Clip[] = [FRAME, SCREEN]): MeasuredText => ({
	id: words,
	text: words,
	rects,
	clips
});

describe('overlappingLabels', () => {
	it.each([
		['apart', [text('a', [box(20, 20, 40, 12)]), text('b', [box(80, 20, 40, 12)])], []],
		[
			'side by side, touching',
			[text('a', [box(20, 20, 40, 12)]), text('b', [box(60, 20, 40, 12)])],
			[]
		],
		[
			'on top of each other',
			[text('leads', [box(20, 20, 40, 12)]), text('met, Oct. 17', [box(40, 24, 60, 12)])],
			['“leads” overlaps “met, Oct. 17”']
		],
		// Lines set tight: the boxes share their leading, not their glyphs.
		['lines set tight', [text('a', [box(20, 20, 40, 14)]), text('b', [box(20, 32, 40, 14)])], []],
		// A halo under a label: the same words in the same place are one label.
		[
			'a label and its halo',
			[text('Trump', [box(20, 20, 40, 12)]), text('Trump', [box(20, 20, 40, 12)])],
			[]
		],
		// Only what can be seen counts: a label scrolled out of its frame overlaps nothing.
		[
			'one out of view',
			[text('a', [box(20, 20, 40, 12)]), text('b', [box(20, 400, 40, 12)], [FRAME, SCREEN])],
			[]
		],
		[
			'one line of a wrapped label',
			[
				text('a long label', [box(20, 20, 90, 12), box(20, 34, 40, 12)]),
				text('b', [box(30, 36, 20, 12)])
			],
			['“a long label” overlaps “b”']
		]
	])('%s', (_case, texts, expected) => {
		expect(overlappingLabels(texts)).toEqual(expected);
	});
});

describe('cutTexts', () => {
	it.each([
		['inside its frame', text('a', [box(20, 20, 40, 12)]), []],
		[
			'past the side',
			text('Oct. 29 · Moscow', [box(190, 20, 40, 12)]),
			['“Oct. 29 · Moscow” is cut at the side by frame']
		],
		[
			'past the bottom',
			text('b', [box(20, 104, 40, 12)]),
			['“b” is cut at the top or bottom by frame']
		],
		['wholly out of view: hidden, not cut', text('c', [box(20, 300, 40, 12)]), []],
		[
			'through the screen’s edge',
			text('d', [box(20, 20, 40, 12)], [SCREEN, { ...SCREEN, rect: box(0, 0, 400, 25) }]),
			['“d” is cut at the top or bottom by the screen']
		],
		// A transcript slides its lines through the top of its strip: allowed on that axis only.
		['sliding through a scrolling strip', text('e', [box(20, 4, 40, 12)], [SCROLLER, SCREEN]), []],
		[
			'past the side of a scrolling strip',
			text('f', [box(200, 20, 40, 12)], [SCROLLER, SCREEN]),
			['“f” is cut at the side by scroller']
		],
		// What the strip hides is not cut by the frame around it.
		[
			'hidden by the strip, inside the frame',
			text('g', [box(20, 4, 40, 12)], [SCROLLER, FRAME, SCREEN]),
			[]
		]
	])('%s', (_case, measured, expected) => {
		expect(cutTexts([measured])).toEqual(expected);
	});
});

describe('legendOutOfView', () => {
	it.each([
		['in view', { text: 'Paper', rect: box(20, 20, 40, 12), clips: [FRAME, SCREEN] }, []],
		[
			'not rendered',
			{ text: 'Paper', rect: undefined, clips: [SCREEN] },
			['legend entry “Paper” is not shown']
		],
		[
			'scrolled away in its strip',
			{ text: 'Stages', rect: box(20, -30, 40, 12), clips: [SCROLLER, SCREEN] },
			['legend entry “Stages” is not wholly inside scroller']
		],
		[
			'half out of the frame',
			{ text: 'Claimed', rect: box(200, 20, 40, 12), clips: [FRAME, SCREEN] },
			['legend entry “Claimed” is not wholly inside frame']
		]
	])('%s', (_case, entry, expected) => {
		expect(legendOutOfView([entry])).toEqual(expected);
	});
});

describe('rectToLine', () => {
	const line = [
		{ x: 0, y: 100 },
		{ x: 200, y: 100 }
	];
	it.each([
		['across the line', box(20, 94, 40, 12), 0],
		['just above', box(20, 80, 40, 12), 8],
		['beyond its end', box(210, 96, 20, 8), 10],
		['far below', box(20, 130, 40, 12), 30]
	])('%s', (_case, rect, distance) => {
		expect(rectToLine(rect, line)).toBeCloseTo(distance);
	});

	it('finds a diagonal line that passes through a box between its points', () => {
		expect(
			rectToLine(box(45, 45, 10, 10), [
				{ x: 0, y: 0 },
				{ x: 100, y: 100 }
			])
		).toBe(0);
		expect(
			rectToLine(box(40, 50, 5, 5), [
				{ x: 0, y: 100 },
				{ x: 100, y: 0 }
			])
		).toBe(0);
	});
});

describe('linkLabelsOffTheirLines', () => {
	const line = [
		{ x: 0, y: 100 },
		{ x: 200, y: 100 }
	];
	it.each([
		['on its line', { id: 'a~b', text: 'leads', rect: box(80, 94, 40, 12), lines: [line] }, []],
		[
			'a few pixels off',
			{ id: 'a~b', text: 'leads', rect: box(80, 84, 40, 12), lines: [line] },
			[]
		],
		[
			'floating away',
			{ id: 'cheung~white-house', text: 'works for', rect: box(80, 60, 40, 12), lines: [line] },
			['link label “works for” sits 28 px from its line (cheung~white-house)']
		],
		[
			'near one of its drawn lines',
			{
				id: 'a~b',
				text: 'x',
				rect: box(80, 20, 40, 12),
				lines: [
					line,
					[
						{ x: 0, y: 30 },
						{ x: 200, y: 30 }
					]
				]
			},
			[]
		],
		[
			'with no line',
			{ id: 'a~b', text: 'x', rect: box(80, 20, 40, 12), lines: [] },
			['link label “x” has no line (a~b)']
		]
	])('%s', (_case, label, expected) => {
		expect(linkLabelsOffTheirLines([label])).toEqual(expected);
	});
});
