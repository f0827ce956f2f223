import { error } from '@sveltejs/kit';
import { isVisualKind, storyForVisual } from '$lib/embed/embeddables';
import { absoluteUrl, siteFromEnv } from '$site/site.server';
import { getStory, storyKey, visualParams } from '$site/stories.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => visualParams(false);

export const load: PageServerLoad = ({ params, locals }) => {
	const story = getStory(storyKey(params));
	locals.locale = story.meta.locale;
	if (!isVisualKind(story, params.visual)) error(404, `"${params.slug}" has no ${params.visual}`);
	// Written into the page for hydration: only what this visual draws from.
	return {
		story: storyForVisual(story, params.visual),
		visual: params.visual,
		root: absoluteUrl(siteFromEnv(), '/')
	};
};
