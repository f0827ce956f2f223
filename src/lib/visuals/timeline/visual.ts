/**
 * The `timeline` visual, as the catalog (../catalog.ts) lists it: the shape of its sections (./schema.ts,
 * given to the model's types here), and loaders of what draws them. Browser-safe: types and
 * dynamic imports only. What it needs at build time is in ./build.ts.
 */
import type { z } from 'zod';
import type { VisualDeclaration } from '../types';
import { labels } from './meta';
import type { TimelineSectionSchema } from './schema';

declare module '../../model/schema.js' {
	interface VisualSections {
		timeline: z.output<typeof TimelineSectionSchema>;
	}
}

export const visual: VisualDeclaration<'timeline'> = {
	labels,
	reads: ['events'],
	load: async () => (await import('./sectionVisual')).sectionVisual,
	graphic: () => import('./TimelineSection.svelte')
};
