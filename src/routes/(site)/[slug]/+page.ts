import { browser, dev } from '$app/environment';
import { getStory } from 'virtual:site/server-story';
import { components } from 'virtual:scrolly/story-components';
import type { PageLoad } from './$types';

/**
 * The story is rendered to static HTML here, on the server, at build time. In the browser this
 * load returns no markup: the page keeps the server's HTML and only hydrates its islands.
 */
export const load: PageLoad = async ({ data }) => {
	if (browser) {
		// In development only: SvelteKit takes the server render's styles out of the page as it
		// starts, and only modules the browser imports bring theirs back. Importing these here
		// keeps the story's components styled under `npm run dev`.
		if (dev) await Promise.all([_renderer(), components[data.story.slug]!()]);
		// A space, not an empty string: hydration then keeps the server's HTML as it is.
		return { ...data, body: ' ', head: ' ' };
	}
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

// Kept reachable in the browser build, though never called there, so that SvelteKit links the
// stylesheets of the server-rendered components in the page's <head> (no flash of unstyled
// content). Neither is downloaded by the browser.
export const _renderer = () => import('$lib/story/renderStoryPage');
export const _stories = components;
