/**
 * Each visual's section graphic as a dynamic import, for islands: a reader's browser downloads
 * a visual's code only when the story approaches a section that uses it. (registry.ts imports
 * the same components statically, for the server and for fully hydrated apps.)
 */
import type { Component } from 'svelte';
import type { VisualKind } from '../model/schema';
import type { SectionVisualProps } from './types';

type Loader = () => Promise<{ default: Component<SectionVisualProps> }>;

export const loadSectionGraphic = {
	timeline: () => import('./timeline/TimelineSection.svelte'),
	transcript: () => import('./transcript/TranscriptSection.svelte'),
	'draft-path': () => import('./draft-path/DraftPathSection.svelte'),
	network: () => import('./network/NetworkSection.svelte')
} as unknown as Record<VisualKind, Loader>;
