import { describe, expect, it } from 'vitest';
import { loadStory } from '../build/loader';
import { groupSources } from './sourceGroups';

describe('groupSources', () => {
	it('puts records first and commentary last, and loses no source', () => {
		const story = loadStory('stories/american-plan');
		const groups = groupSources(story.sources);
		expect(groups.map((g) => g.id)).toEqual(['records', 'news', 'reference', 'commentary']);
		expect(groups.flatMap((g) => g.sources).length).toBe(story.sources.length);
		expect(groups.at(-1)!.sources.map((s) => s.id)).toEqual(['source-article']);
	});
});
