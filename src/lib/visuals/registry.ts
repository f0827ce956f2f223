/**
 * Which components draw each kind of section. StorySection looks a section's `visual` up here.
 * A page that shows one kind only loads it with loadSectionVisual.ts instead. The entries are
 * written here again rather than imported from each kind's sectionVisual.ts: imported statically
 * here, those modules were bundled with the rest, and SvelteKit no longer linked their
 * stylesheets in the embeds that load them lazily. loadSectionVisual.test.ts keeps both equal.
 */
import type { VisualKind } from '../model/schema';
import type { SectionVisual } from './types';
import DraftPathSection from './draft-path/DraftPathSection.svelte';
import DraftPathText from './draft-path/DraftPathText.svelte';
import NetworkSection from './network/NetworkSection.svelte';
import NetworkText from './network/NetworkText.svelte';
import TimelineSection from './timeline/TimelineSection.svelte';
import TimelineText from './timeline/TimelineText.svelte';
import { PHONE_GRAPHIC_MIN_HEIGHT } from './timeline/timelineLayout';
import TranscriptSection from './transcript/TranscriptSection.svelte';
import TranscriptText from './transcript/TranscriptText.svelte';

export const sectionVisuals: { [V in VisualKind]: SectionVisual<V> } = {
	timeline: {
		graphic: TimelineSection,
		text: TimelineText,
		phoneMinHeight: `${PHONE_GRAPHIC_MIN_HEIGHT}rem`
	},
	transcript: {
		graphic: TranscriptSection,
		text: TranscriptText
	},
	'draft-path': {
		graphic: DraftPathSection,
		text: DraftPathText
	},
	network: {
		graphic: NetworkSection,
		text: NetworkText
	}
};
