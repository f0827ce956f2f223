import { getStory } from 'virtual:site/server-story';
import { components } from 'virtual:scrolly/story-components';
import type { PageLoad } from './$types';

/**
 * A story page is static HTML: rendered here, on the server, at build time, and never hydrated.
 * Without SvelteKit's router and hydration, its first load runs one small script
 * (src/site/storyPage.client.ts), which brings the islands to life as the reader nears them.
 */
export const csr = false;

export const load: PageLoad = async ({ data }) => {
	const [{ renderStoryPage, renderStoryHead }, module] = await Promise.all([
		_renderer(),
		components[data.story.slug]!()
	]);
	const { body } = renderStoryPage(getStory(data.story.slug), module.default);
	return {
		...data,
		body,
		head: renderStoryHead(data.story, data.addresses, data.oembed, data.editions)
	};
};

// Kept reachable in the browser build, though the browser never runs this load: SvelteKit then
// links the stylesheets of the server-rendered components in the page's <head> (no flash of
// unstyled content), and the build writes the page's script as a chunk of its own, which
// src/build/storyScript.js finds in the build's manifest and adds to each story page.
export const _renderer = () => import('$lib/story/renderStoryPage');
export const _stories = components;
export const _script = () => import('$site/storyPage.client');
