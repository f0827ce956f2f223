/**
 * Which component draws each kind of section. StorySection looks a section's `visual` up here.
 */
import type { VisualKind } from '../story/schema';
import type { SectionVisual } from './types';
import TimelineSection from './timeline/TimelineSection.svelte';
import TimelineText from './timeline/TimelineText.svelte';

export const sectionVisuals: { [V in VisualKind]?: SectionVisual<V> } = {
	timeline: {
		graphic: TimelineSection,
		text: TimelineText,
		textLabel: 'Read the timeline as a list'
	}
};
