// Written by `npm run visuals` (scripts/visualTables.ts) from the kinds listed in catalog.ts.
// Do not edit: add a visual to catalog.ts, then run it.
/**
 * Which components draw each kind of section, imported statically: for the server, and for
 * apps that hydrate a whole story. StorySection looks a section's `visual` up here. Islands
 * and single-visual pages load the same from the catalog instead (catalog.ts), so that a
 * reader downloads only what a page shows; registry.test.ts keeps the two equal.
 * The components are imported here, not through each folder's sectionVisual.ts: imported
 * statically, that module would be bundled with the rest, and SvelteKit would no longer
 * link its stylesheets in the embeds that load it lazily (the html-valid e2e test checks).
 */
import type { VisualKind } from '../model/schema';
import { sectionVisualOf, type SectionVisual } from './types';
import * as timeline from './timeline/meta';
import TimelineSection from './timeline/TimelineSection.svelte';
import TimelineText from './timeline/TimelineText.svelte';
import * as transcript from './transcript/meta';
import TranscriptSection from './transcript/TranscriptSection.svelte';
import TranscriptText from './transcript/TranscriptText.svelte';
import * as draftPath from './draft-path/meta';
import DraftPathSection from './draft-path/DraftPathSection.svelte';
import DraftPathText from './draft-path/DraftPathText.svelte';
import * as network from './network/meta';
import NetworkSection from './network/NetworkSection.svelte';
import NetworkText from './network/NetworkText.svelte';

export const sectionVisuals: { [V in VisualKind]: SectionVisual<V> } = {
	timeline: sectionVisualOf(timeline, TimelineSection, TimelineText),
	transcript: sectionVisualOf(transcript, TranscriptSection, TranscriptText),
	'draft-path': sectionVisualOf(draftPath, DraftPathSection, DraftPathText),
	network: sectionVisualOf(network, NetworkSection, NetworkText)
};
