/**
 * What draws a `network` section, for its catalog entry (visual.ts). Only ever imported
 * dynamically, so that the bundler keeps it a chunk of its own that SvelteKit can link the stylesheets of.
 */
import type { SectionVisual } from '../types';
import { labels } from './visualLabels';
import NetworkSection from './NetworkSection.svelte';
import NetworkText from './NetworkText.svelte';

export const networkVisual: SectionVisual<'network'> = {
	labels,
	graphic: NetworkSection,
	text: NetworkText
};
