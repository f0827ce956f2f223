// The embed builder of a story's edition in another language: the English builder's load.
import { storyParams } from '$site/stories.server';
import type { EntryGenerator } from './$types';

export { load } from '../../../[slug]/embed/+page.server';
export const entries: EntryGenerator = () => storyParams(true);
