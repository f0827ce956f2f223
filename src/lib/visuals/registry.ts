/**
 * Which components draw each kind of section. StorySection looks a section's `visual` up here.
 */
import type { VisualKind } from '../story/schema';
import type { SectionVisual } from './types';
import DraftPathSection from './draft-path/DraftPathSection.svelte';
import DraftPathText from './draft-path/DraftPathText.svelte';
import NetworkSection from './network/NetworkSection.svelte';
import NetworkText from './network/NetworkText.svelte';
import TimelineSection from './timeline/TimelineSection.svelte';
import TimelineText from './timeline/TimelineText.svelte';
import TranscriptSection from './transcript/TranscriptSection.svelte';
import TranscriptText from './transcript/TranscriptText.svelte';

export const sectionVisuals: { [V in VisualKind]: SectionVisual<V> } = {
	timeline: {
		graphic: TimelineSection,
		text: TimelineText,
		textLabel: 'Read the timeline as a list'
	},
	transcript: {
		graphic: TranscriptSection,
		text: TranscriptText,
		textLabel: 'Read the transcript as text'
	},
	'draft-path': {
		graphic: DraftPathSection,
		text: DraftPathText,
		textLabel: 'Read the path of the draft as a list'
	},
	network: {
		graphic: NetworkSection,
		text: NetworkText,
		textLabel: 'Read the connections as a table'
	}
};
