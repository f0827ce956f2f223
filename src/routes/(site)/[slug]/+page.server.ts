import { getStory, listStories } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => listStories().map(({ slug }) => ({ slug }));

export const load: PageServerLoad = ({ params }) => ({ story: getStory(params.slug) });
