// The story's share card, a 1200×630 PNG written at build time (see $site/shareImage.server).
import { shareImagePng } from '$site/shareImage.server';
import { siteFromEnv } from '$site/site.server';
import { getStory, storyKey, storyParams } from '$site/stories.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => storyParams(false);

export const GET: RequestHandler = async ({ params }) => {
	const png = await shareImagePng(getStory(storyKey(params)), siteFromEnv().name);
	return new Response(png as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
	});
};
