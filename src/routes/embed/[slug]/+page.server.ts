import { storyStepIds } from '$lib/embed/embeddables';
import { absoluteUrl, siteFromEnv } from '$site/site.server';
import { getStory, storyKey, storyParams } from '$site/stories.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// English editions; the others are under /embed/<locale>/, with this load.
export const entries: EntryGenerator = () => storyParams(false);

export const load: PageServerLoad = ({ params, locals }) => {
	const story = getStory(storyKey(params));
	locals.locale = story.meta.locale;
	return { story, stepIds: storyStepIds(story), root: absoluteUrl(siteFromEnv(), '/') };
};
