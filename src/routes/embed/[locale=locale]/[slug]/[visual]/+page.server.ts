// One visual of an edition in another language: /embed/<locale>/<slug>/<visual>/.
import { visualParams } from '$site/stories.server';
import type { EntryGenerator } from './$types';

export { load } from '../../../[slug]/[visual]/+page.server';
export const entries: EntryGenerator = () => visualParams(true);
