/**
 * What draws a `network` section, for its catalog entry (visual.ts). Only ever imported dynamically, so
 * that the bundler keeps it a chunk of its own that SvelteKit can link the stylesheets of.
 */
import { sectionVisualOf } from '../types';
import * as declared from './meta';
import NetworkSection from './NetworkSection.svelte';
import NetworkText from './NetworkText.svelte';

export const sectionVisual = sectionVisualOf(declared, NetworkSection, NetworkText);
