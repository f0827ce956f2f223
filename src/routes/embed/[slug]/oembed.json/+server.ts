import { json } from '@sveltejs/kit';
import { embeddables } from '$lib/embed/embeddables';
import { oembedFor } from '$site/embed/oembed';
import { absoluteUrl, siteFromEnv } from '$site/site.server';
import { getStory, storyKey, storyParams } from '$site/stories.server';
import type { EntryGenerator, RequestHandler } from './$types';
import { siteMessagesFor } from '$site/words';

export const prerender = true;

export const entries: EntryGenerator = () => storyParams(false);

export const GET: RequestHandler = ({ params }) => {
	const story = getStory(storyKey(params));
	const site = siteFromEnv();
	return json(
		oembedFor(
			embeddables(story, siteMessagesFor(story.meta.locale))[0]!,
			story,
			absoluteUrl(site, '/'),
			site.name
		)
	);
};
