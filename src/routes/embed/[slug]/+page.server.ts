import { storyStepIds } from '$lib/embed/embeddables';
import { absoluteUrl, siteFromEnv } from '$lib/server/site';
import { getStory, listStories } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => listStories().map(({ slug }) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const story = getStory(params.slug);
	return { story, stepIds: storyStepIds(story), root: absoluteUrl(siteFromEnv(), '/') };
};
