import { storyParams } from '$site/stories.server';
import type { EntryGenerator } from './$types';

export { GET, prerender } from '../../../[slug]/oembed.json/+server';
export const entries: EntryGenerator = () => storyParams(true);
