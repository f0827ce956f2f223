import { describe, expect, it } from 'vitest';
import type { GraphicState } from '../scrolly/types';
import { isNewState } from './storyIslands';

const state: GraphicState = {
	index: 2,
	id: 'b',
	progress: 0.25,
	direction: 'down',
	stacked: false,
	reducedMotion: false
};

describe('isNewState: what a graphic island is given while the reader scrolls', () => {
	it.each([
		['the first state', undefined, state, false, true],
		['the same state', state, { ...state }, false, false],
		[
			'progress alone, to a visual drawn per step',
			state,
			{ ...state, progress: 0.5 },
			false,
			false
		],
		['progress alone, to a visual that follows it', state, { ...state, progress: 0.5 }, true, true],
		['another step', state, { ...state, index: 3, id: 'c', progress: 0 }, false, true],
		['another direction', state, { ...state, direction: 'up' as const }, false, true],
		['the stacked layout', state, { ...state, stacked: true }, false, true],
		['reduced motion', state, { ...state, reducedMotion: true, progress: 1 }, false, true]
	])('%s', (_what, last, next, followsProgress, expected) => {
		expect(isNewState(last, next, followsProgress)).toBe(expected);
	});
});
