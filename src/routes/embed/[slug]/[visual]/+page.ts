import { browser } from '$app/environment';
import { loadSectionVisual } from '$lib/visuals/catalog';
import type { SectionVisual } from '$lib/visuals/types';
import type { PageLoad } from './$types';

/** Loads the code of this embed's kind of visual only, on the server and in the browser. */
export const load: PageLoad = async ({ data }) => ({
	...data,
	drawn: (await loadSectionVisual(data.visual)) as SectionVisual,
	// The list of sources is written once, by the server; in the browser a space (not an empty
	// string) keeps the server's HTML as it is when the page hydrates.
	sourcesHtml: browser
		? ' '
		: (await import('$lib/embed/renderEmbedSources')).renderEmbedSources(data.story)
});
