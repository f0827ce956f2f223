import { embeddables } from '$lib/embed/embeddables';
import { absoluteUrl, siteFromEnv } from '$site/site.server';
import { getStory, storyKey, storyParams } from '$site/stories.server';
import { builderWords } from '$site/embed/builder';
import type { EntryGenerator, PageServerLoad } from './$types';
import { siteMessagesFor } from '$site/words';

// English editions; the others are under /<locale>/<slug>/embed/, with this load.
export const entries: EntryGenerator = () => storyParams(false);

export const load: PageServerLoad = ({ params, locals }) => {
	const story = getStory(storyKey(params));
	locals.locale = story.meta.locale;
	const t = siteMessagesFor(story.meta.locale);
	return {
		title: story.meta.title,
		head: {
			title: t.builder.pageTitle(story.meta.title),
			description: t.builder.description(story.meta.title)
		},
		// The words go to the browser, not the catalogues they come from.
		words: builderWords(t),
		embeddables: embeddables(story, t),
		// Where the site will live (PUBLIC_SITE_URL); the page corrects it from its own address.
		root: absoluteUrl(siteFromEnv(), '/'),
		// /<slug>/embed/ or /<locale>/<slug>/embed/: the folders between this page and the root.
		depth: story.slug.split('/').length + 1
	};
};
