/**
 * What draws a `draft-path` section, for its catalog entry (visual.ts). Only ever imported dynamically, so
 * that the bundler keeps it a chunk of its own that SvelteKit can link the stylesheets of.
 */
import type { SectionVisual } from '../types';
import { labels } from './visualLabels';
import DraftPathSection from './DraftPathSection.svelte';
import DraftPathText from './DraftPathText.svelte';

export const draftPathVisual: SectionVisual<'draft-path'> = {
	labels,
	graphic: DraftPathSection,
	text: DraftPathText
};
