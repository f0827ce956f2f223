// A story's edition in another language: its data beside its page, as for the English edition.
import { storyParams } from '$site/stories.server';
import type { EntryGenerator } from './$types';

export { GET, prerender } from '../../../[slug]/story.json/+server';
export const entries: EntryGenerator = () => storyParams(true);
