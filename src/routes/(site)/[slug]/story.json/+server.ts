// The story's data for the browser's islands, as a file beside its page: the page's HTML carries
// only what its head needs (see ../+page.server.ts), and the islands fetch this as they start.
import { json } from '@sveltejs/kit';
import { getStory, storyKey, storyParams } from '$site/stories.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// English editions; the others are under /<locale>/ (../../[locale=locale]/[slug]/story.json/).
export const entries: EntryGenerator = () => storyParams(false);

export const GET: RequestHandler = ({ params }) => json(getStory(storyKey(params)));
