/**
 * A single visual's embed writes into its page only what the visual reads (storyForVisual: the
 * collections its declaration `reads`, its sections, the sources they cite, its layout). This
 * draws every step of every such section, and its text alternative, from that and from the whole
 * story, as the build lays them out: a visual that reads a collection it does not declare draws
 * differently here (or throws) instead of breaking in a reader's browser when it hydrates.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import { storyForVisual, visualKinds, visualSteps } from '../../src/lib/embed/embeddables';
import { loadStory } from '../../src/lib/build/loader';
import { storyContextMap } from '../../src/lib/model/context';
import type { Story } from '../../src/lib/model/schema';
import type { GraphicState } from '../../src/lib/scrolly/types';
import { sectionVisuals } from '../../src/lib/visuals/registry';
import type { SectionVisual } from '../../src/lib/visuals/types';
import { addLayouts } from '../../src/site/stories.server';

// The build's warnings about crowded labels are not this test's news.
vi.spyOn(console, 'warn').mockImplementation(() => {});
const STORIES = ['stories/american-plan', 'tests/fixtures/stories/harbour-vote'].map((dir) =>
	addLayouts(loadStory(dir))
);

/** A component's server render with the story in context, as the embed's page has it. */
const draw = (component: unknown, story: Story, props: Record<string, unknown>) =>
	render(component as Component<Record<string, unknown>>, {
		props: { story, ...props },
		context: storyContextMap(story)
	}).body;

describe.each(STORIES.map((story) => [story.slug, story] as const))('%s', (_slug, whole) => {
	it.each(visualKinds(whole))('the %s embed draws every step from what it keeps', (kind) => {
		const kept = storyForVisual(whole, kind);
		const { graphic, text } = sectionVisuals[kind] as SectionVisual;
		const listed = new Set(kept.sources.map((s) => s.id));
		/** Each source a drawing links to is in the list under the embed. */
		const linksListed = (html: string) => {
			for (const [, id] of html.matchAll(/href="#source-([^"]+)"/g))
				expect(listed, `#source-${id} in the ${kind} embed`).toContain(id);
			return html;
		};
		for (const { section, step, stepIndex } of visualSteps(whole, kind)) {
			const state: GraphicState = {
				index: stepIndex,
				id: step.id,
				progress: 1,
				direction: 'down',
				stacked: false,
				reducedMotion: false
			};
			const own = kept.sections.find((s) => s.id === section.id);
			expect(linksListed(draw(graphic, kept, { section: own, graphic: state })), step.id).toBe(
				draw(graphic, whole, { section, graphic: state })
			);
			if (stepIndex === 0)
				expect(linksListed(draw(text, kept, { section: own })), section.id).toBe(
					draw(text, whole, { section })
				);
		}
	});

	it('keeps of the story only what its visual reads, and the sources those cite', () => {
		const kept = storyForVisual(whole, 'timeline');
		expect(kept.events).toBe(whole.events);
		expect([kept.entities, kept.links, kept.calls, kept.stages, kept.flows]).toEqual([
			[],
			[],
			[],
			[],
			[]
		]);
		expect(kept.sections.every((s) => s.visual === 'timeline')).toBe(true);
		const cited = new Set(kept.events.flatMap((e) => e.sources));
		for (const source of kept.sources) expect(whole.sources).toContain(source);
		for (const id of cited) expect(kept.sources.map((s) => s.id)).toContain(id);
	});
});

it("leaves out of the flagship's timeline embed the sources its events do not cite", () => {
	const [flagship] = STORIES;
	expect(storyForVisual(flagship!, 'timeline').sources.length).toBeLessThan(
		flagship!.sources.length
	);
});
