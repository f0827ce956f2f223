/** The `timeline` visual's name and its text alternative's summary, in every language of the site
 * (a language left out is a TypeScript error). Plain data: the catalog (visual.ts), the server's
 * registry and sectionVisual.ts all take it from here. */
import type { VisualLabelsByLocale } from '../types';

export const labels: VisualLabelsByLocale = {
	en: { name: 'Timeline', textAlternative: 'Read the timeline as a list' },
	uk: { name: 'Хронологія', textAlternative: 'Хронологія у вигляді списку' }
};
