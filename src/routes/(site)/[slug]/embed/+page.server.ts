import { embeddables } from '$lib/embed/embeddables';
import { absoluteUrl, siteFromEnv } from '$lib/server/site';
import { getStory, storyParams } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => storyParams(false);

export const load: PageServerLoad = ({ params }) => {
	const story = getStory(params.slug);
	return {
		title: story.meta.title,
		embeddables: embeddables(story),
		// Where the site will live (PUBLIC_SITE_URL); the page corrects it from its own address.
		root: absoluteUrl(siteFromEnv(), '/')
	};
};
