import { visualParams } from '$lib/server/stories';
import type { EntryGenerator } from './$types';

export { GET, prerender } from '../../../../[slug]/[visual]/oembed.json/+server';
export const entries: EntryGenerator = () => visualParams(true);
