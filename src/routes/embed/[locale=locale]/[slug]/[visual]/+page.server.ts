// One visual of an edition in another language: /embed/<locale>/<slug>/<visual>/.
import { visualParams } from '$lib/server/stories';
import type { EntryGenerator } from './$types';

export { load } from '../../../[slug]/[visual]/+page.server';
export const entries: EntryGenerator = () => visualParams(true);
