/**
 * The visuals of registry.ts, each in its own chunk: a page that shows one kind of visual (a
 * single visual's embed) loads that kind's code and no other.
 */
import type { VisualKind } from '../story/schema';
import type { SectionVisual } from './types';

export const loadSectionVisual: { [V in VisualKind]: () => Promise<SectionVisual<V>> } = {
	timeline: async () => (await import('./timeline/sectionVisual')).timelineVisual,
	transcript: async () => (await import('./transcript/sectionVisual')).transcriptVisual,
	'draft-path': async () => (await import('./draft-path/sectionVisual')).draftPathVisual,
	network: async () => (await import('./network/sectionVisual')).networkVisual
};
