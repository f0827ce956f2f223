/**
 * Renders a whole story page to static HTML on the server (at build time). The prose, the
 * headline and the sources stay plain HTML in the reader's browser; only the islands inside
 * (each section's sticky graphic) are hydrated, lazily. This keeps the page's first-load
 * JavaScript close to that of a bare SvelteKit page.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import StoryPage from '../story/StoryPage.svelte';
import type { Story } from '../story/schema';
import Island from './Island.svelte';
import { ISLANDS_KEY } from './context';
import { stripHydrationMarkers } from './hydrationMarkers';

export function renderStoryPage(story: Story, content: Component): { body: string; head: string } {
	const { body, head } = render(StoryPage, {
		props: { story, content, lazyLayout: true },
		// Never hydrated: each step's still waits in <noscript> until the engine restores it
		// (scrolly/stills.ts).
		context: new Map<unknown, unknown>([[ISLANDS_KEY, Island]])
	});
	// Only the islands are ever hydrated, each from its own markers.
	return { body: stripHydrationMarkers(body), head };
}
