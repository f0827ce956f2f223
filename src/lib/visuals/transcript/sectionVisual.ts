/**
 * What draws a `transcript` section, for its catalog entry (visual.ts). Only ever imported dynamically, so
 * that the bundler keeps it a chunk of its own that SvelteKit can link the stylesheets of.
 */
import type { SectionVisual } from '../types';
import { labels } from './visualLabels';
import TranscriptSection from './TranscriptSection.svelte';
import TranscriptText from './TranscriptText.svelte';

export const transcriptVisual: SectionVisual<'transcript'> = {
	labels,
	graphic: TranscriptSection,
	text: TranscriptText
};
