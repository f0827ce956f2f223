import { visualParams } from '$site/stories.server';
import type { EntryGenerator } from './$types';

export { GET, prerender } from '../../../../[slug]/[visual]/oembed.json/+server';
export const entries: EntryGenerator = () => visualParams(true);
