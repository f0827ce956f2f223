import { error } from '@sveltejs/kit';
import { isVisualKind, storyForVisual, visualKinds } from '$lib/embed/embeddables';
import { absoluteUrl, siteFromEnv } from '$lib/server/site';
import { getStory, listStories } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	listStories().flatMap(({ slug }) =>
		visualKinds(getStory(slug)).map((visual) => ({ slug, visual }))
	);

export const load: PageServerLoad = ({ params }) => {
	const story = getStory(params.slug);
	if (!isVisualKind(story, params.visual)) error(404, `"${params.slug}" has no ${params.visual}`);
	// Written into the page for hydration: only what this visual draws from.
	return {
		story: storyForVisual(story, params.visual),
		visual: params.visual,
		root: absoluteUrl(siteFromEnv(), '/')
	};
};
