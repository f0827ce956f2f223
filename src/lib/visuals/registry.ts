/**
 * Which components draw each kind of section, imported statically: for the server, and for
 * apps that hydrate a whole story. StorySection looks a section's `visual` up here. Islands and
 * single-visual pages load the same components from the catalog instead (catalog.ts), so that a
 * reader downloads only what a page shows. The entries are written here rather than imported
 * from each kind's sectionVisual.ts: imported statically here, those modules were bundled with
 * the rest, and SvelteKit no longer linked their stylesheets in the embeds that load them
 * lazily. registry.test.ts keeps this table and the catalog's loaders equal.
 */
import type { VisualKind } from '../model/schema';
import type { SectionVisual } from './types';
import { labels as draftPathLabels } from './draft-path/visualLabels';
import { labels as networkLabels } from './network/visualLabels';
import { labels as timelineLabels } from './timeline/visualLabels';
import { labels as transcriptLabels } from './transcript/visualLabels';
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
		labels: timelineLabels,
		graphic: TimelineSection,
		text: TimelineText,
		phoneMinHeight: `${PHONE_GRAPHIC_MIN_HEIGHT}rem`
	},
	transcript: { labels: transcriptLabels, graphic: TranscriptSection, text: TranscriptText },
	'draft-path': { labels: draftPathLabels, graphic: DraftPathSection, text: DraftPathText },
	network: { labels: networkLabels, graphic: NetworkSection, text: NetworkText }
};
