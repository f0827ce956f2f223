/**
 * The `network` visual, as the catalog (../catalog.ts) lists it: the shape of its sections (./schema.ts,
 * given to the model's types here), and loaders of what draws them. Browser-safe: types and
 * dynamic imports only. What it needs at build time is in ./build.ts.
 */
import type { z } from 'zod';
import type { VisualDeclaration } from '../types';
import { labels } from './meta';
import type { NetworkSectionSchema } from './schema';
// The type of its layout, an entry of the model's StoryLayouts.
import type {} from './layoutTypes';

declare module '../../model/schema.js' {
	interface VisualSections {
		network: z.output<typeof NetworkSectionSchema>;
	}
}

export const visual: VisualDeclaration<'network'> = {
	labels,
	reads: ['entities', 'links', 'calls'],
	load: async () => (await import('./sectionVisual')).sectionVisual,
	graphic: () => import('./NetworkSection.svelte'),
	layout: 'network'
};
