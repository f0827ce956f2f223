/** The `draft-path` visual's name and its text alternative's summary, in every language of the site
 * (a language left out is a TypeScript error). Plain data, the folder's own (with `phoneMinHeight`, when the
 * graphic needs more height on a phone than the default): the catalog (visual.ts), the server's
 * registry and sectionVisual.ts all take it from here. */
import type { VisualLabelsByLocale } from '../types';

export const labels: VisualLabelsByLocale = {
	en: { name: 'Path of the draft', textAlternative: 'Read the path of the draft as a list' },
	uk: { name: 'Шлях проєкту', textAlternative: 'Шлях документа у вигляді списку' }
};
