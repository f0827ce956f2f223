/**
 * Everything that draws one kind of visual (graphic, text alternative, its label) as a dynamic
 * import, for a page that shows one kind only: a single visual's embed ships that kind's code
 * and no other (the transcript embed: 57.9 KB of JavaScript gzipped on first load, against
 * 96.9 KB with every visual).
 *
 * A module of its own, imported by nothing the islands load: when these loaders sat in lazy.ts
 * (which the story page's islands share), SvelteKit no longer linked the visuals' stylesheets
 * in the embed pages (the html-valid e2e test caught it).
 */
import type { VisualKind } from '../model/schema';
import type { SectionVisual } from './types';

export const loadSectionVisual: { [V in VisualKind]: () => Promise<SectionVisual<V>> } = {
	timeline: async () => (await import('./timeline/sectionVisual')).timelineVisual,
	transcript: async () => (await import('./transcript/sectionVisual')).transcriptVisual,
	'draft-path': async () => (await import('./draft-path/sectionVisual')).draftPathVisual,
	network: async () => (await import('./network/sectionVisual')).networkVisual
};
