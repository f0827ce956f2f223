import { describe, expect, it } from 'vitest';
import type { CallLine, StepOf } from '../../model/schema';
import {
	scrollShift,
	splitAtHighlight,
	transcriptState,
	type TranscriptState
} from './transcriptState';

const line = (id: string, text: string, kind: CallLine['kind'] = 'verbatim'): CallLine => ({
	id,
	speaker: 'a',
	kind,
	text,
	status: 'documented',
	sources: ['s']
});

const call = {
	lines: [
		line('one', 'We could start with the harbour.'),
		line('two', 'Then the pier, and maybe the market.'),
		line('three', 'She said the vote was close.', 'paraphrase'),
		line('four', 'Seven to four.')
	]
};

type Step = Pick<StepOf<'transcript'>, 'lines' | 'highlight'>;
const steps: Step[] = [
	{ lines: ['one'], highlight: { line: 'one', phrase: 'the harbour' } },
	{ lines: ['two', 'three'], highlight: { line: 'two', phrase: 'maybe the market' } },
	{ lines: [], highlight: { line: 'two', phrase: 'the pier' } },
	{ lines: ['four'] }
];

const phases = (state: TranscriptState) =>
	Object.fromEntries(Object.entries(state.lines).map(([id, v]) => [id, v.phase]));
const dimmed = (state: TranscriptState) =>
	Object.entries(state.lines)
		.filter(([, v]) => v.dimmed)
		.map(([id]) => id);

describe('transcriptState', () => {
	it('shows the first step’s lines as new and hides the rest', () => {
		const state = transcriptState(call, steps, { index: 0 });
		expect(phases(state)).toEqual({
			one: 'new',
			two: 'hidden',
			three: 'hidden',
			four: 'hidden'
		});
		expect(state.visible).toEqual(['one']);
		expect(dimmed(state)).toEqual([]);
	});

	it('keeps earlier lines, dimmed, and shows the step’s lines as new', () => {
		const state = transcriptState(call, steps, { index: 1 });
		expect(phases(state)).toEqual({ one: 'earlier', two: 'new', three: 'new', four: 'hidden' });
		expect(state.visible).toEqual(['one', 'two', 'three']);
		expect(dimmed(state)).toEqual(['one']);
	});

	it('does not dim an earlier line that the step highlights again', () => {
		const state = transcriptState(call, steps, { index: 2 });
		expect(phases(state)).toEqual({
			one: 'earlier',
			two: 'earlier',
			three: 'earlier',
			four: 'hidden'
		});
		expect(dimmed(state)).toEqual(['one', 'three']);
		expect(state.focus).toBe('two');
	});

	it('lists visible lines in the call’s order, whatever order the step names them in', () => {
		const state = transcriptState(call, [{ lines: ['four', 'one'] }], { index: 0 });
		expect(state.visible).toEqual(['one', 'four']);
		expect(state.focus).toBe('four');
	});

	it('undoes a step exactly when the reader scrolls back', () => {
		const forward = transcriptState(call, steps, { index: 1 });
		transcriptState(call, steps, { index: 3 });
		const back = transcriptState(call, steps, { index: 1 });
		expect(back).toEqual(forward);
	});

	it('clamps an index outside the steps', () => {
		expect(transcriptState(call, steps, { index: -2 }).visible).toEqual(['one']);
		expect(transcriptState(call, steps, { index: 99 }).visible).toEqual([
			'one',
			'two',
			'three',
			'four'
		]);
	});

	it('shows nothing when there are no steps', () => {
		const state = transcriptState(call, [], { index: 0 });
		expect(state.visible).toEqual([]);
		expect(state.highlight).toBeUndefined();
		expect(state.focus).toBeUndefined();
	});

	it('finds the highlighted phrase in its line', () => {
		const { highlight } = transcriptState(call, steps, { index: 1 });
		expect(highlight).toMatchObject({ line: 'two', phrase: 'maybe the market', start: 19 });
		expect(call.lines[1]!.text.slice(highlight!.start, highlight!.end)).toBe('maybe the market');
	});

	it('keeps lines and highlight still in static copies and under reduced motion', () => {
		const reduced = transcriptState(call, steps, { index: 0, reducedMotion: true });
		expect(reduced.motion).toBe(false);
		expect(reduced.live).toBe(true);
		const stacked = transcriptState(call, steps, { index: 0, stacked: true });
		expect(stacked.motion).toBe(false);
		expect(stacked.live).toBe(false);
		const moving = transcriptState(call, steps, { index: 0 });
		expect(moving.motion).toBe(true);
		expect(moving.live).toBe(true);
		// What is shown does not depend on motion.
		expect(stacked.lines).toEqual(moving.lines);
		expect(stacked.highlight).toEqual(moving.highlight);
	});

	it('has no highlight when the step has none', () => {
		const state = transcriptState(call, steps, { index: 3 });
		expect(state.highlight).toBeUndefined();
		expect(state.focus).toBe('four');
	});

	it('drops a highlight whose phrase is not in its line, or whose line is not shown', () => {
		const wrong: Step[] = [{ lines: ['one'], highlight: { line: 'one', phrase: 'the pier' } }];
		expect(transcriptState(call, wrong, { index: 0 }).highlight).toBeUndefined();
		const early: Step[] = [{ lines: ['one'], highlight: { line: 'two', phrase: 'the pier' } }];
		expect(transcriptState(call, early, { index: 0 }).highlight).toBeUndefined();
	});

	it('focuses the highlighted line even when later lines arrive with it', () => {
		const state = transcriptState(
			call,
			[{ lines: ['one', 'two'], highlight: { line: 'one', phrase: 'harbour' } }],
			{ index: 0 }
		);
		expect(state.focus).toBe('one');
	});
});

describe('splitAtHighlight', () => {
	it('cuts the text around the phrase without losing a character', () => {
		const text = 'Then the pier, and maybe the market.';
		const pieces = splitAtHighlight(text, { start: 5, end: 13 });
		expect(pieces).toEqual([
			{ text: 'Then ', marked: false },
			{ text: 'the pier', marked: true },
			{ text: ', and maybe the market.', marked: false }
		]);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
	});

	it('leaves no empty pieces at either end', () => {
		expect(splitAtHighlight('Seven to four.', { start: 0, end: 14 })).toEqual([
			{ text: 'Seven to four.', marked: true }
		]);
	});

	it('returns the whole text when there is no highlight or it is out of range', () => {
		expect(splitAtHighlight('abc', undefined)).toEqual([{ text: 'abc', marked: false }]);
		expect(splitAtHighlight('abc', { start: 1, end: 9 })).toEqual([{ text: 'abc', marked: false }]);
	});
});

describe('scrollShift', () => {
	it('does not move lines that fit', () => {
		expect(scrollShift([100, 80, 0], 1, 400)).toBe(0);
	});

	it('slides overflowing lines up so the last one ends at the bottom', () => {
		expect(scrollShift([200, 150, 120], 2, 400)).toBe(70);
	});

	it('keeps the focus line’s top in view rather than the last line’s bottom', () => {
		// Focus on the second line, whose top is at 200: shifting by 270 would hide it.
		expect(scrollShift([200, 150, 320], 1, 400)).toBe(200);
	});

	it('ignores hidden lines (height 0)', () => {
		expect(scrollShift([200, 0, 250, 0], 2, 400)).toBe(50);
	});

	it('does nothing before the frame is measured', () => {
		expect(scrollShift([500, 500], 1, 0)).toBe(0);
	});

	it('shows the bottom when there is no focus line', () => {
		expect(scrollShift([300, 300], -1, 400)).toBe(200);
	});

	it('slides a focus line taller than the frame until its highlighted words show', () => {
		// Focus line: top at 100, 600 tall; its words at 450–480 within it.
		expect(scrollShift([100, 600], 1, 400, { top: 450, bottom: 480 })).toBe(180);
		// Words near the line's top are already in view: keep the line's top in view.
		expect(scrollShift([100, 600], 1, 400, { top: 10, bottom: 40 })).toBe(100);
	});

	it('never pushes the highlighted words’ top out to show their bottom', () => {
		// Words 500 tall in a 400 frame: their top is kept in view.
		expect(scrollShift([0, 900], 1, 400, { top: 200, bottom: 700 })).toBe(200);
	});
});
