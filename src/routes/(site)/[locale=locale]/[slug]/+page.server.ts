// A story's edition in another language, at /<locale>/<slug>/: the story page's own load.
import { storyParams } from '$site/stories.server';
import type { EntryGenerator } from './$types';

export { load } from '../../[slug]/+page.server';
export const entries: EntryGenerator = () => storyParams(true);
