import { error, json } from '@sveltejs/kit';
import { embeddables } from '$lib/embed/embeddables';
import { oembedFor } from '$site/embed/oembed';
import { absoluteUrl, siteFromEnv } from '$site/site.server';
import { getStory, storyKey, visualParams } from '$site/stories.server';
import type { EntryGenerator, RequestHandler } from './$types';
import { siteMessagesFor } from '$site/words';

export const prerender = true;

export const entries: EntryGenerator = () => visualParams(false);

export const GET: RequestHandler = ({ params }) => {
	const story = getStory(storyKey(params));
	const site = siteFromEnv();
	const embeddable = embeddables(story, siteMessagesFor(story.meta.locale)).find(
		(e) => e.id === params.visual
	);
	if (!embeddable || embeddable.id === 'feature')
		error(404, `"${params.slug}" has no ${params.visual}`);
	return json(oembedFor(embeddable, story, absoluteUrl(site, '/'), site.name));
};
