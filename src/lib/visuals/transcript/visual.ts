/**
 * The `transcript` visual, as the catalog (../catalog.ts) lists it: the shape of its sections (./schema.ts,
 * given to the model's types here), and loaders of what draws them. Browser-safe: types and
 * dynamic imports only. What it needs at build time is in ./build.ts.
 */
import type { z } from 'zod';
import type { VisualDeclaration } from '../types';
import { labels } from './meta';
import type { TranscriptSectionSchema } from './schema';

declare module '../../model/schema.js' {
	interface VisualSections {
		transcript: z.output<typeof TranscriptSectionSchema>;
	}
}

export const visual: VisualDeclaration<'transcript'> = {
	labels,
	reads: ['calls', 'entities'],
	load: async () => (await import('./sectionVisual')).sectionVisual,
	graphic: () => import('./TranscriptSection.svelte')
};
