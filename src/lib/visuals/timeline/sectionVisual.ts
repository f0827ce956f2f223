/**
 * What draws a `timeline` section, for its catalog entry (visual.ts). Only ever imported dynamically, so
 * that the bundler keeps it a chunk of its own that SvelteKit can link the stylesheets of.
 */
import type { SectionVisual } from '../types';
import { labels } from './visualLabels';
import { PHONE_GRAPHIC_MIN_HEIGHT } from './timelineLayout';
import TimelineSection from './TimelineSection.svelte';
import TimelineText from './TimelineText.svelte';

export const timelineVisual: SectionVisual<'timeline'> = {
	labels,
	graphic: TimelineSection,
	text: TimelineText,
	phoneMinHeight: `${PHONE_GRAPHIC_MIN_HEIGHT}rem`
};
