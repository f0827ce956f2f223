/**
 * Locales of the package and the catalogue of interface words for each. A story declares its
 * locale in its frontmatter (`locale: uk`, `en` by default).
 */
import { en, type Messages } from './en.js';
import { inLocale, type Locale } from './locales.js';
import { uk } from './uk.js';

export type { Messages } from './en.js';
export { LOCALES, inLocale, isLocale, type Locale } from './locales.js';

/** Each locale's catalogue; a unit test holds every one to every key of English. */
export const CATALOGUES: Record<Locale, Messages> = { en, uk };

/** The catalogue of a locale; English for a locale the package does not know. */
export function messagesFor(locale: string | undefined): Messages {
	return inLocale(CATALOGUES, locale);
}
