import { describe, expect, it } from 'vitest';
import type { GraphicState } from '../scrolly/types';
import { graphicStateChanged } from './islandUpdates';

const state: GraphicState = {
	index: 2,
	id: 'step-2',
	progress: 0.4,
	direction: 'down',
	stacked: false,
	reducedMotion: false
};

describe('graphicStateChanged', () => {
	it.each<[string, Partial<GraphicState> | undefined, boolean, boolean]>([
		['the first state', undefined, false, true],
		['the same state', {}, false, false],
		['progress alone, a visual that does not follow it', { progress: 0.9 }, false, false],
		['progress alone, a visual that follows it', { progress: 0.9 }, true, true],
		['another step', { index: 3, id: 'step-3' }, false, true],
		['the direction', { direction: 'up' }, false, true],
		['stacked', { stacked: true }, false, true],
		['reduced motion', { reducedMotion: true }, false, true]
	])('%s', (_, change, followsProgress, expected) => {
		const previous = change === undefined ? undefined : state;
		expect(graphicStateChanged(previous, { ...state, ...change }, followsProgress)).toBe(expected);
	});
});
