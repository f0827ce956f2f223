import { absoluteUrl, siteFromEnv } from '$site/site.server';
import { getStory, storyKey, storyParams } from '$site/stories.server';
import type { StoryAddresses } from '$lib/story/publishing';
import type { EntryGenerator, PageServerLoad } from './$types';

// English editions; the others are under /<locale>/ (../[locale=locale]/[slug]/), with this load.
export const entries: EntryGenerator = () => storyParams(false);

export const load: PageServerLoad = ({ params, locals }) => {
	const site = siteFromEnv();
	const story = getStory(storyKey(params));
	locals.locale = story.meta.locale;
	const addresses: StoryAddresses = {
		canonical: absoluteUrl(site, `/${story.slug}/`),
		image: absoluteUrl(site, `/${story.slug}/share.png`),
		siteName: site.name
	};
	// Absolute, as oEmbed consumers (WordPress…) fetch the discovery link as it is.
	const oembed = absoluteUrl(site, `/embed/${story.slug}/oembed.json`);
	// The same story in each of its languages, for hreflang; English is also the default.
	const editions = (story.editions ?? []).map(({ locale, slug }) => ({
		locale,
		href: absoluteUrl(site, `/${slug}/`)
	}));
	// Only the story's head: this is written into the page for the browser, where the islands take
	// the rest from story.json (the server render takes it from virtual:site/server-story).
	return { story: { slug: story.slug, meta: story.meta }, addresses, oembed, editions };
};
