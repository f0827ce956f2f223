import { absoluteUrl, siteFromEnv } from '$lib/server/site';
import { getStory, listStories } from '$lib/server/stories';
import type { StoryAddresses } from '$lib/story/publishing';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => listStories().map(({ slug }) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const site = siteFromEnv();
	const addresses: StoryAddresses = {
		canonical: absoluteUrl(site, `/${params.slug}/`),
		image: absoluteUrl(site, `/${params.slug}/share.png`),
		siteName: site.name
	};
	// Absolute, as oEmbed consumers (WordPress…) fetch the discovery link as it is.
	const oembed = absoluteUrl(site, `/embed/${params.slug}/oembed.json`);
	// Only the story's head: this is written into the page for the browser, where the islands take
	// the rest from story.json (the server render takes it from virtual:site/server-story).
	const { slug, meta } = getStory(params.slug);
	return { story: { slug, meta }, addresses, oembed };
};
