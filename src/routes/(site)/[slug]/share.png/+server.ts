// The story's share card, a 1200×630 PNG written at build time (see $lib/server/shareImage).
import { shareImagePng } from '$lib/server/shareImage';
import { siteFromEnv } from '$lib/server/site';
import { getStory, storyKey, storyParams } from '$lib/server/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => storyParams(false);

export const GET: RequestHandler = async ({ params }) => {
	const png = await shareImagePng(getStory(storyKey(params)), siteFromEnv().name);
	return new Response(png as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
	});
};
