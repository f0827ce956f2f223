/**
 * Renders the whole-feature embed to static HTML on the server (at build time), as
 * islands/renderStoryPage.ts does for the story page, but stacked (EmbedStory.svelte). In the
 * browser the embed route hydrates only the islands, once a host loader asks for the pinned
 * layout or the page turns out not to be framed.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import Island from '../islands/Island.svelte';
import { ISLANDS_KEY } from '../model/islandContext';
import { stripHydrationMarkers } from '../islands/hydrationMarkers';
import type { Story } from '../model/schema';
import EmbedStory from './EmbedStory.svelte';

export function renderEmbedStory(story: Story, content: Component): { body: string } {
	const { body } = render(EmbedStory, {
		props: { story, content },
		context: new Map([[ISLANDS_KEY, Island]])
	});
	// Only the islands are ever hydrated, each from its own markers.
	return { body: stripHydrationMarkers(body) };
}
