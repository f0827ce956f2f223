// The whole-feature embed of a story's edition in another language: /embed/<locale>/<slug>/.
import { storyParams } from '$site/stories.server';
import type { EntryGenerator } from './$types';

export { load } from '../../[slug]/+page.server';
export const entries: EntryGenerator = () => storyParams(true);
