/**
 * What draws a `transcript` section, for its catalog entry (visual.ts). Only ever imported dynamically, so
 * that the bundler keeps it a chunk of its own that SvelteKit can link the stylesheets of.
 */
import { sectionVisualOf } from '../types';
import * as declared from './meta';
import TranscriptSection from './TranscriptSection.svelte';
import TranscriptText from './TranscriptText.svelte';

export const sectionVisual = sectionVisualOf(declared, TranscriptSection, TranscriptText);
