/**
 * The visuals of registry.ts, each in its own chunk: a page that shows one kind of visual (a
 * single visual's embed) loads that kind's code and no other (the transcript embed: 57.9 KB of
 * JavaScript gzipped on first load, against 96.9 KB with every visual).
 */
import type { VisualKind } from '../story/schema';
import type { SectionVisual } from './types';

export const loadSectionVisual: { [V in VisualKind]: () => Promise<SectionVisual<V>> } = {
	timeline: async () => (await import('./timeline/sectionVisual')).timelineVisual,
	transcript: async () => (await import('./transcript/sectionVisual')).transcriptVisual,
	'draft-path': async () => (await import('./draft-path/sectionVisual')).draftPathVisual,
	network: async () => (await import('./network/sectionVisual')).networkVisual
};
