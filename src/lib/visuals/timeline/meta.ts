/** The `timeline` visual's name and its text alternative's summary, in every language of the site
 * (a language left out is a TypeScript error). Plain data, the folder's own (with `phoneMinHeight`, when the
 * graphic needs more height on a phone than the default): the catalog (visual.ts), the server's
 * registry and sectionVisual.ts all take it from here. */
import type { VisualLabelsByLocale } from '../types';
import { PHONE_GRAPHIC_MIN_HEIGHT } from './phoneHeight';

export const labels: VisualLabelsByLocale = {
	en: { name: 'Timeline', textAlternative: 'Read the timeline as a list' },
	uk: { name: 'Хронологія', textAlternative: 'Хронологія у вигляді списку' }
};

/** The least height of its pinned graphic on a phone: every step's events keep their titles. */
export const phoneMinHeight = `${PHONE_GRAPHIC_MIN_HEIGHT}rem`;
