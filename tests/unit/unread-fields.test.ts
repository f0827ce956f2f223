/**
 * A field the schema accepts but nothing draws is a promise the package does not keep: an author
 * fills it in and no reader ever sees it. The flagship and the fixture story are rendered as the
 * build renders them (build-time layouts, page, head, whole-feature and single-visual embeds,
 * share card, the explorer's panel of each node) from a copy that notes every field read, with a
 * claimant and a denial on every record so that their handling is exercised too. Every field of
 * the schema must be among those read, or be listed below with the reason nothing draws it.
 */
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import { renderEmbedStory } from '../../src/lib/embed/renderEmbedStory';
import VisualEmbed from '../../src/lib/embed/VisualEmbed.svelte';
import { sectionVisuals } from '../../src/lib/visuals/registry';
import type { SectionVisual } from '../../src/lib/visuals/types';
import { renderStoryPage } from '../../src/lib/story/renderStoryPage';
import { shareCard } from '../../src/site/shareCard.server';
import { addLayouts } from '../../src/site/stories.server';
import { loadStory } from '../../src/lib/build/loader';
import StoryHead from '../../src/lib/story/StoryHead.svelte';
import { storyContextMap } from '../../src/lib/model/context';
import { fieldPaths, recordReads, storyFieldPaths, withEveryProvenanceField } from './fieldReads';
import NetworkDetails from '../../src/lib/visuals/network/NetworkDetails.svelte';
import { z } from 'zod';

/** Fields that no renderer needs to read, each with its reason. */
const NOT_DRAWN: Record<string, string> = {
	'reactions[].entity':
		'ties a reaction to its person in entities.yaml, a reference the loader checks (and counts as a use of the person); the card shows the name and role the reaction gives',
	'stages[].event':
		'ties a stage of the draft path to its event on the timeline, a reference the loader checks'
};

describe('fieldPaths and recordReads', () => {
	it('name every field of a schema, items of a list as []', () => {
		const schema = z.strictObject({
			a: z.string(),
			b: z.array(z.strictObject({ c: z.string().optional() })).default([]),
			d: z.union([z.strictObject({ e: z.number() }), z.strictObject({ f: z.number() })])
		});
		expect([...fieldPaths(schema, 'x')].sort()).toEqual([
			'x.a',
			'x.b',
			'x.b[].c',
			'x.d',
			'x.d.e',
			'x.d.f'
		]);
	});

	it('note a field once read, and not the fields of a list only iterated', () => {
		const reads = new Set<string>();
		const data = recordReads({ a: 1, b: [{ c: 2, d: 3 }], e: { f: 4 } }, reads);
		void data.a;
		void data.b.map((item) => item.c);
		void data.b.length;
		void data.e;
		expect([...reads].sort()).toEqual(['a', 'b', 'b[].c', 'e']);
	});
});

const A = { canonical: 'https://x.test/a/', image: 'https://x.test/a.png', siteName: 'X' };

it('every field of the schema is read by what the build renders from the stories', async () => {
	// Claimants added to every flow crowd the draft path's labels; the build's warning is not news.
	vi.spyOn(console, 'warn').mockImplementation(() => {});
	const reads = new Set<string>();
	const stories = {
		'stories/american-plan': () => import('../../stories/american-plan/story.svx'),
		'tests/fixtures/stories/harbour-vote': () =>
			import('../fixtures/stories/harbour-vote/story.svx')
	};
	for (const [dir, svx] of Object.entries(stories)) {
		// Wrapped before the build-time layouts (they read the data too) and after (the layouts'
		// copy of the story is what the page reads).
		const data = recordReads(withEveryProvenanceField(loadStory(dir)), reads);
		const story = recordReads(addLayouts(data), reads);
		const { default: content } = await svx();
		renderStoryPage(story, content);
		renderEmbedStory(story, content);
		// The render is lazy: it runs once its head or body is read.
		void render(StoryHead, { props: { story, addresses: A } }).head;
		shareCard(story, 'X');
		// Each single-visual embed.
		for (const { visual } of story.sections)
			void render(VisualEmbed, {
				props: { story, visual, drawn: sectionVisuals[visual] as SectionVisual }
			}).body;
		// What the network's explorer shows of each person or body a reader opens.
		const names = new Map(story.entities.map((e) => [e.id, e.name]));
		for (const entity of story.entities)
			void render(NetworkDetails, {
				props: { entity, links: story.links, names, onfollow: () => {} },
				context: storyContextMap(story)
			}).body;
	}
	// A field reached through a copy (a spread record) counts once something inside it is read.
	const read = (path: string) => [...reads].some((r) => r === path || r.startsWith(`${path}.`));
	const unread = storyFieldPaths().filter((path) => !read(path) && !(path in NOT_DRAWN));
	expect(unread).toEqual([]);
}, 60_000);
