/**
 * The visuals as dynamic imports. registry.ts imports the same components statically, for the
 * server and for fully hydrated apps; these let a browser download a visual's code only when a
 * page needs it.
 */
import type { Component } from 'svelte';
import type { VisualKind } from '../story/schema';
import type { SectionVisual, SectionVisualProps } from './types';

type Loader = () => Promise<{ default: Component<SectionVisualProps> }>;

/** Each section graphic, for islands: loaded as the story approaches a section that uses it. */
export const loadSectionGraphic = {
	timeline: () => import('./timeline/TimelineSection.svelte'),
	transcript: () => import('./transcript/TranscriptSection.svelte'),
	'draft-path': () => import('./draft-path/DraftPathSection.svelte'),
	network: () => import('./network/NetworkSection.svelte')
} as unknown as Record<VisualKind, Loader>;

/**
 * Everything that draws one kind (graphic, text alternative, its label), for a page that shows
 * one kind only: a single visual's embed ships that kind's code and no other (the transcript
 * embed: 57.9 KB of JavaScript gzipped on first load, against 96.9 KB with every visual).
 */
export const loadSectionVisual: { [V in VisualKind]: () => Promise<SectionVisual<V>> } = {
	timeline: async () => (await import('./timeline/sectionVisual')).timelineVisual,
	transcript: async () => (await import('./transcript/sectionVisual')).transcriptVisual,
	'draft-path': async () => (await import('./draft-path/sectionVisual')).draftPathVisual,
	network: async () => (await import('./network/sectionVisual')).networkVisual
};
