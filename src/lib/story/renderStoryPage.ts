/**
 * Renders a whole story page to static HTML on the server (at build time). The prose, the
 * headline and the sources stay plain HTML in the reader's browser; only the islands inside
 * (each section's sticky graphic) are hydrated, lazily. This keeps the page's first-load
 * JavaScript close to that of a bare SvelteKit page.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import StoryHead from './StoryHead.svelte';
import StoryPage from './StoryPage.svelte';
import type { StoryAddresses } from './publishing';
import type { Story } from '../model/schema';
import Island from '../islands/Island.svelte';
import { ISLANDS_KEY } from '../model/islandContext';
import { stripHydrationMarkers } from '../islands/hydrationMarkers';

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

/**
 * The story page's `<head>` tags (title, description, share cards, structured data), as HTML.
 * They never change in the browser, so the page writes them as they are instead of hydrating
 * StoryHead: its code stays out of the page's first load.
 */
export function renderStoryHead(
	story: Pick<Story, 'meta'>,
	addresses: StoryAddresses,
	oembed?: string,
	editions?: readonly { locale: string; href: string }[]
): string {
	return render(StoryHead, { props: { story, addresses, oembed, editions } }).head;
}
