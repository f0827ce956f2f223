import { describe, expect, it } from 'vitest';
import { stillState } from './stillState';

describe('stillState', () => {
	const steps = [{ id: 'a' }, { id: 'b' }];

	it('names the step at the index, reached and without motion', () => {
		expect(stillState(steps, 1)).toEqual({
			index: 1,
			id: 'b',
			progress: 1,
			direction: 'down',
			stacked: false,
			reducedMotion: true
		});
	});

	it('takes a stacked copy or motion when asked', () => {
		const state = stillState(steps, 0, { stacked: true, reducedMotion: false });
		expect([state.id, state.stacked, state.reducedMotion]).toEqual(['a', true, false]);
	});
});
