/**
 * What draws a `draft-path` section, for its catalog entry (visual.ts). Only ever imported dynamically, so
 * that the bundler keeps it a chunk of its own that SvelteKit can link the stylesheets of.
 */
import { sectionVisualOf } from '../types';
import * as declared from './meta';
import DraftPathSection from './DraftPathSection.svelte';
import DraftPathText from './DraftPathText.svelte';

export const sectionVisual = sectionVisualOf(declared, DraftPathSection, DraftPathText);
