/**
 * The site's stories, validated at build time by the scrolly-stories Vite plugin.
 * Server-only: the data reaches the browser as page data, never as an import.
 */
import { error } from '@sveltejs/kit';
import { stories } from 'virtual:scrolly/stories';
import type { Story, StorySummary } from '$lib/story/schema';
import { layoutNetworks } from '$lib/visuals/network/layout';
import { storyLayoutOptions, storyNetwork } from '$lib/visuals/network/storyNetwork';
import { draftPathData } from '$lib/visuals/draft-path/fromStory';
import { prepareDraftPath } from '$lib/visuals/draft-path/prepare';
import { siteFromEnv } from './site';

/** A story without a byline of its own is credited with the publisher's (site.ts). */
function withByline<S extends { meta: Story['meta'] }>(story: S): S {
	if (story.meta.byline) return story;
	return { ...story, meta: { ...story.meta, byline: siteFromEnv().byline } };
}

export function listStories(): StorySummary[] {
	return stories.map(withByline).map(({ slug, meta }) => ({
		slug,
		title: meta.title,
		dek: meta.dek,
		byline: meta.byline,
		published: meta.published,
		updated: meta.updated,
		summary: meta.summary,
		kicker: meta.kicker
	}));
}

const complete = new Map<string, Story>();

/** Adds what visuals compute once at build time: the network's positions, the draft path's
 * layout and label places. */
export function addLayouts(story: Story): Story {
	const shows = (visual: string) => story.sections.some((section) => section.visual === visual);
	if (!shows('network') && !shows('draft-path')) return story;
	return {
		...story,
		layouts: {
			...(shows('network') && { network: networkLayout(story) }),
			...(shows('draft-path') && { draftPath: draftPathLayout(story) })
		}
	};
}

/** The network's positions, computed from its plain arrays. */
function networkLayout(story: Story) {
	const { nodes, links } = storyNetwork(story.entities, story.links);
	return layoutNetworks(nodes, links, storyLayoutOptions(story));
}

/** The draft path's layout; where a label could not be placed clear of everything, the build
 * says so (the picture is drawn all the same, and the unit tests hold the flagship to none). */
function draftPathLayout(story: Story) {
	const layout = prepareDraftPath(draftPathData(story));
	if (layout.unresolved.length)
		console.warn(
			`stories/${story.slug}/data/stages.yaml: the draft path's labels touch (${layout.unresolved.slice(0, 3).join('; ')}${layout.unresolved.length > 3 ? '; …' : ''}): shorten a label, or give its lane fewer stages`
		);
	return layout;
}

export function getStory(slug: string): Story {
	const story = stories.find((s) => s.slug === slug);
	if (!story) error(404, `No story "${slug}"`);
	let done = complete.get(slug);
	if (!done) {
		done = addLayouts(withByline(story));
		complete.set(slug, done);
	}
	return done;
}
