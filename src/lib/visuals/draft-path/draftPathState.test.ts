import { describe, expect, it } from 'vitest';
import { loadStory } from '../../build/loader';
import type { SectionOf, Story } from '../../model/schema';
import {
	draftPathState,
	flowsAheadOfTheirStages,
	idsInPhase,
	wholePathState,
	type DraftPathStepLike
} from './draftPathState';

const stageIds = ['a', 'b', 'c', 'd'];
const flows = [
	{ id: 'ab', from: 'a', to: 'b' },
	{ id: 'cd', from: 'c', to: 'd' }
];
const steps: DraftPathStepLike[] = [
	{ stages: ['a'] },
	{ stages: ['b'], flows: ['ab'] },
	{ stages: ['c', 'd'], flows: ['cd'] }
];

describe('draftPathState', () => {
	it('lights the step’s stages and flows, keeps earlier ones drawn, leaves the rest upcoming', () => {
		const state = draftPathState(steps, 1, stageIds, flows);
		expect(idsInPhase(state.stages, 'lit')).toEqual(['b']);
		expect(idsInPhase(state.stages, 'drawn')).toEqual(['a']);
		expect(idsInPhase(state.stages, 'upcoming')).toEqual(['c', 'd']);
		expect(idsInPhase(state.flows, 'lit')).toEqual(['ab']);
		expect(idsInPhase(state.flows, 'upcoming')).toEqual(['cd']);
	});

	it('draws the path step by step, and scrolling back gives the earlier picture again', () => {
		const forward = steps.map((_, i) => draftPathState(steps, i, stageIds, flows));
		expect(forward.map((s) => idsInPhase(s.stages, 'upcoming').length)).toEqual([3, 2, 0]);
		const back = draftPathState(steps, 0, stageIds, flows);
		expect(back).toEqual(forward[0]);
		expect(idsInPhase(back.flows, 'upcoming')).toEqual(['ab', 'cd']);
	});

	it('clamps the index to the steps there are', () => {
		expect(draftPathState(steps, -3, stageIds, flows)).toEqual(
			draftPathState(steps, 0, stageIds, flows)
		);
		expect(draftPathState(steps, 99, stageIds, flows)).toEqual(
			draftPathState(steps, 2, stageIds, flows)
		);
	});

	it('never draws a flow to nothing: its ends are at least drawn', () => {
		const early: DraftPathStepLike[] = [{ stages: ['a'], flows: ['cd'] }];
		const state = draftPathState(early, 0, stageIds, flows);
		expect(state.stages.get('c')).toBe('drawn');
		expect(state.stages.get('d')).toBe('drawn');
		expect(flowsAheadOfTheirStages(early, flows)).toEqual([
			{ step: 0, flow: 'cd', stage: 'c' },
			{ step: 0, flow: 'cd', stage: 'd' }
		]);
	});

	it('draws everything for the whole path', () => {
		const state = wholePathState(stageIds, flows);
		expect(idsInPhase(state.stages, 'drawn')).toEqual(stageIds);
		expect(idsInPhase(state.flows, 'drawn')).toEqual(['ab', 'cd']);
	});
});

function draftPathSections(story: Story): SectionOf<'draft-path'>[] {
	return story.sections.filter((s): s is SectionOf<'draft-path'> => s.visual === 'draft-path');
}

describe.each(['stories/american-plan', 'tests/fixtures/stories/harbour-vote'])(
	'the draft-path sections of %s',
	(dir) => {
		const story = loadStory(dir);
		const sections = draftPathSections(story);
		const ids = story.stages.map((s) => s.id);

		it('has one', () => expect(sections.length).toBeGreaterThan(0));

		it('tells the path in order: no step lights a flow before both its ends appear', () => {
			for (const section of sections)
				expect(flowsAheadOfTheirStages(section.steps, story.flows)).toEqual([]);
		});

		it('has drawn every stage by its last step', () => {
			for (const section of sections) {
				const last = draftPathState(section.steps, section.steps.length - 1, ids, story.flows);
				expect(idsInPhase(last.stages, 'upcoming')).toEqual([]);
			}
		});
	}
);

describe('the flagship’s steps', () => {
	const story = loadStory('stories/american-plan');
	const section = draftPathSections(story)[0]!;
	const ids = story.stages.map((s) => s.id);
	const lit = (index: number) => {
		const state = draftPathState(section.steps, index, ids, story.flows);
		return { stages: idsInPhase(state.stages, 'lit'), flows: idsInPhase(state.flows, 'lit') };
	};

	it('starts with the plan, alone', () => {
		expect(lit(0)).toEqual({ stages: ['us-plan'], flows: [] });
	});

	it('lights both accounts of authorship, each flowing into the plan', () => {
		expect(lit(1)).toEqual({
			stages: ['us-drafting', 'proposal-received', 'us-plan'],
			flows: ['drafting-to-plan', 'proposal-to-plan']
		});
	});

	it('lights the claims and both calls, with no flow from the Oct 29 call', () => {
		expect(lit(3)).toEqual({
			stages: ['earlier-draft', 'call-1', 'call-2'],
			flows: ['draft-to-plan']
		});
	});
});
