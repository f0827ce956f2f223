import { browser, dev } from '$app/environment';
import { components } from 'virtual:scrolly/story-components';
import type { PageLoad } from './$types';

/**
 * The story is rendered to static HTML here, at build time, stacked (see EmbedStory.svelte). In
 * the browser this load returns no markup: the page keeps the server's HTML.
 */
export const load: PageLoad = async ({ data }) => {
	if (browser) {
		// In development only, as the story route does: keeps the components styled.
		if (dev) await Promise.all([_renderer(), components[data.story.slug]!()]);
		return { ...data, body: ' ' };
	}
	const [{ renderEmbedStory }, module] = await Promise.all([
		_renderer(),
		components[data.story.slug]!()
	]);
	return { ...data, ...renderEmbedStory(data.story, module.default) };
};

// Reachable in the browser build, though never called there, so that SvelteKit links the
// stylesheets of the server-rendered components in the page's <head> (as the story route does).
export const _renderer = () => import('$lib/embed/renderEmbedStory');
export const _stories = components;
