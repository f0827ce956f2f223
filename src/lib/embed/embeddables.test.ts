import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { loadStory } from '../build/loader';
import {
	embeddableHead,
	embeddables,
	isVisualKind,
	storyForVisual,
	storyStepIds,
	visualKinds,
	visualSteps
} from './embeddables';

const flagship = loadStory('stories/american-plan');
/** The builder's words are the site's (src/site/words); any will do here. */
const t = {
	...en,
	builder: {
		feature: 'The whole feature',
		featureDescription: (steps: number, sections: number) => `${steps} steps, ${sections} sections`,
		visualSteps: (steps: number) => `${steps} steps.`
	}
};
const fixture = loadStory('tests/fixtures/stories/harbour-vote');

describe('what a story offers to embed', () => {
	it('lists the whole feature, then each kind of visual once, in story order', () => {
		expect(visualKinds(flagship)).toEqual(['timeline', 'transcript', 'draft-path', 'network']);
		// A kind used by two sections is offered once, where it first appears.
		const timeline = fixture.sections.find((s) => s.visual === 'timeline')!;
		const transcript = fixture.sections.find((s) => s.visual === 'transcript')!;
		const twoTimelines = { sections: [timeline, transcript, { ...timeline, id: 'again' }] };
		expect(visualKinds(twoTimelines)).toEqual(['timeline', 'transcript']);
		expect(isVisualKind(twoTimelines, 'network')).toBe(false);
		expect(isVisualKind(twoTimelines, 'timeline')).toBe(true);
		expect(isVisualKind(twoTimelines, 'nonsense')).toBe(false);

		const offered = embeddables(fixture, t).map((e) => [e.id, e.path, e.oembedPath]);
		expect(offered[0]).toEqual([
			'feature',
			'embed/harbour-vote/',
			'embed/harbour-vote/oembed.json'
		]);
		expect(offered.slice(1)).toEqual(
			visualKinds(fixture).map((kind) => [
				kind,
				`embed/harbour-vote/${kind}/`,
				`embed/harbour-vote/${kind}/oembed.json`
			])
		);
	});

	it('gives an embed page’s head the title and oEmbed path of its entry in the list', () => {
		for (const entry of embeddables(fixture, t))
			expect(embeddableHead(fixture, entry.id)).toEqual({
				title: entry.title,
				oembedPath: entry.oembedPath
			});
		expect(embeddableHead(fixture, 'timeline').title).toBe(`Timeline: ${fixture.meta.title}`);
	});

	it('steps a visual through every section of its kind (both calls for the transcript)', () => {
		const steps = visualSteps(flagship, 'transcript');
		const sections = flagship.sections.filter((s) => s.visual === 'transcript');
		expect(sections.length).toBe(2);
		expect(steps.length).toBe(sections[0]!.steps.length + sections[1]!.steps.length);
		expect(steps[0]).toMatchObject({ section: { id: sections[0]!.id }, stepIndex: 0 });
		expect(steps.at(-1)).toMatchObject({
			section: { id: sections[1]!.id },
			stepIndex: sections[1]!.steps.length - 1
		});
	});

	it("numbers the story's steps in reading order", () => {
		const ids = storyStepIds(fixture);
		// The first two sections, in the order the story tells them.
		expect(ids.slice(0, 6)).toEqual([
			'hv-proposal',
			'hv-debate',
			'hv-vote',
			'hv-call-count',
			'hv-call-lights',
			'hv-call-minutes'
		]);
		expect(ids.length).toBe(fixture.sections.reduce((n, s) => n + s.steps.length, 0));
		expect(new Set(storyStepIds(flagship)).size).toBe(storyStepIds(flagship).length);
	});
});

describe('storyForVisual', () => {
	const layouts = { network: { narrow: {} }, draftPath: { stages: [] } } as unknown as NonNullable<
		typeof flagship.layouts
	>;
	const laidOut = { ...flagship, layouts };

	it.each([
		['network', ['network']],
		['draft-path', ['draftPath']],
		['transcript', undefined],
		['timeline', undefined]
	] as const)('keeps for a %s only its own layout', (kind, kept) => {
		const story = storyForVisual(laidOut, kind);
		expect(story.layouts && Object.keys(story.layouts)).toEqual(kept);
		if (kept) expect(story.layouts![kept[0]]).toBe(layouts[kept[0]]);
		expect(story.sections).toEqual(flagship.sections.filter((s) => s.visual === kind));
	});

	it('adds no layouts to a story without them', () => {
		const { layouts: _none, ...bare } = laidOut;
		expect(storyForVisual(bare, 'network')).not.toHaveProperty('layouts');
	});
});
