/** The `network` visual's name and its text alternative's summary, in every language of the site
 * (a language left out is a TypeScript error). Plain data, the folder's own (with `phoneMinHeight`, when the
 * graphic needs more height on a phone than the default): the catalog (visual.ts), the server's
 * registry and sectionVisual.ts all take it from here. */
import type { VisualLabelsByLocale } from '../types';

export const labels: VisualLabelsByLocale = {
	en: { name: 'Connections', textAlternative: 'Read the connections as a table' },
	uk: { name: 'Зв’язки', textAlternative: 'Зв’язки у вигляді таблиці' }
};
